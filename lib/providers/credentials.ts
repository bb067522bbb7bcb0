/* Provider credentials are references, never literals (internal). */
import { Token } from 'cdktf';
import { invalidInput } from '../errors';

/** Throw LITERAL_SECRET for any literal among the named credentials. @internal */
export function checkCredentials(what: string, environment: string, credentials: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(credentials)) {
    if (value !== undefined && !Token.isUnresolved(value)) {
      throw invalidInput({ code: 'LITERAL_SECRET', what: `${what} ${name}`, given: '<a literal credential>', allowed: `a reference to a sensitive variable, or nothing (${environment} from the environment)`, fix: `remove ${name} and set the environment variable, or pass a sensitive TerraformVariable's stringValue.` });
    }
  }
}
