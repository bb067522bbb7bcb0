/**
 * Reads what the `cdktf-sovereign` CLI is pointed at into the configurations the engine
 * checks: a `cdktf.out` directory, a stack directory or `cdk.tf.json`, any `*.tf.json`,
 * a directory of `.tf` / `.tf.json` files (one module, merged as Terraform does), a single
 * `.tf` file, or the JSON of a saved plan or state (`terraform show -json`).
 *
 * A directory of Terraform files is a root module: the variable files Terraform loads by
 * itself there, then `--var-file` / `--var`, give its variables their values (./tfvars.ts).
 */
import { promises as fs, Stats } from 'fs';
import * as path from 'path';
import { SovereignError } from '../../errors';
import { NamedConfiguration } from '../engine';
import { parseHcl } from './hcl';
import { parseJson } from './json-text';
import { isOverrideFile, mergeFiles, ParsedFile } from './merge';
import { expandModules, UnexpandedModule } from './modules';
import { isPlanOrState, planToConfiguration } from './plan';
import { SourceText } from './positions';
import { dropResourcePrefix } from './resource-prefix';
import { Assignment, assignVariables, automaticVariableFiles, parseVariableFile, undeclaredWarning, VariableArgument } from './tfvars';

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
  /**
   * Module calls whose resources were not loaded (registry modules before `terraform init`).
   * @default - none
   */
  readonly unexpandedModules?: UnexpandedModule[];
  /**
   * Remarks about the input that do not stop the check (values for undeclared variables).
   * @default - none
   */
  readonly warnings?: string[];
  /** The text of every file the configuration was read from, its modules' files included (for source positions). */
  readonly sources: SourceText[];
  /** The directory of the configuration (the stack directory, the module directory, or the file's directory). */
  readonly directory: string;
}

/** How to load. @internal */
export interface LoadOptions {
  /**
   * `--var-file` and `--var` arguments in command-line order: applied to every configuration
   * after the variable files Terraform loads by itself. Not allowed with a plan JSON.
   * @default - none
   */
  readonly variables?: readonly VariableArgument[];
}

/** Values given on the command line, read once and applied to every root module. */
type Explicit = readonly Assignment[];

/**
 * Load the Terraform configurations at `inputPath`. Every configuration is named by its
 * stack (cdktf.out) or by the path it was read from.
 * @internal
 */
export async function loadInputs(inputPath: string, options: LoadOptions = {}): Promise<LoadedConfiguration[]> {
  if (typeof inputPath !== 'string' || inputPath.trim().length === 0) {
    throw new SovereignError('MISSING_INPUT', `No input path given. Allowed: ${ACCEPTED}. Fix: name the file or directory to check.`);
  }
  const stat = await statOrThrow(inputPath);
  const explicit = await readVariableArguments(options.variables ?? []);
  if (stat.isDirectory()) return loadDirectory(inputPath, explicit);
  if (!stat.isFile()) throw new SovereignError('UNREADABLE_INPUT', `Cannot read ${inputPath}: it is neither a file nor a directory. Allowed: ${ACCEPTED}.`);
  return loadFile(inputPath, explicit);
}

/** `--var-file` files parsed and `--var` values, in the order given. */
async function readVariableArguments(args: readonly VariableArgument[]): Promise<Assignment[]> {
  const out: Assignment[] = [];
  for (const arg of args) {
    if (arg.kind === 'value') out.push({ name: arg.name, value: arg.value, origin: '--var', commandLine: true });
    else out.push(...await parseVariableFile(arg.file, await readText(arg.file, 'variable file')));
  }
  return out;
}

/**
 * A root module, finished: variables take their assigned values (`variableFiles`, Terraform's
 * own, first; then `explicit`), then called modules are inlined.
 */
async function rootModule(
  name: string, file: string | undefined, config: Record<string, unknown>, dir: string, variableFiles: string[], explicit: Explicit, sources: SourceText[],
): Promise<LoadedConfiguration> {
  const assignments: Assignment[] = [];
  for (const f of variableFiles) assignments.push(...await parseVariableFile(f, await readText(f, 'variable file')));
  assignments.push(...explicit);
  const undeclared = await assignVariables(config, assignments, name);
  const unexpanded: UnexpandedModule[] = [];
  const configuration = await withModules(config, dir, unexpanded, sources);
  return {
    name,
    file,
    configuration,
    sources,
    directory: dir,
    ...(unexpanded.length > 0 ? { unexpandedModules: unexpanded } : {}),
    ...(undeclared.length > 0 ? { warnings: undeclared.map((a) => undeclaredWarning(a, config, name)) } : {}),
  };
}

async function loadFile(file: string, explicit: Explicit): Promise<LoadedConfiguration[]> {
  const base = path.basename(file);
  if (base.endsWith('.tf')) {
    const text = await readText(file);
    const json = mergeFiles([{ file, json: await parseHcl(file, text) }]);
    if (text.includes('resource.')) dropResourcePrefix(json);
    return [await rootModule(file, file, json, path.dirname(file), [], explicit, [{ file, text, syntax: 'hcl' }])];
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
  if (isCdktfManifest(json)) return loadManifest(path.dirname(file), json, explicit);
  return [await readConfiguration(file, file, json, text, explicit)];
}

/** A Terraform JSON configuration with its variables and modules, or the conversion of a plan/state JSON. */
async function readConfiguration(name: string, file: string, json: unknown, text: string, explicit: Explicit): Promise<LoadedConfiguration> {
  const config = toConfiguration(file, json);
  if (!isPlanOrState(json) && text.includes('resource.')) dropResourcePrefix(config);
  if (!isPlanOrState(json)) return rootModule(name, file, config, path.dirname(file), [], explicit, [{ file, text, syntax: 'json' }]);
  if (explicit.length > 0) {
    throw new SovereignError('VARIABLES_FOR_PLAN', `--var-file and --var do not apply to ${file}: it is a plan or state JSON, whose variables already have their values. Allowed: --var-file / --var with a configuration (a directory of .tf files, cdk.tf.json, cdktf.out). Fix: drop them, or plan again with them (terraform plan -var-file=… -out plan) and check that plan's JSON.`);
  }
  return { name, file, configuration: config, sources: [{ file, text, syntax: 'plan' }], directory: path.dirname(file) };
}

/**
 * Inline the resources of the modules a configuration calls (see ./modules.ts); the texts of
 * the modules' files are added to `sources` under their module key.
 */
async function withModules(config: Record<string, unknown>, dir: string, unexpanded: UnexpandedModule[], sources: SourceText[]): Promise<Record<string, unknown>> {
  if (config.module === undefined) return config;
  const texts = new Map<string, SourceText[]>();
  const load = async (moduleDir: string): Promise<Record<string, unknown>> => {
    const files = (await readDir(moduleDir)).filter((e) => e.isFile() && isTerraformFile(e.name)).map((e) => e.name).sort();
    if (files.length === 0) return {};
    const loaded = await loadModule(moduleDir, files);
    texts.set(moduleDir, loaded.sources);
    return loaded.config;
  };
  const calls: Array<[string, string]> = [];
  const expanded = await expandModules(config, dir, load, unexpanded, (key, moduleDir) => calls.push([key, moduleDir]));
  for (const [key, moduleDir] of calls) for (const t of texts.get(moduleDir) ?? []) sources.push({ ...t, module: key });
  return expanded;
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

async function loadDirectory(dir: string, explicit: Explicit): Promise<LoadedConfiguration[]> {
  const entries = await readDir(dir);
  const names = new Set(entries.map((e) => e.name));

  // cdktf.out: manifest.json lists the stacks.
  if (names.has('manifest.json')) {
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = parseJson(manifestFile, await readText(manifestFile));
    if (isCdktfManifest(manifest)) return loadManifest(dir, manifest, explicit);
  }

  // A directory of Terraform files is one module (a cdktf stack directory holds cdk.tf.json).
  const files = entries
    .filter((e) => e.isFile() && isTerraformFile(e.name))
    .map((e) => e.name)
    .sort();
  if (files.length > 0) {
    // The directory is where Terraform would run: it reads the variable files there too.
    const variableFiles = automaticVariableFiles(entries.filter((e) => e.isFile()).map((e) => e.name)).map((n) => path.join(dir, n));
    const loaded = await loadModule(dir, files);
    return [await rootModule(dir, files.length === 1 ? path.join(dir, files[0]) : undefined, loaded.config, dir, variableFiles, explicit, loaded.sources)];
  }

  // cdktf.out without a manifest, or its stacks/ folder: one configuration per stack.
  const stackDirs = names.has('stacks') ? [path.join(dir, 'stacks')] : [dir];
  const stacks: LoadedConfiguration[] = [];
  for (const parent of stackDirs) {
    for (const sub of (await readDir(parent)).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      const file = path.join(parent, sub, 'cdk.tf.json');
      if (!(await exists(file))) continue;
      const text = await readText(file);
      stacks.push(await readConfiguration(sub, file, parseJson(file, text), text, explicit));
    }
  }
  if (stacks.length > 0) return stacks;

  if (entries.length === 0) {
    throw new SovereignError('EMPTY_DIRECTORY', `Directory ${dir} is empty. Allowed: ${ACCEPTED}. Fix: run \`cdktf synth\` first, or point at the directory that holds your .tf files.`);
  }
  const seen = entries.slice(0, 5).map((e) => e.name).join(', ');
  throw new SovereignError('NO_TERRAFORM_FILES', `Directory ${dir} has no Terraform files (found: ${seen}${entries.length > 5 ? ', …' : ''}). Allowed: ${ACCEPTED}. Fix: point at a cdktf.out directory, a stack directory, or the directory that holds your .tf files.`);
}

/**
 * The `.tf` / `.tf.json` files of one module, parsed and merged, and their texts (override
 * files last: a block's position is where it is first declared).
 */
async function loadModule(dir: string, files: string[]): Promise<{ config: Record<string, unknown>; sources: SourceText[] }> {
  const parsed: ParsedFile[] = [];
  const sources: SourceText[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const text = await readText(file);
    const hcl = name.endsWith('.tf');
    const json = hcl ? await parseHcl(file, text) : toConfiguration(file, parseJson(file, text));
    parsed.push({ file, json });
    sources.push({ file, text, syntax: hcl ? 'hcl' : 'json' });
  }
  sources.sort((a, b) => Number(isOverrideFile(path.basename(a.file))) - Number(isOverrideFile(path.basename(b.file))));
  // One JSON file (a cdktf stack's cdk.tf.json, typically): use it as written, without copying.
  const config = parsed.length === 1 && !files[0].endsWith('.tf') ? parsed[0].json : mergeFiles(parsed);
  if (sources.some((s) => s.text.includes('resource.'))) dropResourcePrefix(config);
  return { config, sources };
}

interface CdktfManifest {
  readonly stacks: Record<string, { readonly name?: unknown; readonly synthesizedStackPath?: unknown }>;
}

function isCdktfManifest(json: unknown): json is CdktfManifest {
  const stacks = (json as { stacks?: unknown } | null)?.stacks;
  return !!stacks && typeof stacks === 'object' && !Array.isArray(stacks)
    && Object.values(stacks).some((s) => !!s && typeof s === 'object' && typeof (s as { synthesizedStackPath?: unknown }).synthesizedStackPath === 'string');
}

async function loadManifest(dir: string, manifest: CdktfManifest, explicit: Explicit): Promise<LoadedConfiguration[]> {
  const out: LoadedConfiguration[] = [];
  for (const [key, stack] of Object.entries(manifest.stacks)) {
    if (!stack || typeof stack.synthesizedStackPath !== 'string') continue;
    const file = path.join(dir, stack.synthesizedStackPath);
    if (!(await exists(file))) {
      throw new SovereignError('MISSING_STACK', `Stack "${key}" of ${path.join(dir, 'manifest.json')} points at ${file}, which does not exist: its last synth failed (the stack's sovereignty-report.* say why) or never ran. Fix: fix the findings and run \`cdktf synth\` again.`);
    }
    const text = await readText(file);
    out.push(await readConfiguration(typeof stack.name === 'string' ? stack.name : key, file, parseJson(file, text), text, explicit));
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

async function readText(file: string, what?: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    throw unreadable(file, e, what);
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

function unreadable(p: string, e: unknown, what?: string): SovereignError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why = code === 'ENOENT' ? 'no such file or directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'EISDIR' ? 'it is a directory'
        : e instanceof Error ? e.message : String(e);
  if (what) return new SovereignError('UNREADABLE_INPUT', `Cannot read ${what} ${p}: ${why}. Allowed: a .tfvars or .tfvars.json file.`);
  return new SovereignError('UNREADABLE_INPUT', `Cannot read ${p}: ${why}. Allowed: ${ACCEPTED}.`);
}
