/**
 * Terraform reads every `.tf` and `.tf.json` file of a directory as one module. This
 * merges the JSON form of each file (from `@cdktf/hcl2json` or `JSON.parse`) the same
 * way: sections are combined block by block, a resource declared twice is an error, and
 * `override.tf` / `*_override.tf` files are merged last, argument by argument.
 * @see https://developer.hashicorp.com/terraform/language/files/override
 */
import { SovereignError } from '../../errors';

/** One parsed file. @internal */
export interface ParsedFile {
  readonly file: string;
  readonly json: Record<string, unknown>;
}

type Body = Record<string, unknown>;

/** Sections whose blocks have two labels (`resource "type" "name"`). */
const TWO_LABELS = new Set(['resource', 'data', 'ephemeral']);
/** Sections whose blocks have one label, unique in the module (`variable "name"`). */
const ONE_LABEL = new Set(['variable', 'output', 'module']);

/** Whether Terraform treats the file as an override file. @internal */
export function isOverrideFile(fileName: string): boolean {
  return /(^|_)override\.tf(\.json)?$/.test(fileName);
}

/** Merge the files of one module into one Terraform JSON configuration. @internal */
export function mergeFiles(files: readonly ParsedFile[]): Record<string, unknown> {
  const merged = new MergedModule();
  const base = files.filter((f) => !isOverrideFile(baseName(f.file)));
  const overrides = files.filter((f) => isOverrideFile(baseName(f.file)));
  for (const f of base) merged.add(f, false);
  for (const f of overrides) merged.add(f, true);
  return merged.toJson();
}

class MergedModule {
  private readonly twoLabels = new Map<string, Map<string, Map<string, { body: Body; file: string }>>>();
  private readonly oneLabel = new Map<string, Map<string, { body: Body; file: string }>>();
  private readonly providers = new Map<string, Body[]>();
  private readonly lists = new Map<string, Body[]>();
  private readonly locals: Body = {};

  public add(f: ParsedFile, override: boolean): void {
    for (const [section, value] of Object.entries(f.json)) {
      if (section === '//') continue;
      if (TWO_LABELS.has(section)) this.addTwoLabels(section, value, f.file, override);
      else if (ONE_LABEL.has(section)) this.addOneLabel(section, value, f.file, override);
      else if (section === 'provider') this.addProviders(value, override);
      else if (section === 'locals') for (const b of bodies(value)) Object.assign(this.locals, b);
      else this.list(section).push(...bodies(value));
    }
  }

  public toJson(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [section, blocks] of this.lists) if (blocks.length > 0) out[section] = blocks;
    if (this.providers.size > 0) out.provider = Object.fromEntries(this.providers);
    for (const [section, byName] of this.oneLabel) {
      out[section] = Object.fromEntries([...byName].map(([name, { body }]) => [name, body]));
    }
    for (const [section, byType] of this.twoLabels) {
      out[section] = Object.fromEntries([...byType].map(([type, byName]) => [type, Object.fromEntries([...byName].map(([n, { body }]) => [n, body]))]));
    }
    if (Object.keys(this.locals).length > 0) out.locals = this.locals;
    return out;
  }

  private list(section: string): Body[] {
    let list = this.lists.get(section);
    if (!list) this.lists.set(section, (list = []));
    return list;
  }

  private addTwoLabels(section: string, value: unknown, file: string, override: boolean): void {
    let byType = this.twoLabels.get(section);
    if (!byType) this.twoLabels.set(section, (byType = new Map()));
    for (const [type, names] of entries(value)) {
      let byName = byType.get(type);
      if (!byName) byType.set(type, (byName = new Map()));
      for (const [name, decl] of entries(names)) {
        for (const body of bodies(decl)) {
          const what = `${section === 'resource' ? '' : `${section}.`}${type}.${name}`;
          this.put(byName, name, body, file, override, `${section === 'resource' ? 'Resource' : section === 'data' ? 'Data source' : 'Ephemeral resource'} ${what}`);
        }
      }
    }
  }

  private addOneLabel(section: string, value: unknown, file: string, override: boolean): void {
    let byName = this.oneLabel.get(section);
    if (!byName) this.oneLabel.set(section, (byName = new Map()));
    for (const [name, decl] of entries(value)) {
      for (const body of bodies(decl)) this.put(byName, name, body, file, override, `${capitalize(section)} "${name}"`);
    }
  }

  private put(map: Map<string, { body: Body; file: string }>, name: string, body: Body, file: string, override: boolean, what: string): void {
    const existing = map.get(name);
    if (override) {
      // Override files replace arguments and whole nested blocks of an existing block.
      if (existing) map.set(name, { body: { ...existing.body, ...body }, file: existing.file });
      else map.set(name, { body, file });
      return;
    }
    if (existing) {
      throw new SovereignError('DUPLICATE_BLOCK', `${what} is declared twice: in ${existing.file} and in ${file}. Allowed: one declaration per module, as Terraform requires. Fix: remove or rename one of them (or put the change in an *_override.tf file).`);
    }
    map.set(name, { body, file });
  }

  private addProviders(value: unknown, override: boolean): void {
    for (const [name, decl] of entries(value)) {
      let list = this.providers.get(name);
      if (!list) this.providers.set(name, (list = []));
      for (const body of bodies(decl)) {
        const alias = typeof body.alias === 'string' ? body.alias : undefined;
        const index = override ? list.findIndex((b) => (typeof b.alias === 'string' ? b.alias : undefined) === alias) : -1;
        if (index >= 0) list[index] = { ...list[index], ...body };
        else list.push(body);
      }
    }
  }
}

/**
 * The entries of a JSON block-type object. Terraform's JSON syntax allows an array of
 * objects wherever an object of labelled blocks is expected; those are read in order.
 */
function entries(value: unknown): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap(entries);
  if (value && typeof value === 'object') return Object.entries(value as Body);
  return [];
}

/** Block bodies written as one object or a list of objects. */
function bodies(value: unknown): Body[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is Body => !!v && typeof v === 'object' && !Array.isArray(v));
}

function baseName(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i === -1 ? file : file.slice(i + 1);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
