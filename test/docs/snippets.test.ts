/*
 * Every ```ts block in README.md and docs/*.md must type-check on its own against the
 * library (imports of 'cdktf-sovereign' resolve to lib/index.ts), so documentation cannot
 * drift from the API.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');

interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function snippetsOf(file: string): Snippet[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: Snippet[] = [];
  const re = /```ts\n([\s\S]*?)```/g;
  for (const m of text.matchAll(re)) {
    out.push({ file, line: text.slice(0, m.index).split('\n').length, code: m[1] });
  }
  return out;
}

const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const SNIPPETS = DOCS.flatMap(snippetsOf);

describe('documentation code', () => {
  test('there are snippets in the README and in every guide', () => {
    expect(SNIPPETS.filter((s) => s.file === 'README.md').length).toBeGreaterThanOrEqual(4);
    for (const doc of DOCS) expect({ doc, snippets: snippetsOf(doc).length > 0 }).toEqual({ doc, snippets: true });
  });

  test('every ```ts block type-checks against the library', () => {
    // Inside the repository (git-ignored .gen/), so imports resolve from node_modules.
    fs.mkdirSync(path.join(ROOT, '.gen'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(ROOT, '.gen', 'snippets-'));
    const files = SNIPPETS.map((s, i) => {
      const name = path.join(dir, `${s.file.replace(/[^A-Za-z0-9]/g, '_')}_${s.line}_${i}.ts`);
      // each snippet is its own module
      fs.writeFileSync(name, /^\s*(import|export)\b/m.test(s.code) ? s.code : `${s.code}\nexport {};\n`);
      return { name, snippet: s };
    });
    const program = ts.createProgram(files.map((f) => f.name), {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      baseUrl: ROOT,
      paths: { 'cdktf-sovereign': ['lib/index.ts'] },
    });
    const problems = ts.getPreEmitDiagnostics(program)
      .filter((d) => d.file && files.some((f) => f.name === d.file!.fileName))
      .map((d) => {
        const owner = files.find((f) => f.name === d.file!.fileName)!.snippet;
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        return `${owner.file}:${owner.line + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(problems).toEqual([]);
  }, 120_000);
});
