/**
 * Transpile project folders (no type check — `npm run lint` checks types) into a fresh
 * temporary directory, so child processes run plain JavaScript the way an installed
 * package does. Other files except Markdown (assets such as lib/audit/redaction/redact.lua,
 * which the package ships) are copied as they are. Used by the CLI end-to-end tests and the benchmarks.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..');

/** Transpile `folders` (relative to the repository root) into a temporary directory; returns it. */
export function transpileTree(folders: string[], prefix = 'cdktf-sovereign-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    resolveJsonModule: true,
    sourceMap: false,
  };
  for (const folder of folders) {
    for (const file of walk(path.join(ROOT, folder))) {
      const target = path.join(dir, path.relative(ROOT, file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      if (!file.endsWith('.ts')) {
        fs.copyFileSync(file, target);
        continue;
      }
      const source = fs.readFileSync(file, 'utf8');
      const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: file });
      fs.writeFileSync(target.replace(/\.ts$/, '.js'), outputText);
    }
  }
  // lib/compliance/report/json.ts reads the version from the package.json above lib/.
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  // Resolve dependencies from the project's node_modules.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile() && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.md')) out.push(p);
  }
  return out;
}
