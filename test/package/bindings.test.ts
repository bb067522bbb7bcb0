/*
 * The other languages, as far as this machine can take them: jsii-pacmak generates the Python,
 * Java, .NET and Go sources from the built assembly (so the API translates into every target),
 * and the generated Python compiles with python3. Building and running those packages needs the
 * languages' jsii runtimes and build tools from PyPI, Maven Central, NuGet and the Go module
 * proxy, which this machine cannot reach (README, "Other languages"); `npm run package` builds
 * them where they can be reached.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildPackage, run } from './build';

const built = buildPackage();
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-bindings-'));
const started = Date.now();
run(path.join(built.dir, 'node_modules', '.bin', 'jsii-pacmak'),
  ['--code-only', '--no-npmignore', '--no-fingerprint', '--targets', 'python', 'java', 'dotnet', 'go', '--outdir', out],
  built.dir, { JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' });
const seconds = (Date.now() - started) / 1000;
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const python3 = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = !python3.error && python3.status === 0;

describe(`jsii-pacmak sources for the other languages (generated in ${seconds.toFixed(0)} s)`, () => {
  test.each([
    ['python', 'python/src/cdktf_sovereign/__init__.py', 'class EuBucket('],
    ['java', 'java/src/main/java/io/github/cdktfsovereign/EuBucket.java', 'public class EuBucket extends software.constructs.Construct'],
    ['dotnet', 'dotnet/CdktfSovereign/CdktfSovereign/EuBucket.cs', 'public class EuBucket : Constructs.Construct'],
    ['go', 'go/cdktfsovereign/EuBucket.go', 'type EuBucket interface'],
  ])('%s: %s', (_target, file, declaration) => {
    expect(fs.readFileSync(path.join(out, file), 'utf8')).toContain(declaration);
  });

  test('the Python package names the runtime it needs from PyPI (why it cannot run here)', () => {
    const setup = fs.readFileSync(path.join(out, 'python', 'setup.py'), 'utf8');
    expect(setup).toMatch(/"jsii>=1\.\d+\.\d+, <2\.0\.0"/);
    expect(setup).toContain('"cdktf>=0.21.0, <0.22.0"');
    // jsii has no optional dependencies: in Python the OTC binding is a required one
    expect(setup).toContain('"cdktf-cdktf-provider-opentelekomcloud>=12.0.16, <13.0.0"');
  });
});

if (hasPython) {
  test(`the generated Python compiles (${python3.stdout.trim()})`, () => {
    const r = spawnSync('python3', ['-m', 'compileall', '-q', path.join(out, 'python', 'src')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
} else {
  test('compiling the generated Python did NOT run: python3 is not installed', () => {
    console.warn('\n*** SKIPPED: python3 not found; the generated Python bindings were not compiled.\n');
    expect(process.env.CDKTF_SOVEREIGN_REQUIRE_PYTHON).toBeUndefined();
  });
}
