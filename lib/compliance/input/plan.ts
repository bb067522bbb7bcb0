/**
 * The JSON of a saved plan (`terraform show -json plan`) or of a state
 * (`terraform show -json`) as the Terraform JSON configuration the engine reads.
 *
 * - Resources come from `planned_values` (every module, recursively); values Terraform
 *   will only know after apply (`after_unknown`) become `${...}` expressions: a reference
 *   to the resource the configuration names there (so a bucket's encryption resource stays
 *   linked to its bucket), or `${unknown}`.
 * - A known identifier that equals the attribute of the resource its expression references
 *   (`bucket = aws_s3_bucket.b.id` on an existing bucket) is written as that reference too:
 *   the engine then links the two and still reads the value through the reference.
 * - Attributes unknown until apply that the configuration does not set (computed by the
 *   provider: `arn`, `region`, …) are left out, as they are absent from the source; so are
 *   the empty values (`""`, `[]`, `{}`) the plan lists for every unset attribute.
 * - Providers come from `configuration.provider_config` (constant values, root variables);
 *   each resource's `provider_config_key` tells which configuration (alias) it uses.
 * - Resources in modules and resources with `count`/`for_each` get names that keep the
 *   module path and instance key (`module.logs.aws_s3_bucket.this` → `aws_s3_bucket.module_logs__this`,
 *   `aws_s3_bucket.b[0]` → `aws_s3_bucket.b__0`); the full address is kept in the
 *   resource's `//` metadata as `metadata.address`.
 *
 * @see https://developer.hashicorp.com/terraform/internals/json-format
 */
import { impliedProviderName } from '../model/configuration';
import { getPath } from '../model/expressions';
import {
  asArray, asObject, Body, elementExpression, encodeName, formatIndex, IDENTIFIER_ATTRIBUTE, isEmpty, isExpression, isObject, keyOf,
  memberExpression, moduleNames, NOT_RESOURCES, parseTraversal, sanitize, stripLastModule,
} from './plan-helpers';

/** Written where a value is unknown until apply and no resource reference explains it. */
export const UNKNOWN_VALUE = '${unknown}';

/** Whether parsed JSON is `terraform show -json` output (a plan or a state). @internal */
export function isPlanOrState(json: unknown): boolean {
  if (!isObject(json) || typeof json.format_version !== 'string') return false;
  return isObject(json.planned_values) || Array.isArray(json.resource_changes) || isObject((json.values as Body | undefined)?.root_module);
}

/** Convert a plan or state JSON document into a Terraform JSON configuration. @internal */
export function planToConfiguration(plan: Body): Body {
  return new PlanConverter(plan).convert();
}

interface Instance {
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly index?: string | number;
  /** Module instance prefix, e.g. `module.x[0].` ('' at the root). */
  readonly moduleInstance: string;
  /** Module call names from the root (`['x']`). */
  readonly modules: string[];
  readonly values: Body;
  readonly unknown: unknown;
  readonly providerName?: string;
  /** Address without module instance keys or resource index, e.g. `module.x.aws_s3_bucket.b`. */
  readonly configKey: string;
  encoded: string;
}

interface Target {
  readonly instance: Instance;
  readonly attribute: string;
}

interface Scope {
  /** Module call names from the root. */
  readonly modules: string[];
  /** Module instance prefix when known (`module.x[0].`), else undefined. */
  readonly instancePrefix?: string;
}

class PlanConverter {
  private readonly instances: Instance[] = [];
  private readonly byConfigKey = new Map<string, Instance[]>();
  private readonly providerConfig: Body;
  private readonly rootConfig: Body;
  private readonly variables: Body;
  private readonly providers = new Map<string, { localName: string; body: Body }>();
  private readonly sources = new Map<string, string>();
  /** Configuration resources of each module by address (built on first use). */
  private readonly resourceIndex = new WeakMap<Body, Map<string, Body>>();

  constructor(private readonly plan: Body) {
    const configuration = asObject(plan.configuration);
    this.providerConfig = asObject(configuration.provider_config);
    this.rootConfig = asObject(configuration.root_module);
    this.variables = asObject(plan.variables);
  }

  public convert(): Body {
    this.collectInstances();
    const resource: Record<string, Body> = {};
    const data: Record<string, Body> = {};
    for (const inst of this.instances) {
      const section = inst.mode === 'data' ? data : resource;
      const byName = (section[inst.type] ??= {});
      let encoded = inst.encoded;
      for (let n = 2; encoded in byName; n++) encoded = `${inst.encoded}_${n}`;
      inst.encoded = encoded;
      byName[encoded] = {};
    }
    for (const inst of this.instances) {
      const section = inst.mode === 'data' ? data : resource;
      section[inst.type][inst.encoded] = this.body(inst);
    }
    // Providers no resource uses are still configured (and judged).
    for (const key of Object.keys(this.providerConfig)) this.registerProvider(key);
    const out: Body = {};
    if (this.sources.size > 0) {
      out.terraform = { required_providers: Object.fromEntries([...this.sources].map(([name, source]) => [name, { source }])) };
    }
    if (this.providers.size > 0) {
      const provider: Record<string, Body[]> = {};
      for (const { localName, body } of this.providers.values()) (provider[localName] ??= []).push(body);
      out.provider = provider;
    }
    if (Object.keys(resource).length > 0) out.resource = resource;
    if (Object.keys(data).length > 0) out.data = data;
    return out;
  }

  // ---------------------------------------------------------------- instances

  private collectInstances(): void {
    const unknowns = new Map<string, unknown>();
    const changes = Array.isArray(this.plan.resource_changes) ? (this.plan.resource_changes as Body[]) : [];
    for (const rc of changes) {
      const change = asObject(rc.change);
      if (typeof rc.address === 'string' && change.after_unknown !== undefined) unknowns.set(rc.address, change.after_unknown);
    }
    const planned = asObject(asObject(this.plan.planned_values).root_module);
    const state = asObject(asObject(this.plan.values).root_module);
    if (isObject(this.plan.planned_values)) this.visitModule(planned, '', unknowns, () => true);
    else if (isObject(this.plan.values)) this.visitModule(state, '', unknowns, () => true);
    else {
      // A plan without planned_values: take what each change will produce.
      for (const rc of changes) {
        const change = asObject(rc.change);
        if (!isObject(change.after)) continue;
        this.addInstance(rc, typeof rc.module_address === 'string' ? `${rc.module_address}.` : '', change.after, unknowns.get(String(rc.address)));
      }
    }
    // Data sources read during planning are only in the prior state.
    const prior = asObject(asObject(asObject(this.plan.prior_state).values).root_module);
    const seen = new Set(this.instances.map((i) => i.address));
    this.visitModule(prior, '', unknowns, (r) => r.mode === 'data' && !seen.has(String(r.address)));
  }

  private visitModule(module: Body, prefix: string, unknowns: Map<string, unknown>, accept: (r: Body) => boolean): void {
    for (const r of asArray(module.resources)) {
      if (!accept(r)) continue;
      this.addInstance(r, prefix, r.values, unknowns.get(String(r.address)));
    }
    for (const child of asArray(module.child_modules)) {
      const address = typeof child.address === 'string' ? child.address : undefined;
      this.visitModule(child, address ? `${address}.` : prefix, unknowns, accept);
    }
  }

  private addInstance(r: Body, moduleInstance: string, values: unknown, unknown: unknown): void {
    if (typeof r.type !== 'string' || typeof r.name !== 'string') return;
    const mode = r.mode === 'data' ? 'data' : 'managed';
    const address = typeof r.address === 'string' ? r.address : `${moduleInstance}${mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
    const modules = moduleNames(moduleInstance);
    const index = typeof r.index === 'string' || typeof r.index === 'number' ? r.index : undefined;
    const configKey = `${modules.map((m) => `module.${m}.`).join('')}${mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
    const inst: Instance = {
      address, mode, type: r.type, name: r.name, index, moduleInstance, modules,
      values: asObject(values), unknown, configKey,
      providerName: typeof r.provider_name === 'string' ? r.provider_name : undefined,
      encoded: encodeName(moduleInstance, r.name, index),
    };
    this.instances.push(inst);
    const list = this.byConfigKey.get(configKey);
    if (list) list.push(inst);
    else this.byConfigKey.set(configKey, [inst]);
  }

  // ---------------------------------------------------------------- resources

  private body(inst: Instance): Body {
    const config = this.configResource(inst);
    const expressions = asObject(config?.expressions);
    const scope: Scope = { modules: inst.modules, instancePrefix: inst.moduleInstance };
    const body = this.fill(inst.values, inst.unknown, expressions, inst, scope) as Body;
    const providerKey = this.providerKeyFor(typeof config?.provider_config_key === 'string' ? config.provider_config_key : undefined, inst);
    if (providerKey !== impliedProviderName(inst.type)) body.provider = providerKey;
    body['//'] = { metadata: { address: inst.address } };
    return body;
  }

  /**
   * Values with unknowns filled in. `expr` is the configuration's expression (or block of
   * expressions) for the same position: it tells which resource an unknown value comes from.
   */
  private fill(values: unknown, unknown: unknown, expr: unknown, inst: Instance, scope: Scope): unknown {
    if (isExpression(expr) && Array.isArray(expr.references) && expr.references.length > 0) {
      if (unknown === true) return this.referenceFor(expr.references, inst, scope, undefined) ?? UNKNOWN_VALUE;
      if (values !== null && values !== undefined && typeof values !== 'object') {
        return this.referenceFor(expr.references, inst, scope, values) ?? values;
      }
    }
    if (unknown === true) {
      // Unknown and written in the configuration: an expression only apply can evaluate.
      // Unknown and not written: an attribute the provider computes, absent as in the source.
      return expr !== undefined ? UNKNOWN_VALUE : undefined;
    }
    if (Array.isArray(values) || Array.isArray(unknown)) {
      const list = Array.isArray(values) ? [...values] : [];
      const marks = Array.isArray(unknown) ? unknown : [];
      const length = Math.max(list.length, marks.length);
      for (let i = 0; i < length; i++) list[i] = this.fill(list[i], marks[i], elementExpression(expr, i), inst, scope) ?? null;
      return list;
    }
    if (isObject(values) || isObject(unknown)) {
      const out: Body = {};
      const source = isObject(values) ? values : {};
      const marks = isObject(unknown) ? unknown : {};
      for (const key of new Set([...Object.keys(source), ...Object.keys(marks)])) {
        const member = memberExpression(expr, key);
        const v = this.fill(source[key], marks[key], member, inst, scope);
        // The plan lists every attribute of the schema; "", [] and {} that the configuration
        // does not set are "not set" (as in the source), not a value a rule should judge.
        if (v === null || v === undefined || (member === undefined && isEmpty(v))) continue;
        out[key] = v;
      }
      return out;
    }
    return values;
  }

  /**
   * `${type.name.attr}` for the first reference that names a resource of the plan. With
   * `known`, only when that resource's attribute has exactly this value (so a value built
   * from the reference, like `"${aws_s3_bucket.b.id}-logs"`, stays a literal).
   */
  private referenceFor(references: unknown[], inst: Instance, scope: Scope, known: unknown): string | undefined {
    for (const ref of references) {
      if (typeof ref !== 'string') continue;
      const target = this.resolve(ref, scope, inst, 0);
      if (!target || target.instance === inst) continue;
      if (known !== undefined) {
        // Only identifiers (what links a resource to its parent) are worth trading a known value for.
        if (target.instance.mode !== 'managed' || !IDENTIFIER_ATTRIBUTE.test(target.attribute)) continue;
        if (getPath(target.instance.values, target.attribute) !== known) continue;
      }
      const head = `${target.instance.mode === 'data' ? 'data.' : ''}${target.instance.type}.${target.instance.encoded}`;
      return `\${${head}${target.attribute ? (target.attribute.startsWith('[') ? '' : '.') + target.attribute : ''}}`;
    }
    return undefined;
  }

  /** The resource instance (and attribute) a configuration reference in `scope` points at. */
  private resolve(ref: string, scope: Scope, from: Instance, depth: number): Target | undefined {
    if (depth > 20) return undefined;
    const parts = parseTraversal(ref);
    if (!parts || parts.length < 2 || parts[0].index !== undefined) return undefined;
    const head = parts[0].name!;
    if (head === 'var') {
      if (scope.modules.length === 0 || parts[1].name === undefined) return undefined;
      const parentModules = scope.modules.slice(0, -1);
      const call = asObject(asObject(this.configModule(parentModules)?.module_calls)[scope.modules[scope.modules.length - 1]]);
      const expr = asObject(asObject(call.expressions)[parts[1].name]);
      const parent: Scope = { modules: parentModules, instancePrefix: scope.instancePrefix === undefined ? undefined : stripLastModule(scope.instancePrefix) };
      for (const r of asArray<string>(expr.references)) {
        const t = this.resolve(r, parent, from, depth + 1);
        if (t) return t;
      }
      return undefined;
    }
    if (head === 'module') {
      const name = parts[1].name;
      if (name === undefined) return undefined;
      let i = 2;
      let key: string | undefined;
      if (parts[i]?.index !== undefined) key = parts[i++].index;
      const output = parts[i]?.name;
      if (output === undefined) return undefined;
      const call = asObject(asObject(this.configModule(scope.modules)?.module_calls)[name]);
      const outputs = asObject(asObject(call.module).outputs);
      const expr = asObject(asObject(outputs[output]).expression);
      const single = call.count_expression === undefined && call.for_each_expression === undefined;
      const child: Scope = {
        modules: [...scope.modules, name],
        instancePrefix: scope.instancePrefix !== undefined && (key !== undefined || single) ? `${scope.instancePrefix}module.${name}${key ?? ''}.` : undefined,
      };
      for (const r of asArray<string>(expr.references)) {
        const t = this.resolve(r, child, from, depth + 1);
        if (t) return t;
      }
      return undefined;
    }
    if (NOT_RESOURCES.has(head)) return undefined;
    let i = 0;
    let local: string;
    if (head === 'data') {
      if (parts[1].name === undefined || parts[2]?.name === undefined) return undefined;
      local = `data.${parts[1].name}.${parts[2].name}`;
      i = 3;
    } else {
      if (parts[1].name === undefined) return undefined;
      local = `${head}.${parts[1].name}`;
      i = 2;
    }
    let key: string | undefined;
    if (parts[i]?.index !== undefined) key = parts[i++].index;
    const configKey = `${scope.modules.map((m) => `module.${m}.`).join('')}${local}`;
    let candidates = this.byConfigKey.get(configKey) ?? [];
    if (scope.instancePrefix !== undefined) candidates = candidates.filter((c) => c.moduleInstance === scope.instancePrefix);
    if (key !== undefined) candidates = candidates.filter((c) => c.index !== undefined && formatIndex(c.index) === key);
    let instance: Instance | undefined = candidates.length === 1 ? candidates[0] : undefined;
    // `aws_s3_bucket.b[count.index]`: Terraform lists only `aws_s3_bucket.b`; the instance
    // with the referencing resource's own key is the usual meaning. Anything else is unknown.
    if (!instance && from.index !== undefined) instance = candidates.find((c) => c.index === from.index);
    if (!instance) return undefined;
    const attribute = parts.slice(i).map((p) => (p.name !== undefined ? p.name : p.index)).join('.').replace(/\.\[/g, '[');
    return { instance, attribute };
  }

  private configModule(modules: string[]): Body | undefined {
    let module: Body | undefined = this.rootConfig;
    for (const m of modules) module = isObject(module) ? asObject(asObject(asObject(module.module_calls)[m]).module) : undefined;
    return module;
  }

  private configResource(inst: Instance): Body | undefined {
    const module = this.configModule(inst.modules);
    if (!module) return undefined;
    let index = this.resourceIndex.get(module);
    if (!index) {
      index = new Map(asArray(module.resources).filter((r) => typeof r.address === 'string').map((r) => [r.address as string, r]));
      this.resourceIndex.set(module, index);
    }
    return index.get(`${inst.mode === 'data' ? 'data.' : ''}${inst.type}.${inst.name}`);
  }

  // ---------------------------------------------------------------- providers

  /** The provider key (`aws`, `aws.ovh`) for a resource, registering the provider block. */
  private providerKeyFor(configKey: string | undefined, inst: Instance): string {
    const implied = impliedProviderName(inst.type);
    if (configKey === undefined) return this.impliedProvider(implied, inst);
    if (isObject(this.providerConfig[configKey])) return this.registerProvider(configKey, inst.providerName);
    // Keys are opaque; `module.x:aws` names a provider inherited from the root when the module declares none.
    const stripped = configKey.slice(configKey.lastIndexOf(':') + 1);
    if (isObject(this.providerConfig[stripped])) return this.registerProvider(stripped, inst.providerName);
    return this.impliedProvider(stripped || implied, inst);
  }

  /** Add the provider block of a `provider_config` entry (once); returns its key (`aws.ovh`). */
  private registerProvider(pcKey: string, fallbackSource?: string): string {
    const existing = this.providers.get(pcKey);
    if (existing) return keyOf(existing.localName, existing.body.alias);
    const pc = asObject(this.providerConfig[pcKey]);
    const localName = typeof pc.name === 'string' ? pc.name : pcKey.replace(/^.*:/, '').split('.')[0];
    const moduleAddress = typeof pc.module_address === 'string' && pc.module_address.length > 0 ? pc.module_address : undefined;
    // A provider configured inside a module gets an alias that keeps the module path.
    const alias = moduleAddress
      ? sanitize(`${moduleAddress}${typeof pc.alias === 'string' ? `_${pc.alias}` : ''}`)
      : typeof pc.alias === 'string' ? pc.alias : undefined;
    const body = this.providerBody(asObject(pc.expressions), moduleNames(moduleAddress ? `${moduleAddress}.` : ''));
    if (alias) body.alias = alias;
    this.providers.set(pcKey, { localName, body });
    const source = typeof pc.full_name === 'string' ? pc.full_name : fallbackSource;
    if (source && !this.sources.has(localName)) this.sources.set(localName, source);
    return keyOf(localName, alias);
  }

  /** A provider with no configuration block in the plan (configured by environment variables). */
  private impliedProvider(key: string, inst: Instance): string {
    const localName = key.split('.')[0];
    if (inst.providerName && !this.sources.has(localName)) this.sources.set(localName, inst.providerName);
    return key;
  }

  private providerBody(expressions: Body, modules: string[]): Body {
    const out: Body = {};
    for (const [name, expr] of Object.entries(expressions)) {
      const value = Array.isArray(expr)
        ? expr.map((block) => this.providerBody(asObject(block), modules))
        : this.evaluate(asObject(expr), modules, 0);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }

  /** The value of a configuration expression: its constant, or a variable's value; else unknown. */
  private evaluate(expr: Body, modules: string[], depth: number): unknown {
    if ('constant_value' in expr) return expr.constant_value;
    const refs = asArray<string>(expr.references);
    const parts = refs.length === 1 ? parseTraversal(refs[0]) : undefined;
    if (depth < 20 && parts && parts.length === 2 && parts[0].name === 'var' && parts[1].name !== undefined) {
      if (modules.length === 0) {
        const variable = this.variables[parts[1].name];
        if (isObject(variable) && 'value' in variable) return variable.value;
      } else {
        const parent = modules.slice(0, -1);
        const call = asObject(asObject(this.configModule(parent)?.module_calls)[modules[modules.length - 1]]);
        const inner = asObject(call.expressions)[parts[1].name];
        if (isObject(inner)) return this.evaluate(inner, parent, depth + 1);
      }
    }
    return UNKNOWN_VALUE;
  }
}
