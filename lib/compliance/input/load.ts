/**
 * Reads what the `cdktf-sovereign` CLI is pointed at into the configurations the engine
 * checks: a `cdktf.out` directory, a stack directory or `cdk.tf.json`, any `*.tf.json`,
 * a directory of `.tf` / `.tf.json` files (one module, merged as Terraform does), a single
 * `.tf` file, or the JSON of a saved plan or state (`terraform show -json`).
 */
import { promises as fs, Stats } from 'fs';
import * as path from 'path';
import { SovereignError } from '../../errors';
import { NamedConfiguration } from '../engine';
import { parseHcl } from './hcl';
import { parseJson } from './json-text';
import { mergeFiles, ParsedFile } from './merge';
import { expandModules } from './modules';
import { isPlanOrState, planToConfiguration } from './plan';

/** What the loader accepts, for error messages. */
const ACCEPTED = 'a cdktf.out directory, a stack directory or cdk.tf.json, a *.tf.json or *.tf file, a directory of .tf/.tf.json files, or a plan JSON (`terraform show -json plan > plan.json`)';

/** Top-level keys of a Terraform JSON configuration. */
const TERRAFORM_KEYS = new Set(['resource', 'data', 'provider', 'terraform', 'module', 'variable', 'output', 'locals', 'moved', 'import', 'check', 'removed', 'ephemeral', '//']);

/** A loaded configuration and the one file it was read from. @internal */
export interface LoadedConfiguration extends NamedConfiguration {
  /**
   * The file the configuration was read from (for SARIF locations).
   * @default - several files (a merged directory of .tf files)
   */
  readonly file?: string;
}

/**
 * Load the Terraform configurations at `inputPath`. Every configuration is named by its
 * stack (cdktf.out) or by the path it was read from.
 * @internal
 */
export async function loadInputs(inputPath: string): Promise<LoadedConfiguration[]> {
  if (typeof inputPath !== 'string' || inputPath.trim().length === 0) {
    throw new SovereignError('MISSING_INPUT', `No input path given. Allowed: ${ACCEPTED}. Fix: name the file or directory to check.`);
  }
  const stat = await statOrThrow(inputPath);
  if (stat.isDirectory()) return loadDirectory(inputPath);
  if (!stat.isFile()) throw new SovereignError('UNREADABLE_INPUT', `Cannot read ${inputPath}: it is neither a file nor a directory. Allowed: ${ACCEPTED}.`);
  return loadFile(inputPath);
}

async function loadFile(file: string): Promise<LoadedConfiguration[]> {
  const base = path.basename(file);
  if (base.endsWith('.tf')) {
    const json = await parseHcl(file, await readText(file));
    return [{ name: file, file, configuration: await withModules(mergeFiles([{ file, json }]), path.dirname(file)) }];
  }
  const text = await readText(file);
  if (text.startsWith('PK\u0003\u0004')) {
    throw new SovereignError('BINARY_PLAN', `${file} is a binary saved plan. Allowed: its JSON form. Fix: run \`terraform show -json ${base} > ${base}.json\` and check ${base}.json.`);
  }
  const looksJson = /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
  if (!base.endsWith('.json') && !looksJson) {
    throw new SovereignError('UNSUPPORTED_INPUT', `Cannot check ${file}: it is neither Terraform JSON nor HCL (*.tf). Allowed: ${ACCEPTED}.`);
  }
  const json = parseJson(file, text);
  if (isCdktfManifest(json)) return loadManifest(path.dirname(file), json);
  return [{ name: file, file, configuration: await readConfiguration(file, json) }];
}

/** A Terraform JSON configuration with its modules inlined, or the conversion of a plan/state JSON. */
async function readConfiguration(file: string, json: unknown): Promise<Record<string, unknown>> {
  const config = toConfiguration(file, json);
  return isPlanOrState(json) ? config : withModules(config, path.dirname(file));
}

/** Inline the resources of the modules a configuration calls (see ./modules.ts). */
function withModules(config: Record<string, unknown>, dir: string): Promise<Record<string, unknown>> {
  return config.module === undefined ? Promise.resolve(config) : expandModules(config, dir, loadModuleDirectory);
}

/** The files of a called module's directory, merged; an empty configuration when it has none. */
async function loadModuleDirectory(dir: string): Promise<Record<string, unknown>> {
  const files = (await readDir(dir)).filter((e) => e.isFile() && isTerraformFile(e.name)).map((e) => e.name).sort();
  return files.length > 0 ? loadModule(dir, files) : {};
}

/** A Terraform JSON configuration, or the conversion of a plan/state JSON. */
function toConfiguration(file: string, json: unknown): Record<string, unknown> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new SovereignError('INVALID_CONFIGURATION', `${file} is not a Terraform JSON configuration: its top level is ${Array.isArray(json) ? 'an array' : json === null ? 'null' : `a ${typeof json}`}. Allowed: a JSON object with "resource", "provider", … sections, or the output of \`terraform show -json\`.`);
  }
  const body = json as Record<string, unknown>;
  if (isPlanOrState(body)) return planToConfiguration(body);
  const keys = Object.keys(body);
  if (keys.length > 0 && !keys.some((k) => TERRAFORM_KEYS.has(k))) {
    throw new SovereignError('INVALID_CONFIGURATION', `${file} is not a Terraform JSON configuration: it has none of the sections resource, data, provider, terraform, module (found ${keys.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}). Allowed: ${ACCEPTED}.`);
  }
  return body;
}

async function loadDirectory(dir: string): Promise<LoadedConfiguration[]> {
  const entries = await readDir(dir);
  const names = new Set(entries.map((e) => e.name));

  // cdktf.out: manifest.json lists the stacks.
  if (names.has('manifest.json')) {
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = parseJson(manifestFile, await readText(manifestFile));
    if (isCdktfManifest(manifest)) return loadManifest(dir, manifest);
  }

  // A directory of Terraform files is one module (a cdktf stack directory holds cdk.tf.json).
  const files = entries
    .filter((e) => e.isFile() && isTerraformFile(e.name))
    .map((e) => e.name)
    .sort();
  if (files.length > 0) {
    const configuration = await withModules(await loadModule(dir, files), dir);
    return [{ name: dir, file: files.length === 1 ? path.join(dir, files[0]) : undefined, configuration }];
  }

  // cdktf.out without a manifest, or its stacks/ folder: one configuration per stack.
  const stackDirs = names.has('stacks') ? [path.join(dir, 'stacks')] : [dir];
  const stacks: LoadedConfiguration[] = [];
  for (const parent of stackDirs) {
    for (const sub of (await readDir(parent)).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      const file = path.join(parent, sub, 'cdk.tf.json');
      if (!(await exists(file))) continue;
      stacks.push({ name: sub, file, configuration: await readConfiguration(file, parseJson(file, await readText(file))) });
    }
  }
  if (stacks.length > 0) return stacks;

  if (entries.length === 0) {
    throw new SovereignError('EMPTY_DIRECTORY', `Directory ${dir} is empty. Allowed: ${ACCEPTED}. Fix: run \`cdktf synth\` first, or point at the directory that holds your .tf files.`);
  }
  const seen = entries.slice(0, 5).map((e) => e.name).join(', ');
  throw new SovereignError('NO_TERRAFORM_FILES', `Directory ${dir} has no Terraform files (found: ${seen}${entries.length > 5 ? ', …' : ''}). Allowed: ${ACCEPTED}. Fix: point at a cdktf.out directory, a stack directory, or the directory that holds your .tf files.`);
}

/** The `.tf` / `.tf.json` files of one module, parsed and merged. */
async function loadModule(dir: string, files: string[]): Promise<Record<string, unknown>> {
  const parsed: ParsedFile[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const text = await readText(file);
    const json = name.endsWith('.tf') ? await parseHcl(file, text) : toConfiguration(file, parseJson(file, text));
    parsed.push({ file, json });
  }
  // One JSON file (a cdktf stack's cdk.tf.json, typically): use it as written, without copying.
  return parsed.length === 1 && !files[0].endsWith('.tf') ? parsed[0].json : mergeFiles(parsed);
}

interface CdktfManifest {
  readonly stacks: Record<string, { readonly name?: unknown; readonly synthesizedStackPath?: unknown }>;
}

function isCdktfManifest(json: unknown): json is CdktfManifest {
  const stacks = (json as { stacks?: unknown } | null)?.stacks;
  return !!stacks && typeof stacks === 'object' && !Array.isArray(stacks)
    && Object.values(stacks).some((s) => !!s && typeof s === 'object' && typeof (s as { synthesizedStackPath?: unknown }).synthesizedStackPath === 'string');
}

async function loadManifest(dir: string, manifest: CdktfManifest): Promise<LoadedConfiguration[]> {
  const out: LoadedConfiguration[] = [];
  for (const [key, stack] of Object.entries(manifest.stacks)) {
    if (!stack || typeof stack.synthesizedStackPath !== 'string') continue;
    const file = path.join(dir, stack.synthesizedStackPath);
    if (!(await exists(file))) {
      throw new SovereignError('MISSING_STACK', `Stack "${key}" of ${path.join(dir, 'manifest.json')} points at ${file}, which does not exist. Fix: run \`cdktf synth\` again.`);
    }
    out.push({ name: typeof stack.name === 'string' ? stack.name : key, file, configuration: await readConfiguration(file, parseJson(file, await readText(file))) });
  }
  if (out.length === 0) {
    throw new SovereignError('EMPTY_MANIFEST', `${path.join(dir, 'manifest.json')} lists no stacks. Fix: run \`cdktf synth\` in a project with at least one stack.`);
  }
  return out;
}

/** Files Terraform reads: `*.tf`, `*.tf.json`; not hidden files or editor backups (as Terraform). */
function isTerraformFile(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('#') || name.endsWith('~')) return false;
  return name.endsWith('.tf') || name.endsWith('.tf.json');
}

async function statOrThrow(p: string): Promise<Stats> {
  try {
    return await fs.stat(p);
  } catch (e) {
    throw unreadable(p, e);
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    throw unreadable(file, e);
  }
}

async function readDir(dir: string) {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw unreadable(dir, e);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

function unreadable(p: string, e: unknown): SovereignError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why = code === 'ENOENT' ? 'no such file or directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'EISDIR' ? 'it is a directory'
        : e instanceof Error ? e.message : String(e);
  return new SovereignError('UNREADABLE_INPUT', `Cannot read ${p}: ${why}. Allowed: ${ACCEPTED}.`);
}
