/**
 * The jsii build the package tests need, made the way a release makes it: a copy of the
 * repository's files (what git tracks plus new, not ignored files; never out/, dist/, .jsii)
 * with the repository's node_modules linked in, built there with `npm run build` (jsii into
 * out/ and .jsii, jsii-docgen into API.md). The working tree is never touched, so a plain
 * `npm ci && npm test` needs no build step first.
 *
 * The build is cached in .gen/package/<hash of the files it is built from>/: the test files that need
 * it share one build per source state (one builds, the others wait on a lock directory), and
 * a second `npm test` on unchanged sources reuses it. Measured on the 2-core machine: ~20 s
 * for the build when the machine is otherwise idle, up to ~60 s when it is shared.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.gen', 'package');
/** Never copied: build output and local state (mirrors .gitignore for the walk without git). */
const EXCLUDED = new Set(['.git', 'node_modules', 'out', 'dist', '.jsii', '.gen', 'cdktf.out', 'coverage', 'test-reports', '.terraform', 'tsconfig.jsii.json']);

export interface Built {
  /** The built copy of the repository: out/, .jsii and a regenerated API.md are in it. */
  readonly dir: string;
  /** How long the build took here, in seconds (0 when the cache was used). */
  readonly seconds: number;
}

/** Run a command; throw with its output unless it exits 0. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...env },
  });
  if (r.error || r.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed: ${r.error?.message ?? `exit ${r.status}`}\n${r.stderr}\n${r.stdout}`.slice(0, 20_000));
  }
  return r;
}

/** The files a release would build from, relative to the repository root. */
function sourceFiles(): string[] {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  const listed = git.status === 0 && !git.error
    ? git.stdout.split('\0').filter((f) => f.length > 0)
    : walk(ROOT, '');
  // deleted but not yet committed files are still listed by git
  return listed.filter((f) => !EXCLUDED.has(f.split('/')[0]) && fs.existsSync(path.join(ROOT, f))).sort();
}

function walk(dir: string, rel: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (EXCLUDED.has(entry.name) || entry.name.endsWith('.tsbuildinfo')) continue;
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(path.join(dir, entry.name), r));
    else if (entry.isFile()) out.push(r);
  }
  return out;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Build the package (or reuse the build of the same sources). */
export function buildPackage(): Built {
  const files = sourceFiles();
  const hash = crypto.createHash('sha256');
  // Tests, benchmarks and examples are copied (so the pack test sees that they do not ship) but
  // cannot change the build: editing them does not invalidate it.
  for (const f of files.filter((x) => !/^(test|bench|examples|\.ci)\//.test(x))) {
    hash.update(f).update('\0').update(fs.readFileSync(path.join(ROOT, f))).update('\0');
  }
  const key = hash.digest('hex').slice(0, 16);
  const dir = path.join(CACHE, key);
  const done = path.join(dir, '.built');
  const lock = `${dir}.lock`;
  fs.mkdirSync(CACHE, { recursive: true });

  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (fs.existsSync(done)) return { dir, seconds: 0 };
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another test file is building the same sources; a lock older than 10 minutes is stale.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60_000 || Date.now() > deadline) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(1000);
    }
  }
  try {
    const started = Date.now();
    // Old builds of other source states are of no further use.
    for (const old of fs.readdirSync(CACHE)) if (old !== key && old !== `${key}.lock`) fs.rmSync(path.join(CACHE, old), { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
    for (const f of files) {
      const target = path.join(dir, f);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(ROOT, f), target);
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    run('npm', ['run', 'build'], dir);
    fs.writeFileSync(done, `${new Date().toISOString()}\n`);
    return { dir, seconds: (Date.now() - started) / 1000 };
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
