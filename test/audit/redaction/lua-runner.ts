/**
 * Runs test/audit/redaction/harness.lua with real Lua interpreters.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const HARNESS = path.join(__dirname, 'harness.lua');
export const RAW_SCRIPT = path.join(__dirname, '..', '..', '..', 'lib', 'audit', 'redaction', 'redact.lua');

/** Interpreters the tests run on: Fluent Bit's LuaJIT 2.1 and Lua 5.4. */
export const INTERPRETERS = ['luajit', 'lua5.4'];

/** The interpreters installed here, warning loudly for each one that is missing. */
export function availableInterpreters(): string[] {
  const found: string[] = [];
  for (const name of INTERPRETERS) {
    const probe = spawnSync(name, ['-v'], { encoding: 'utf8' });
    if (probe.error) {
      console.warn(
        `\n!!! ${name} is NOT installed: the redact.lua tests for ${name} are NOT run here.\n` +
          `!!! Install it (Debian: apt-get install -y luajit lua5.4) — .ci/run must install both.\n`,
      );
    } else {
      found.push(name);
    }
  }
  return found;
}

/** JSON-like value as Lua source (objects → tables with string keys, arrays → sequences). */
export function toLua(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    let out = '"';
    for (const b of Buffer.from(value, 'utf8')) {
      if (b === 0x22 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
      else if (b >= 0x20 && b <= 0x7e) out += String.fromCharCode(b);
      else out += `\\${b.toString().padStart(3, '0')}`;
    }
    return `${out}"`;
  }
  if (Array.isArray(value)) return `{${value.map(toLua).join(', ')}}`;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `[${toLua(k)}] = ${toLua(v)}`);
  return `{${entries.join(', ')}}`;
}

/** A JSON value of unknown shape, indexable all the way down for assertions. */
export interface Loose {
  readonly [key: string]: Loose;
}

/** What harness.lua prints (each section present for the mode and input given). */
export interface HarnessOutput {
  readonly interpreter: string;
  readonly backend: string;
  readonly keyed: boolean;
  readonly key_env: string;
  readonly on_missing_key: string;
  readonly records: Record<string, { readonly code: number; readonly timestamp: number; readonly record: Loose }>;
  readonly hmac: Record<string, string>;
  readonly strings: Record<string, { readonly text: string; readonly seconds: number }>;
  readonly bench: Record<string, { readonly n: number; readonly seconds: number; readonly microseconds_per_record: number }>;
  readonly configs: Record<string, { readonly ok: boolean; readonly error?: string; readonly callback: string }>;
}

export interface HarnessRun {
  readonly json: HarnessOutput;
  readonly stderr: string;
}

let tmpDir: string | undefined;
let counter = 0;
function tmpFile(name: string, text: string): string {
  tmpDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'redact-lua-'));
  const file = path.join(tmpDir, `${counter++}-${name}`);
  fs.writeFileSync(file, text);
  return file;
}

/** Write `script` text to a temporary file and return its path. */
export function scriptFile(text: string): string {
  return tmpFile('redact.lua', text);
}

/**
 * Run the harness. `env` is the whole environment of the interpreter (besides PATH),
 * so a key is present only when given.
 */
export function runHarness(
  interpreter: string,
  mode: 'run' | 'load',
  script: string,
  input: unknown,
  env: Record<string, string> = {},
): HarnessRun {
  const inputFile = tmpFile('input.lua', `return ${toLua(input)}\n`);
  const result = spawnSync(interpreter, [HARNESS, mode, script, inputFile], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${interpreter} harness.lua ${mode} exited with ${result.status}:\n${result.stderr}\n${result.stdout}`);
  }
  return { json: JSON.parse(result.stdout), stderr: result.stderr };
}

/** The pseudonym redact.lua must produce, computed independently with Node's crypto. */
export function expectedPseudonym(key: string, label: string, normalized: string): string {
  const digest = crypto.createHmac('sha256', key).update(`${label}:${normalized}`).digest('hex');
  return `<${label}:${digest.slice(0, 16)}>`;
}
