/**
 * Runs test/audit/redaction/harness.lua on real Lua interpreters:
 *
 *  - wasmoon: the reference Lua 5.4 (PUC-Rio C sources) compiled to WebAssembly, an npm
 *    devDependency, so it runs wherever `npm ci` ran (see wasmoon-lua.js for what it is);
 *  - luajit: Fluent Bit's interpreter (LuaJIT 2.1, Lua 5.1 language), where installed;
 *  - lua5.4: the system's Lua 5.4, where installed.
 *
 * A missing interpreter never crashes a suite and never passes silently: its tests are
 * one `test.todo` per suite titled "… did NOT run: …", counted by jest and summed up by
 * test/lua-summary-reporter.js; with CDKTF_SOVEREIGN_REQUIRE_LUA=1 (CI) they fail instead.
 * CDKTF_SOVEREIGN_LUAJIT and CDKTF_SOVEREIGN_LUA54 name other commands (or hide them).
 */
/* eslint-disable jest/no-export -- a helper module that declares suites per interpreter, not a test file */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const HARNESS = path.join(__dirname, 'harness.lua');
export const RAW_SCRIPT = path.join(__dirname, '..', '..', '..', 'lib', 'audit', 'redaction', 'redact.lua');
const WASMOON_CLI = path.join(__dirname, 'wasmoon-lua.js');

/** A Lua interpreter the tests run on. */
export interface LuaVm {
  readonly id: 'wasmoon' | 'luajit' | 'lua5.4';
  /** Command and leading arguments (before the script). */
  readonly command: string;
  readonly prefix: string[];
  /** `_VERSION` (plus `jit.version`) the harness must report. */
  readonly interpreter: RegExp;
  /** The 32-bit backend redact.lua must pick: LuaJIT's bit library or native operators. */
  readonly backend: 'bit' | 'native';
  /** Why it cannot run here; undefined when it can. */
  readonly missing?: string;
}

/** Set in CI (.ci/run): a missing interpreter fails instead of being reported as not run. */
export const REQUIRE_LUA = process.env.CDKTF_SOVEREIGN_REQUIRE_LUA === '1';

function probe(id: 'luajit' | 'lua5.4', env: string, debian: string): LuaVm {
  const command = process.env[env] ?? id;
  const result = spawnSync(command, ['-v'], { encoding: 'utf8' });
  const missing = result.error
    ? `${command} is not installed (Debian: apt-get install -y ${debian}; or set ${env} to its path)`
    : undefined;
  return id === 'luajit'
    ? { id, command, prefix: [], interpreter: /^Lua 5\.1 LuaJIT 2\.1/, backend: 'bit', missing }
    : { id, command, prefix: [], interpreter: /^Lua 5\.4$/, backend: 'native', missing };
}

function wasmoon(): LuaVm {
  let missing: string | undefined;
  try {
    require.resolve('wasmoon');
  } catch {
    missing = 'the wasmoon devDependency is not installed: run npm ci';
  }
  return { id: 'wasmoon', command: process.execPath, prefix: [WASMOON_CLI], interpreter: /^Lua 5\.4$/, backend: 'native', missing };
}

/** Every interpreter, in the order the suites run. */
export const LUA_VMS: LuaVm[] = [wasmoon(), probe('luajit', 'CDKTF_SOVEREIGN_LUAJIT', 'luajit'), probe('lua5.4', 'CDKTF_SOVEREIGN_LUA54', 'lua5.4')];

/** The interpreters available here. */
export const AVAILABLE_VMS = LUA_VMS.filter((vm) => vm.missing === undefined);

/**
 * `describe(title)` once per interpreter, titled `title [lua:<id>]`. For an interpreter that
 * is missing: one todo entry saying so (a failing test when it is required: always for
 * wasmoon, which npm installs, and for all of them under CDKTF_SOVEREIGN_REQUIRE_LUA=1).
 */
export function describeOnLua(title: string, body: (vm: LuaVm) => void): void {
  for (const vm of LUA_VMS) {
    if (vm.missing === undefined) {
      describe(`${title} [lua:${vm.id}]`, () => {
        body(vm);
      });
    } else if (REQUIRE_LUA || vm.id === 'wasmoon') {
      test(`${title} [lua:${vm.id}] is required here (CDKTF_SOVEREIGN_REQUIRE_LUA=1, or npm ci for wasmoon)`, () => {
        expect(`${vm.id}: ${vm.missing}`).toBe(`${vm.id}: installed`);
      });
    } else {
      test.todo(`${title} [lua:${vm.id}] did NOT run: ${vm.missing}`);
    }
  }
}

/** A string of raw bytes for Lua (invalid UTF-8 allowed): each byte a `\ddd` escape where needed. */
export class LuaBytes {
  constructor(public readonly bytes: Buffer) {}
}

function luaStringLiteral(bytes: Buffer): string {
  let out = '"';
  for (const b of bytes) {
    if (b === 0x22 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b <= 0x7e) out += String.fromCharCode(b);
    else out += `\\${b.toString().padStart(3, '0')}`;
  }
  return `${out}"`;
}

/** JSON-like value as Lua source (objects → tables with string keys, arrays → sequences). */
export function toLua(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return luaStringLiteral(Buffer.from(value, 'utf8'));
  if (value instanceof LuaBytes) return luaStringLiteral(value.bytes);
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
  readonly key_problem?: string;
  readonly key_env: string;
  readonly on_missing_key: string;
  readonly max_record_bytes: number;
  readonly on_oversize: string;
  readonly records: Record<string, { readonly code: number; readonly timestamp: number; readonly record: Loose }>;
  readonly hmac: Record<string, string>;
  readonly strings: Record<string, { readonly text: string }>;
  readonly work: Record<string, { readonly instructions: number; readonly scanned: number; readonly code: number; readonly record?: Loose }>;
  readonly bench: Record<string, { readonly n: number; readonly seconds: number; readonly microseconds_per_record: number }>;
  readonly configs: Record<string, { readonly ok: boolean; readonly error?: string; readonly callback: string }>;
  readonly stats: Record<string, number>;
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

/** Strings in the harness output are bytes (\u00XX); turn them into UTF-8 text, or keep them as bytes (latin1) when `raw`. */
function decode(value: unknown, raw: boolean): unknown {
  if (typeof value === 'string') return raw ? value : Buffer.from(value, 'latin1').toString('utf8');
  if (Array.isArray(value)) return value.map((v) => decode(v, raw));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [decode(k, raw) as string, decode(v, raw)]));
  }
  return value;
}

export interface RunOptions {
  /** Environment of the interpreter besides PATH (so a key is present only when given). */
  readonly env?: Record<string, string>;
  /** Keep output strings as bytes (one latin1 character per byte) instead of decoding UTF-8. */
  readonly raw?: boolean;
}

/** Run the harness on `vm`. */
export function runHarness(vm: LuaVm, mode: 'run' | 'work' | 'load', script: string, input: unknown, options: RunOptions = {}): HarnessRun {
  const inputFile = tmpFile('input.lua', `return ${toLua(input)}\n`);
  const result = spawnSync(vm.command, [...vm.prefix, HARNESS, mode, script, inputFile], {
    encoding: 'latin1',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...(options.env ?? {}) },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const stderr = Buffer.from(result.stderr, 'latin1').toString('utf8');
  if (result.status !== 0) {
    throw new Error(`${vm.id} harness.lua ${mode} exited with ${result.status}:\n${stderr}\n${result.stdout.slice(0, 2000)}`);
  }
  return { json: decode(JSON.parse(result.stdout), options.raw ?? false) as HarnessOutput, stderr };
}

/** The pseudonym redact.lua must produce, computed independently with Node's crypto. */
export function expectedPseudonym(key: string, label: string, normalized: string): string {
  const digest = crypto.createHmac('sha256', key).update(`${label}:${normalized}`).digest('hex');
  return `<${label}:${digest.slice(0, 16)}>`;
}
