/**
 * Builds the CLI once for the end-to-end tests: every `lib/**\/*.ts` is transpiled (no type
 * check: `tsc -p tsconfig.json` in `npm run lint` checks types) into a temporary directory,
 * and the tests spawn `node <tmp>/lib/cli/bin.js` with NODE_PATH at the project's
 * node_modules. Measured on the 2-core machine: the build takes ~2.5 s once, then a check
 * runs in ~0.2 s; `node -r ts-node/register/transpile-only lib/cli/bin.ts` takes ~3.3 s per
 * run (it transpiles the library again in every child process), ~2.5 minutes for this suite.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Transpile lib/ into a fresh temporary directory; returns the path of `lib/cli/bin.js` there. */
export function buildCli(): { bin: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-cli-'));
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    resolveJsonModule: true,
    sourceMap: false,
  };
  for (const file of walk(path.join(ROOT, 'lib'))) {
    const source = fs.readFileSync(file, 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: file });
    const target = path.join(dir, path.relative(ROOT, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, outputText);
  }
  // lib/compliance/report/json.ts reads the version from ../../../package.json.
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  return { bin: path.join(dir, 'lib', 'cli', 'bin.js'), dir };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}
