/*
 * Every ```ts block in README.md and docs/*.md type-checks on its own against the library
 * (imports of 'cdktf-sovereign' resolve to lib/index.ts) and runs: an app synthesizes at least
 * one stack into a temporary directory, a fragment runs without error, an intentional mistake
 * throws the documented error (markers: test/docs/samples.ts). So documentation cannot drift
 * from the API or from what the API does. The packed package itself runs the README's first
 * stack in test/package/install.test.ts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { DOCS, ROOT, Sample, SAMPLES, sampleFileName, samplesOf } from './samples';

describe('documentation code', () => {
  test('there are samples in the README and in every guide, and every marker is readable', () => {
    expect(SAMPLES.filter((s) => s.file === 'README.md').length).toBeGreaterThanOrEqual(4);
    for (const doc of DOCS) expect({ doc, samples: samplesOf(doc).length > 0 }).toEqual({ doc, samples: true });
    expect(SAMPLES.filter((s) => s.badMarker).map((s) => `${s.file}:${s.line}: ${s.badMarker}`)).toEqual([]);
    // Most samples are whole apps; fragments and mistakes are the exception.
    expect(SAMPLES.filter((s) => s.run.kind === 'app').length).toBeGreaterThan(SAMPLES.length / 2);
  });

  test('every ```ts block type-checks against the library', () => {
    // Inside the repository (git-ignored .gen/), so imports resolve from node_modules.
    fs.mkdirSync(path.join(ROOT, '.gen'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(ROOT, '.gen', 'snippets-'));
    const files = SAMPLES.map((s, i) => {
      const name = path.join(dir, sampleFileName(s, i));
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

/** What running a sample did. */
interface Outcome {
  readonly error?: { readonly code?: string; readonly message: string };
  /** Stacks whose cdk.tf.json was written. */
  readonly stacks: string[];
}

const RUN_DIR = (() => {
  fs.mkdirSync(path.join(ROOT, '.gen'), { recursive: true });
  return fs.mkdtempSync(path.join(ROOT, '.gen', 'samples-run-'));
})();
afterAll(() => fs.rmSync(RUN_DIR, { recursive: true, force: true }));

/**
 * Run a sample in this process, as its own module, with `cdktf-sovereign` resolving to lib/ and
 * every `new App()` synthesizing into a fresh temporary directory (CDKTF_OUTDIR).
 */
function runSample(s: Sample, index: number): Outcome {
  const file = path.join(RUN_DIR, sampleFileName(s, index));
  const lib = path.join(ROOT, 'lib').split(path.sep).join('/');
  fs.writeFileSync(file, s.code.replace(/from 'cdktf-sovereign'/g, `from '${lib}'`));
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-sample-'));
  // The sample runs where the files its document declares are (a policy file, say).
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-sample-cwd-'));
  for (const f of s.files) fs.writeFileSync(path.join(cwd, f.name), f.content);
  const previousCwd = process.cwd();
  process.chdir(cwd);
  const previous = process.env.CDKTF_OUTDIR;
  process.env.CDKTF_OUTDIR = outdir;
  let error: Outcome['error'];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(file);
  } catch (e) {
    error = { code: (e as { code?: string }).code, message: e instanceof Error ? e.message : String(e) };
  } finally {
    process.chdir(previousCwd);
    fs.rmSync(cwd, { recursive: true, force: true });
    if (previous === undefined) delete process.env.CDKTF_OUTDIR;
    else process.env.CDKTF_OUTDIR = previous;
  }
  const stacksDir = path.join(outdir, 'stacks');
  const stacks = fs.existsSync(stacksDir)
    ? fs.readdirSync(stacksDir).filter((st) => fs.existsSync(path.join(stacksDir, st, 'cdk.tf.json'))).sort()
    : [];
  fs.rmSync(outdir, { recursive: true, force: true });
  return { error, stacks };
}

describe('every documentation sample runs', () => {
  const cases = SAMPLES.map((s, i) => ({ name: `${s.file}:${s.line} (${s.run.kind})`, sample: s, index: i }));

  test.each(cases)('$name', ({ sample, index }) => {
    const outcome = runSample(sample, index);
    expect(verdict(sample, outcome)).toBe(expectedVerdict(sample));
  });
});

/** What the sample's marker promises, in words (compared with what happened). */
function expectedVerdict(s: Sample): string {
  if (s.run.kind === 'throws') return `throws ${s.run.expected}`;
  if (s.run.kind === 'fragment') return 'runs without error';
  return 'runs and synthesizes at least one stack (cdk.tf.json)';
}

function verdict(s: Sample, o: Outcome): string {
  if (s.run.kind === 'throws') {
    if (o.error === undefined) return 'throws nothing';
    const matched = o.error.code === s.run.expected || o.error.message.includes(s.run.expected);
    return matched ? `throws ${s.run.expected}` : `throws something else: ${o.error.code ?? ''} ${o.error.message}`;
  }
  if (o.error) return `throws ${o.error.code ?? ''} ${o.error.message}`;
  if (s.run.kind === 'fragment') return 'runs without error';
  return o.stacks.length > 0 ? 'runs and synthesizes at least one stack (cdk.tf.json)' : 'runs but writes no cdk.tf.json (no stack, or no app.synth())';
}
