/*
 * What EuDatabase adds to a stack besides the database (internal): a generated password through
 * @cdktf/provider-random (an optional peer dependency, loaded only when a password is generated),
 * and a default provider configuration for providers whose constructs this library does not
 * offer yet, so a stack without one still synthesizes. A missing peer is a one-line error, as
 * for the Open Telekom Cloud and Helm bindings.
 */
import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import type * as randomPassword from '@cdktf/provider-random/lib/password';
import type * as randomProvider from '@cdktf/provider-random/lib/provider';
import { SovereignError } from '../errors';

const PEER = '@cdktf/provider-random';
const PEER_RANGE = '^12.0.1';

function loadRandom<T>(module: string, what: string): T {
  const id = `${PEER}/lib/${module}`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(id) as T;
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException)?.code === 'MODULE_NOT_FOUND' && String((e as Error).message).includes(id);
    if (!missing) throw e;
    const error = new SovereignError('MISSING_PEER_DEPENDENCY',
      `${what}: got no ${PEER} module (lib/${module}). ` +
      `Allowed: a generated admin password needs the optional peer dependency ${PEER} (${PEER_RANGE}), or pass adminPassword from a sensitive variable. ` +
      `Fix: npm install ${PEER}@${PEER_RANGE}.`);
    Object.defineProperty(error, 'code', { value: error.code, enumerable: false });
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
}

/** @internal */
export const random = {
  password: (what: string) => loadRandom<typeof randomPassword>('password', what),
  provider: (what: string) => loadRandom<typeof randomProvider>('provider', what),
};

/**
 * The stack's default (alias-less) provider configuration of `name`, or a new one made by
 * `create` at the top of the stack. A provider created after this call would be a second
 * default configuration, which Terraform refuses: `checkSingleDefault` reports it at synth.
 * @internal
 */
export function defaultProvider(scope: IConstruct, name: string, create: (stack: Construct, id: string) => TerraformProvider): TerraformProvider {
  const stack = TerraformStack.of(scope);
  const existing = providersOf(stack, name).find((p) => p.alias === undefined);
  if (existing) return existing;
  const provider = create(stack, `DefaultProvider-${name}`);
  stack.node.addValidation({ validate: () => checkSingleDefault(stack, name) });
  return provider;
}

function providersOf(stack: TerraformStack, name: string): TerraformProvider[] {
  return stack.node.findAll().filter((c): c is TerraformProvider => TerraformProvider.isTerraformProvider(c)
    && (c as TerraformProvider).terraformResourceType === name);
}

function checkSingleDefault(stack: TerraformStack, name: string): string[] {
  const defaults = providersOf(stack, name).filter((p) => p.alias === undefined);
  if (defaults.length <= 1) return [];
  return [`Stack ${stack.node.id} has ${defaults.length} default "${name}" provider configurations: EuDatabase added one because none existed when it was created. ` +
    `Create your ${name} provider before the EuDatabase, or pass it as terraformProvider.`];
}
