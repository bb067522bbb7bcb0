/**
 * Builds the CLI once for the end-to-end tests: `lib/` is transpiled into a temporary
 * directory (scripts/transpile.ts) and the tests spawn `node <tmp>/lib/cli/bin.js`.
 * Measured on the 2-core machine: the build takes ~2.5 s once, then a check runs in
 * ~0.2 s; `node -r ts-node/register/transpile-only lib/cli/bin.ts` takes ~3.3 s per run
 * (it transpiles the library again in every child process), ~2.5 minutes for this suite.
 */
import * as path from 'path';
import { ROOT, transpileTree } from '../../scripts/transpile';

export { ROOT };

/** Transpile lib/ into a fresh temporary directory; returns the path of `lib/cli/bin.js` there. */
export function buildCli(): { bin: string; dir: string } {
  const dir = transpileTree(['lib'], 'cdktf-sovereign-cli-');
  return { bin: path.join(dir, 'lib', 'cli', 'bin.js'), dir };
}
