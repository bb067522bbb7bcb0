/**
 * `npm run package`: jsii-pacmak for every target in package.json (after `npm run build`).
 *
 * Each language package is built where this machine can build it: its toolchain is installed
 * and jsii-pacmak's build (which fetches build tools and the language's jsii runtime from
 * PyPI, Maven Central, NuGet or the Go module proxy) succeeds. Where it cannot, the target's
 * sources are still generated (`jsii-pacmak --code-only`), which proves the API translates into
 * that language, and one line says why the package was not built. Artifacts go to dist/<target>/.
 *
 *   npm run package                    # what this machine can build, the rest as sources
 *   npm run package -- --require-all   # release machine: fail unless every package was built
 *
 * Exit code: 0 when the npm package was built (with --require-all: every package), 1 otherwise.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const PACMAK = path.join(ROOT, 'node_modules', '.bin', 'jsii-pacmak');

interface Target {
  readonly name: string;
  /** Commands that must run (exit 0) for the package to be buildable here. */
  readonly toolchain: readonly (readonly string[])[];
  /** What the built package is, for the summary. */
  readonly artifact: string;
}

const TARGETS: readonly Target[] = [
  { name: 'js', toolchain: [['npm', '--version']], artifact: 'npm tarball' },
  { name: 'python', toolchain: [['python3', '--version'], ['python3', '-m', 'pip', '--version'], ['python3', '-m', 'venv', '--help']], artifact: 'wheel and sdist' },
  { name: 'java', toolchain: [['javac', '-version'], ['mvn', '--version']], artifact: 'Maven artifacts (jar, sources, javadoc)' },
  { name: 'dotnet', toolchain: [['dotnet', '--version']], artifact: 'NuGet package' },
  { name: 'go', toolchain: [['go', 'version']], artifact: 'Go module' },
];

const ENV = { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' };

function runs(command: readonly string[]): boolean {
  const r = spawnSync(command[0], command.slice(1), { encoding: 'utf8', env: ENV });
  return !r.error && r.status === 0;
}

/** The first line of jsii-pacmak's output that says what failed. */
function reasonOf(output: string): string {
  const lines = output.split('\n').map((l) => l.replace(/^#STD(OUT|ERR)>\s*/, '').replace(/\u001b\[[0-9;]*m/g, '').trim()).filter((l) => l.length > 0);
  const line = lines.find((l) => /^(\[ERROR\]|ERROR:)/.test(l) && !/^\[ERROR\]\s*(->|$|To see|Re-run|For more)/.test(l))
    ?? lines.find((l) => /^Error:/.test(l))
    ?? lines[lines.length - 1]
    ?? 'jsii-pacmak failed';
  return line.length > 240 ? `${line.slice(0, 237)}...` : line;
}

function pacmak(args: string[], tmp: string): { ok: boolean; output: string } {
  const r = spawnSync(PACMAK, ['--no-npmignore', '--outdir', DIST, ...args], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...ENV, TMPDIR: tmp },
  });
  return { ok: !r.error && r.status === 0, output: `${r.stdout ?? ''}\n${r.stderr ?? ''}\n${r.error?.message ?? ''}` };
}

function main(argv: string[]): number {
  const requireAll = argv.includes('--require-all');
  if (!fs.existsSync(path.join(ROOT, '.jsii'))) {
    process.stderr.write('package: no .jsii assembly here; run `npm run build` first (npm run package does).\n');
    return 1;
  }
  // jsii-pacmak leaves its temporary directories behind when a build fails: keep them in dist/.
  const tmp = path.join(DIST, '.tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const summary: string[] = [];
  let builtAll = true;
  let builtJs = false;
  for (const target of TARGETS) {
    const missing = target.toolchain.find((c) => !runs(c));
    let reason: string;
    if (missing) {
      reason = `\`${missing.join(' ')}\` does not run here (toolchain not installed)`;
    } else {
      const build = pacmak(['--targets', target.name], tmp);
      if (build.ok) {
        summary.push(`${target.name.padEnd(7)} built    ${target.artifact} in dist/${target.name}/`);
        if (target.name === 'js') builtJs = true;
        continue;
      }
      reason = `jsii-pacmak's build failed: ${reasonOf(build.output)}`;
    }
    builtAll = false;
    if (target.name === 'js') {
      summary.push(`js      FAILED   ${reason}`);
      continue;
    }
    const code = pacmak(['--code-only', '--targets', target.name], tmp);
    summary.push(code.ok
      ? `${target.name.padEnd(7)} sources  generated in dist/${target.name}/; ${target.artifact} not built: ${reason}`
      : `${target.name.padEnd(7)} FAILED   even the sources did not generate: ${reasonOf(code.output)}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  process.stdout.write(`\njsii-pacmak, per target:\n${summary.map((l) => `  ${l}`).join('\n')}\n`);
  if (requireAll && !builtAll) {
    process.stderr.write('package: --require-all: not every language package was built (see above).\n');
    return 1;
  }
  return builtJs ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
