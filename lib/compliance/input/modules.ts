/**
 * Module calls in a directory of Terraform files: resources of local modules
 * (`source = "./modules/logs"`, or any module `terraform init` downloaded, found through
 * `.terraform/modules/modules.json`) are checked too, as Terraform would create them.
 *
 * Each module's resources are added to the calling configuration under names that keep the
 * module path (`module.logs.aws_s3_bucket.this` → `aws_s3_bucket.module_logs__this`, the
 * full address in `//` → `metadata.address`, as for plan JSON). Inside the module,
 * references to its own resources are renamed, `var.x` becomes the argument of the module
 * call (or the variable's default), and provider configurations follow the call's
 * `providers` map. `module.x.output` references in the caller become the output's value.
 * `count` / `for_each` of a module call become those of each of its resources that has none of
 * its own, as Terraform creates them once per module instance (`each.*` / `count.index` in the
 * call's arguments then name the resource's instances; an empty collection creates nothing); a
 * resource with its own `count` / `for_each` keeps it (read as one module instance), guarded so
 * that it too has no instance when the module has none (`count = var.enable ? 1 : 0` false).
 *
 * Calls that cannot be expanded (a registry or Git module `terraform init` has not
 * downloaded, a local path that does not exist) are listed with the reason, so that the
 * report can say what it did not check. `onModule` hears of each module key (`logs`,
 * `app.db`) and the directory its files were read from (for source positions).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { show } from '../../errors';
import { impliedProviderName } from '../model/configuration';
import { parseExpression } from '../model/expr';
import { UNKNOWN_VALUE } from './plan';

type Body = Record<string, unknown>;

/** Loads one module directory (its .tf/.tf.json files merged). */
export type ModuleDirectoryLoader = (dir: string) => Promise<Body>;

/** A module call whose resources were not loaded, and why. @internal */
export interface UnexpandedModule {
  /** Its address, e.g. `module.kube` or `module.app.module.db`. */
  readonly address: string;
  /** Its `source` as written. */
  readonly source: string;
  /** Why it was not expanded, as a clause ("its source … is not on disk"). */
  readonly reason: string;
}

/** Module call arguments that are not input variables. */
const META_ARGUMENTS = new Set(['source', 'version', 'providers', 'count', 'for_each', 'depends_on', '//']);
const MAX_DEPTH = 16;

/**
 * Inline the resources of every module `config` (read from `dir`) calls, recursively.
 * Calls whose source cannot be found on disk (registry modules before `terraform init`) are
 * left as they are (in `config`; nested ones are dropped) and added to `unexpanded`.
 * @internal
 */
export async function expandModules(
  config: Body, dir: string, load: ModuleDirectoryLoader, unexpanded: UnexpandedModule[] = [], onModule: (key: string, dir: string) => void = () => undefined,
): Promise<Body> {
  const manifest = await readModulesManifest(dir);
  return expand(config, dir, '', manifest, load, 0, unexpanded, onModule);
}

async function expand(
  config: Body, dir: string, keyPrefix: string, manifest: Map<string, string>, load: ModuleDirectoryLoader, depth: number, unexpanded: UnexpandedModule[],
  onModule: (key: string, dir: string) => void,
): Promise<Body> {
  const names = Object.keys(asObject(config.module));
  if (names.length === 0) return config;
  for (const name of names) {
    // Read the call again: inlining an earlier module rewrites references to its outputs here.
    const call = firstBlock(asObject(config.module)[name]);
    if (!call) continue;
    const key = `${keyPrefix}${name}`;
    const address = key.split('.').map((k) => `module.${k}`).join('.');
    const source = typeof call.source === 'string' ? call.source : show(call.source);
    if (depth >= MAX_DEPTH) {
      unexpanded.push({ address, source, reason: `modules are nested more than ${MAX_DEPTH} deep` });
      continue;
    }
    const childDir = await moduleDirectory(call.source, dir, key, manifest);
    if (!childDir) {
      unexpanded.push({ address, source, reason: whyNotFound(call.source, dir) });
      continue;
    }
    onModule(key, childDir);
    const child = await expand(await load(childDir), childDir, `${key}.`, manifest, load, depth + 1, unexpanded, onModule);
    inline(config, name, call, child);
    const remaining = asObject(config.module);
    delete remaining[name];
    if (Object.keys(remaining).length > 0) config.module = remaining;
    else delete config.module;
  }
  return config;
}

/** Where a module's files are: a local path, or the directory `terraform init` recorded. */
async function moduleDirectory(source: unknown, dir: string, key: string, manifest: Map<string, string>): Promise<string | undefined> {
  const candidates: string[] = [];
  if (typeof source === 'string' && isLocalPath(source)) candidates.push(path.resolve(dir, source));
  const recorded = manifest.get(key);
  if (recorded) candidates.push(recorded);
  for (const candidate of candidates) {
    try {
      if ((await fs.stat(candidate)).isDirectory()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** Why `moduleDirectory` found nothing for a call's `source`. */
function whyNotFound(source: unknown, dir: string): string {
  if (typeof source !== 'string') return 'it has no source string';
  if (isLocalPath(source)) return `its source directory ${path.resolve(dir, source)} does not exist`;
  return 'its source is a registry or remote module that `terraform init` has not downloaded (no entry in .terraform/modules/modules.json)';
}

function isLocalPath(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../');
}

/** `.terraform/modules/modules.json` (written by `terraform init`): module key → directory. */
async function readModulesManifest(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const json = JSON.parse(await fs.readFile(path.join(dir, '.terraform', 'modules', 'modules.json'), 'utf8')) as { Modules?: Array<{ Key?: unknown; Dir?: unknown }> };
    for (const m of json.Modules ?? []) {
      if (typeof m.Key === 'string' && m.Key !== '' && typeof m.Dir === 'string') out.set(m.Key, path.resolve(dir, m.Dir));
    }
  } catch {
    // no manifest: only local sources are followed
  }
  return out;
}

// ---------------------------------------------------------------- inlining one module call

interface Rewrite {
  /** `type.name` / `data.type.name` of the module's resources → their new name. */
  readonly renamed: Map<string, string>;
  /**
   * Values of the module's variables (arguments of the call, or defaults); undefined when
   * rewriting the caller, whose own variables stay as they are.
   */
  readonly variables?: Map<string, unknown>;
}

function inline(parent: Body, name: string, call: Body, child: Body): void {
  const prefix = `module_${sanitize(name)}__`;
  const renamed = new Map<string, string>();
  for (const [section, head] of [['resource', ''], ['data', 'data.']] as const) {
    for (const [type, byName] of Object.entries(asObject(child[section]))) {
      for (const rname of Object.keys(asObject(byName))) renamed.set(`${head}${type}.${rname}`, `${prefix}${rname}`);
    }
  }
  // The module's locals live on in the caller under the module's prefix (`local.module_x__name`).
  const childLocals = asObject(child.locals);
  for (const l of Object.keys(childLocals)) renamed.set(`local.${l}`, `${prefix}${l}`);
  const variables = new Map<string, unknown>();
  for (const [v, decl] of Object.entries(asObject(child.variable))) {
    const def = firstBlock(decl)?.default;
    if (def !== undefined) variables.set(v, def);
  }
  for (const [arg, value] of Object.entries(call)) if (!META_ARGUMENTS.has(arg)) variables.set(arg, value);
  // A list or object of a variable with a declared type is converted to that type, as Terraform
  // converts it (`optional(...)` attributes filled in): declared in the caller under the module's
  // prefix, with the value as its default, and read from there. Plain values stay as written
  // (literal names link resources: `bucket = var.name`).
  for (const [v, decl] of Object.entries(asObject(child.variable))) {
    const block = firstBlock(decl);
    const value = variables.get(v);
    if (!block || block.type === undefined || value === null || typeof value !== 'object' || !isLiteralJson(value)) continue;
    const declared = (parent.variable = { ...asObject(parent.variable) });
    declared[`${prefix}${v}`] = { type: block.type, default: value, ...(block.sensitive !== undefined ? { sensitive: block.sensitive } : {}) };
    variables.set(v, `\${var.${prefix}${v}}`);
  }
  const rw: Rewrite = { renamed, variables };
  if (Object.keys(childLocals).length > 0) {
    const into = (parent.locals = { ...asObject(parent.locals) });
    for (const [l, value] of Object.entries(childLocals)) into[`${prefix}${l}`] = rewriteValue(value, rw);
  }

  const providers = providerMap(parent, name, call, child, rw);
  // A resource with a count / for_each of its own is read as one module instance: it still has
  // none when the module has none (`count = 0`, `for_each = {}`, `count = var.enabled ? 1 : 0`).
  const none = noInstances(call);
  for (const [section, head] of [['resource', ''], ['data', 'data.']] as const) {
    if (child[section] === undefined) continue;
    const target = (parent[section] = asObject(parent[section]));
    for (const [type, byName] of Object.entries(asObject(child[section]))) {
      const into = (target[type] = asObject(target[type]));
      for (const [rname, decl] of Object.entries(asObject(byName))) {
        const body = firstBlock(decl);
        if (!body) continue;
        const out = rewriteValue(body, rw) as Body;
        if (body.count === undefined && body.for_each === undefined) {
          if (call.count !== undefined) out.count = call.count;
          else if (call.for_each !== undefined) out.for_each = call.for_each;
        } else if (none === true) {
          continue;
        } else if (none !== undefined) {
          guardInstances(out, none);
        }
        const childKey = typeof body.provider === 'string' ? unwrap(body.provider) : impliedProviderName(type);
        const mapped = providers.get(childKey) ?? childKey;
        if (mapped !== impliedProviderName(type)) out.provider = mapped;
        else delete out.provider;
        const inner = asObject(asObject(body['//']).metadata).address;
        out['//'] = { metadata: { address: `module.${name}.${typeof inner === 'string' ? inner : `${head}${type}.${rname}`}` } };
        into[`${prefix}${rname}`] = out;
      }
    }
  }
  addRequiredProviders(parent, child);

  // The caller's references to the module's outputs.
  const outputs = new Map<string, unknown>();
  for (const [o, decl] of Object.entries(asObject(child.output))) {
    const value = firstBlock(decl)?.value;
    if (value !== undefined) outputs.set(o, rewriteValue(value, rw));
  }
  const outer: Rewrite = { renamed: new Map() };
  for (const section of ['resource', 'data', 'provider', 'output', 'module', 'locals']) {
    if (parent[section] !== undefined) parent[section] = rewriteValue(parent[section], outer, { name, outputs });
  }
}

/**
 * Provider keys as the module writes them (`aws`, `aws.x`) → keys of the caller: from the
 * call's `providers` map, or the module's own provider blocks (added to the caller under
 * an alias that keeps the module path). Unmapped default providers are inherited.
 */
function providerMap(parent: Body, name: string, call: Body, child: Body, rw: Rewrite): Map<string, string> {
  const map = new Map<string, string>();
  const parentProviders = (parent.provider = asObject(parent.provider));
  for (const [local, decls] of Object.entries(asObject(child.provider))) {
    for (const body of blocks(decls)) {
      const alias = typeof body.alias === 'string' ? body.alias : undefined;
      const newAlias = sanitize(`module_${name}${alias ? `_${alias}` : ''}`);
      const list = Array.isArray(parentProviders[local]) ? (parentProviders[local] as unknown[]) : blocks(parentProviders[local]);
      list.push({ ...(rewriteValue(body, rw) as Body), alias: newAlias });
      parentProviders[local] = list;
      map.set(alias ? `${local}.${alias}` : local, `${local}.${newAlias}`);
    }
  }
  for (const block of blocks(call.providers)) {
    for (const [inner, outerRef] of Object.entries(block)) {
      if (typeof outerRef === 'string') map.set(inner, unwrap(outerRef));
    }
  }
  return map;
}

function addRequiredProviders(parent: Body, child: Body): void {
  const known = new Set<string>();
  for (const t of blocks(parent.terraform)) for (const rp of blocks(t.required_providers)) for (const k of Object.keys(rp)) known.add(k);
  const extra: Body = {};
  for (const t of blocks(child.terraform)) {
    for (const rp of blocks(t.required_providers)) {
      for (const [k, spec] of Object.entries(rp)) if (!known.has(k)) extra[k] = spec;
    }
  }
  if (Object.keys(extra).length === 0) return;
  parent.terraform = [...blocks(parent.terraform), { required_providers: [extra] }];
}

// ---------------------------------------------------------------- expression rewriting

interface OutputRewrite {
  readonly name: string;
  readonly outputs: Map<string, unknown>;
}

function rewriteValue(value: unknown, rw: Rewrite, out?: OutputRewrite): unknown {
  if (typeof value === 'string') return value.includes('${') ? rewriteString(value, rw, out) : value;
  if (Array.isArray(value)) return value.map((v) => rewriteValue(v, rw, out));
  if (value && typeof value === 'object') {
    const result: Body = {};
    for (const [k, v] of Object.entries(value)) result[k] = k === '//' ? v : rewriteValue(v, rw, out);
    return result;
  }
  return value;
}

/** A value substituted for a `var.x` or `module.x.y` traversal. */
function lookup(head: string, second: string, third: string | undefined, rw: Rewrite, out?: OutputRewrite): { found: boolean; value?: unknown } {
  if (head === 'var' && rw.variables) {
    // A variable without argument or default: Terraform would refuse the call; unknown here.
    return { found: true, value: rw.variables.has(second) ? rw.variables.get(second) : UNKNOWN_VALUE };
  }
  if (out && head === 'module' && second === out.name && third !== undefined) {
    return { found: true, value: out.outputs.has(third) ? out.outputs.get(third) : UNKNOWN_VALUE };
  }
  return { found: false };
}

function rewriteString(text: string, rw: Rewrite, out?: OutputRewrite): unknown {
  const parts = splitTemplate(text);
  if (!parts) return text;
  // `${var.x}` alone: the argument itself (any JSON value, or the caller's expression).
  if (parts.length === 1 && parts[0].expr !== undefined) {
    const t = simpleTraversal(parts[0].expr.trim());
    if (t) {
      const hit = lookup(t[0], t[1], t[2], rw, out);
      if (hit.found) return hit.value;
    }
  }
  let unknown = false;
  const pieces = parts.map((p) => {
    if (p.expr === undefined) return p.text;
    const t = simpleTraversal(p.expr.trim());
    if (t) {
      const hit = lookup(t[0], t[1], t[2], rw, out);
      if (hit.found) {
        if (typeof hit.value === 'string') return hit.value;
        if (typeof hit.value === 'number' || typeof hit.value === 'boolean') return String(hit.value);
        unknown = true;
        return '';
      }
    }
    const inner = rewriteExpression(p.expr, rw, out);
    if (inner === undefined) unknown = true;
    return `\${${inner ?? ''}}`;
  });
  return unknown ? UNKNOWN_VALUE : pieces.join('');
}

/**
 * `var.x`, `module.a.b`: the segments when the expression is exactly such a traversal (`var.x.y`
 * is not: its attribute access stays, see `rewriteExpression`).
 */
function simpleTraversal(expr: string): [string, string, string | undefined] | undefined {
  const m = /^(var|module)\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*))?$/.exec(expr);
  if (!m || (m[1] === 'var' && m[3] !== undefined)) return undefined;
  return [m[1], m[2], m[3]];
}

const TRAVERSAL = /(data\.)?([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*))?/y;

/**
 * Rename the module's resources and inline variables and outputs inside one expression;
 * undefined when a substituted value cannot be written as an expression (an object).
 */
function rewriteExpression(expr: string, rw: Rewrite, out?: OutputRewrite): string | undefined {
  let result = '';
  let i = 0;
  while (i < expr.length) {
    const c = expr[i];
    if (c === '"') {
      const end = stringEnd(expr, i);
      result += expr.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? expr[i - 1] : '';
    if (/[A-Za-z_]/.test(c) && !/[\w.-]/.test(prev)) {
      TRAVERSAL.lastIndex = i;
      const m = TRAVERSAL.exec(expr);
      if (m) {
        const [all, data, a, b, d] = m;
        if (!data) {
          const hit = lookup(a, b, d, rw, out);
          if (hit.found) {
            const text = asExpression(hit.value);
            if (text === undefined) return undefined;
            // `var.x` consumed two segments; a third (`var.x.y`) stays as an attribute access.
            const used = a === 'module' ? all : `${a}.${b}`;
            result += text;
            i += used.length;
            continue;
          }
        }
        const key = `${data ?? ''}${a}.${b}`;
        const renamed = rw.renamed.get(key);
        if (renamed !== undefined) {
          result += `${data ?? ''}${a}.${renamed}`;
          i += key.length;
          continue;
        }
        result += all;
        i += all.length;
        continue;
      }
    }
    result += c;
    i++;
  }
  return result;
}

/**
 * A value as an HCL expression: literals quoted, `${expr}` unwrapped, other templates as quoted
 * templates, lists as tuples and maps as objects (a variable's default `{}`, `[]` or
 * `{ enabled = true }` inside an expression: `length(keys(var.logging))`); undefined otherwise.
 */
function asExpression(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(asExpression);
    return items.some((i) => i === undefined) ? undefined : `[${items.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Body).map(([k, v]) => [k, asExpression(v)] as const);
    return entries.some(([k, v]) => v === undefined || k.includes('${')) ? undefined : `{${entries.map(([k, v]) => `${JSON.stringify(k)} = ${v}`).join(', ')}}`;
  }
  if (typeof value !== 'string') return undefined;
  if (!value.includes('${') && !value.includes('%{')) return JSON.stringify(value);
  const parts = splitTemplate(value);
  if (parts && parts.length === 1 && parts[0].expr !== undefined) return `(${parts[0].expr})`;
  // A template (`"arn:${var.partition}:s3"`): quoted, it is the same template in HCL.
  return parts ? JSON.stringify(value) : undefined;
}

interface TemplatePart {
  readonly text: string;
  readonly expr?: string;
}

/** Split a template string into literal text and `${...}` expressions (`$${` is literal). */
function splitTemplate(text: string): TemplatePart[] | undefined {
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$${', i)) {
      literal += '$${';
      i += 3;
      continue;
    }
    if (text.startsWith('${', i)) {
      let depth = 1;
      let j = i + 2;
      while (j < text.length && depth > 0) {
        const c = text[j];
        if (c === '"') {
          j = stringEnd(text, j);
          continue;
        }
        if (c === '{') depth++;
        else if (c === '}') depth--;
        j++;
      }
      if (depth !== 0) return undefined;
      if (literal) parts.push({ text: literal });
      literal = '';
      parts.push({ text: text.slice(i, j), expr: text.slice(i + 2, j - 1) });
      i = j;
      continue;
    }
    literal += text[i++];
  }
  if (literal) parts.push({ text: literal });
  return parts;
}

/** The index after the string literal starting at `start` (a `"`). */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, text.length);
}

// ---------------------------------------------------------------- helpers

/**
 * Whether a module call creates no instance: true when its count is 0 or its for_each a literal
 * empty collection; the condition (Terraform expression text, in the caller's scope) when that
 * depends on an expression; undefined when it always creates some (or has neither argument).
 */
function noInstances(call: Body): true | string | undefined {
  const count = call.count;
  if (count !== undefined && count !== null) {
    if (typeof count === 'number') return count === 0 ? true : undefined;
    if (count === '0') return true;
    const text = expressionText(count);
    return text === undefined ? undefined : `(${text}) == 0`;
  }
  const forEach = call.for_each;
  if (forEach === undefined || forEach === null) return undefined;
  if (Array.isArray(forEach)) return forEach.length === 0 ? true : undefined;
  if (typeof forEach === 'object') return Object.keys(forEach).length === 0 ? true : undefined;
  const text = expressionText(forEach);
  return text === undefined ? undefined : `length(${text}) == 0`;
}

/**
 * Give a resource with its own `count` / `for_each` none when its module has none: the
 * condition guards it (`count = (var.n) == 0 ? 0 : (own count)`, `for_each = { for k, v in
 * (own) : k => v if !(condition) }`, the same keys and values otherwise). Left as it is when
 * its own argument is not one expression.
 */
function guardInstances(out: Body, none: string): void {
  if (out.count !== undefined && out.count !== null) {
    const own = expressionText(out.count);
    if (own !== undefined) out.count = `\${(${none}) ? 0 : (${own})}`;
  } else if (out.for_each !== undefined && out.for_each !== null) {
    const own = expressionText(out.for_each);
    // Filtered rather than a conditional with `{}`: an empty map and a set of strings do not unify.
    if (own !== undefined) out.for_each = `\${{ for k, v in (${own}) : k => v if !(${none}) }}`;
  }
}

/** A JSON value as the text of one Terraform expression: numbers and booleans as written, `${x}` as `x`; undefined for anything else. */
function expressionText(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const m = /^\$\{([\s\S]*)\}$/.exec(value);
  if (!m) return undefined;
  try {
    // `${a} and ${b}` is a template, not one expression: its inside does not parse.
    parseExpression(m[1]);
    return m[1].trim();
  } catch {
    return undefined;
  }
}

/** Whether a JSON value holds no expression (no `${` / `%{` anywhere in its strings or keys). */
function isLiteralJson(value: unknown): boolean {
  if (typeof value === 'string') return !value.includes('${') && !value.includes('%{');
  if (Array.isArray(value)) return value.every(isLiteralJson);
  if (value && typeof value === 'object') return Object.entries(value as Body).every(([k, v]) => isLiteralJson(k) && isLiteralJson(v));
  return true;
}

function unwrap(ref: string): string {
  return ref.replace(/^\$\{(.*)\}$/, '$1').trim();
}

function sanitize(text: string): string {
  return text.replace(/[^\w-]/g, '_');
}

function firstBlock(value: unknown): Body | undefined {
  return blocks(value)[0];
}

/** The blocks of a block-type value written as an object or a list of objects. @internal */
export function blocks(value: unknown): Body[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is Body => !!v && typeof v === 'object' && !Array.isArray(v));
}

/** Terraform JSON allows a block-type section as an object or a list of objects (merged in order). @internal */
export function asObject(value: unknown): Body {
  if (Array.isArray(value)) return Object.assign({}, ...blocks(value));
  return value && typeof value === 'object' ? (value as Body) : {};
}
