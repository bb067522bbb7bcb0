/**
 * The names a Terraform configuration defines, as values: `var.x` (the variable's value —
 * its default, or what tfvars / `--var` / `TF_VAR_x` assigned — converted to its declared type),
 * `local.x`, resources and data sources (`type.name`, `data.type.name`: the arguments written
 * in their configuration, with `count` and `for_each` instances; attributes the provider
 * computes are unknown). `path.*`, `terraform.workspace`, `module.*`, ephemeral resources and
 * `self` are unknown.
 *
 * Every value is computed once, on first use. The scope counts reads of resources and data
 * sources, so that a caller can tell a value built from variables and literals alone from
 * one that depends on another resource.
 * @internal
 */
import { ChildScope, EMPTY_SCOPE, Scope } from './evaluate';
import { evaluateJson, parseString, usesInstance } from './index';
import { convert, rawEquals } from './convert';
import { typeConstraint } from './types';
import { EvalError, Lazy, Mapping, object, Sequence, tuple, UNKNOWN, Value, whollyKnown } from './value';

type Body = { [key: string]: unknown };

/** A computed value, and whether computing it read a resource or data source. */
export interface Entry {
  readonly value: Value;
  readonly touched: boolean;
}

/**
 * Key of a `variable` block holding the value a `TF_VAR_<name>` environment variable gives it
 * (set by the loader). It outranks the default, but is not part of what is written.
 */
export const ENVIRONMENT_VALUE = '//environment value';

/** Instances evaluated one by one at most (more: a value that differs per instance stays unknown). */
const MAX_INSTANCES = 64;
/** Arguments of a resource block that are not attributes of the resource. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection', 'dynamic', '//']);

export class ConfigurationScope implements Scope {
  /** Reads of resources and data sources so far (compare before and after an evaluation). */
  public reads = 0;
  private readonly variableCache = new Map<string, Entry>();
  private readonly localCache = new Map<string, Entry>();
  private readonly evaluating = new Set<string>();
  private readonly rootCache = new Map<string, Entry>();
  private readonly resourceCache = new Map<string, Value>();
  private localsRaw?: Body;
  private readonly namespaces: { [name: string]: Lazy };

  constructor(
    private readonly raw: Body,
    private readonly declarations: ReadonlyMap<string, Body>,
  ) {
    this.namespaces = {
      var: { lazy: true, attribute: (name) => this.variable(name) },
      local: { lazy: true, attribute: (name) => this.local(name) },
      data: { lazy: true, attribute: (type) => this.typeNamespace('data', type) },
    };
  }

  public lookup(name: string): Value | undefined {
    switch (name) {
      case 'var': case 'local': return this.namespaces[name];
      case 'data':
        this.reads++;
        return this.namespaces.data;
      case 'module': case 'ephemeral':
        this.reads++;
        return UNKNOWN;
      case 'path': case 'terraform': case 'self': case 'each': case 'count':
        return UNKNOWN;
      default:
        this.reads++;
        return this.typeNamespace('managed', name);
    }
  }

  /** The value of a JSON value written at the top level (a provider argument, a backend setting). */
  public root(json: unknown): Entry {
    if (typeof json === 'string') {
      const cached = this.rootCache.get(json);
      if (cached) {
        if (cached.touched) this.reads++;
        return cached;
      }
      const entry = this.measure(() => evaluateJson(json, this));
      if (this.rootCache.size > 50000) this.rootCache.clear();
      this.rootCache.set(json, entry);
      return entry;
    }
    return this.measure(() => evaluateJson(json, this));
  }

  /**
   * The value of a JSON value in a resource body, for every instance of the resource: known
   * when all instances agree (`count.index` / `each.*` used), unknown otherwise.
   */
  public inResource(body: Body, json: unknown): Entry {
    if (typeof json === 'string') {
      let node;
      try {
        node = parseString(json);
      } catch {
        return { value: UNKNOWN, touched: false };
      }
      if (node === undefined || !usesInstance(node)) return this.root(json);
    } else if (body.count === undefined && body.for_each === undefined) {
      return this.root(json);
    }
    const instances = this.instances(body);
    if (instances === undefined) return this.measure(() => evaluateJson(json, new ChildScope(this, unknownInstance())));
    return this.measure(() => {
      let first: Value | undefined;
      for (const bindings of instances) {
        const v = evaluateJson(json, new ChildScope(this, bindings));
        if (!whollyKnown(v)) return UNKNOWN;
        if (first === undefined) first = v;
        else if (!rawEquals(first, v)) return UNKNOWN;
      }
      return first ?? UNKNOWN;
    });
  }

  /**
   * The distinct values of a string in a resource body across the resource's instances, when
   * each is known and they differ (`location = each.value.location` over a map of servers);
   * undefined when any is unknown, the instances are not known, or there is only one value.
   */
  public perInstance(body: Body, json: string): Value[] | undefined {
    const instances = this.instances(body);
    if (instances === undefined || instances.length < 2) return undefined;
    const out: Value[] = [];
    for (const bindings of instances) {
      const v = evaluateJson(json, new ChildScope(this, bindings));
      if (!whollyKnown(v)) return undefined;
      if (!out.some((o) => rawEquals(o, v))) out.push(v);
    }
    return out.length > 1 ? out : undefined;
  }

  /**
   * A string's value for every instance, keyed by the instance's address suffix (`[0]`,
   * `["worker-sin"]`), when each is known and they are not all equal; undefined otherwise.
   */
  public valuesByInstance(body: Body, json: string): Array<[string, Value]> | undefined {
    const instances = this.instances(body);
    if (instances === undefined || instances.length < 2) return undefined;
    const out: Array<[string, Value]> = [];
    let differ = false;
    for (const bindings of instances) {
      const v = evaluateJson(json, new ChildScope(this, bindings));
      if (!whollyKnown(v)) return undefined;
      if (out.length > 0 && !rawEquals(out[0][1], v)) differ = true;
      out.push([instanceKey(bindings), v]);
    }
    return differ ? out : undefined;
  }

  /** The bindings of `count.index` / `each.*` for every instance; undefined when not known (or too many). */
  public instances(body: Body): Array<Map<string, Value>> | undefined {
    if (body.count !== undefined && body.count !== null) {
      const n = this.root(body.count).value;
      const count = typeof n === 'string' ? Number(n) : n;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_INSTANCES) return undefined;
      return Array.from({ length: count }, (_, i) => new Map<string, Value>([['count', object([['index', i]])], ['each', UNKNOWN], ['self', UNKNOWN]]));
    }
    if (body.for_each !== undefined && body.for_each !== null) {
      const pairs = forEachPairs(this.root(body.for_each).value);
      if (pairs === undefined || pairs.length > MAX_INSTANCES) return undefined;
      return pairs.map(([k, v]) => new Map<string, Value>([['each', object([['key', k], ['value', v]])], ['count', UNKNOWN], ['self', UNKNOWN]]));
    }
    return [new Map<string, Value>([['each', UNKNOWN], ['count', UNKNOWN], ['self', UNKNOWN]])];
  }

  private measure(f: () => Value): Entry {
    const before = this.reads;
    const value = f();
    return { value, touched: this.reads !== before };
  }

  /** A variable's default or a local as written (JSON, expressions unevaluated). */
  public written(kind: 'var' | 'local', name: string): unknown {
    if (kind === 'var') {
      const decl = this.declarations.get(name);
      return decl === undefined ? undefined : ENVIRONMENT_VALUE in decl ? decl[ENVIRONMENT_VALUE] : decl.default;
    }
    this.localsRaw ??= asObject(this.raw.locals);
    return this.localsRaw[name];
  }

  // ------------------------------------------------------------ variables and locals

  private variable(name: string): Value {
    const cached = this.variableCache.get(name);
    if (cached) return cached.value;
    const value = this.computeVariable(name);
    this.variableCache.set(name, { value, touched: false });
    return value;
  }

  private computeVariable(name: string): Value {
    const decl = this.declarations.get(name);
    if (!decl) return UNKNOWN;
    const given = ENVIRONMENT_VALUE in decl ? decl[ENVIRONMENT_VALUE] : 'default' in decl ? decl.default : undefined;
    if (given === undefined) return UNKNOWN;
    // A value is a literal: evaluated without any names (only `$${` escapes mean anything).
    const value = evaluateJson(given, EMPTY_SCOPE);
    const type = typeConstraint(decl.type);
    if (type === undefined) return value;
    try {
      return convert(value, type);
    } catch (e) {
      if (e instanceof EvalError) return UNKNOWN;
      throw e;
    }
  }

  private local(name: string): Value {
    const cached = this.localCache.get(name);
    if (cached) {
      if (cached.touched) this.reads++;
      return cached.value;
    }
    this.localsRaw ??= asObject(this.raw.locals);
    if (!(name in this.localsRaw)) return UNKNOWN;
    const key = `local.${name}`;
    if (this.evaluating.has(key)) return UNKNOWN;
    this.evaluating.add(key);
    try {
      const entry = this.measure(() => evaluateJson(this.localsRaw![name], this));
      this.localCache.set(name, entry);
      if (entry.touched) this.reads++;
      return entry.value;
    } finally {
      this.evaluating.delete(key);
    }
  }

  // ------------------------------------------------------------ resources

  private typeNamespace(mode: 'managed' | 'data', type: string): Lazy {
    return { lazy: true, attribute: (name) => this.resource(mode, type, name), whole: () => UNKNOWN };
  }

  private resource(mode: 'managed' | 'data', type: string, name: string): Value {
    const key = `${mode} ${type} ${name}`;
    const cached = this.resourceCache.get(key);
    if (cached !== undefined) return cached;
    // `count = length(aws_x.y)` inside aws_x.y itself: a cycle, which Terraform refuses.
    if (this.evaluating.has(key)) return UNKNOWN;
    this.evaluating.add(key);
    try {
      const value = this.computeResource(mode, type, name, key);
      this.resourceCache.set(key, value);
      return value;
    } finally {
      this.evaluating.delete(key);
    }
  }

  private computeResource(mode: 'managed' | 'data', type: string, name: string, key: string): Value {
    const decl = firstBlock(asObject(asObject(mode === 'data' ? this.raw.data : this.raw.resource)[type])[name]);
    let value: Value;
    if (!decl) {
      value = UNKNOWN;
    } else if (decl.count !== undefined && decl.count !== null) {
      const instances = this.instances(decl);
      value = instances === undefined ? UNKNOWN : tuple(instances.map((b, i) => this.instance(decl, b, `${key}[${i}]`)));
    } else if (decl.for_each !== undefined && decl.for_each !== null) {
      const pairs = forEachPairs(this.root(decl.for_each).value);
      value = pairs === undefined
        ? UNKNOWN
        : object(pairs.map(([k, v]) => [k, this.instance(decl, new Map<string, Value>([['each', object([['key', k], ['value', v]])], ['count', UNKNOWN], ['self', UNKNOWN]]), `${key}[${k}]`)]));
    } else {
      value = this.instance(decl, new Map<string, Value>([['each', UNKNOWN], ['count', UNKNOWN], ['self', UNKNOWN]]), key);
    }
    return value;
  }

  /** One instance: its written arguments, evaluated on first read; everything else unknown. */
  private instance(body: Body, bindings: Map<string, Value>, key: string): Lazy {
    const values = new Map<string, Value>();
    return {
      lazy: true,
      whole: () => UNKNOWN,
      attribute: (name) => {
        const cached = values.get(name);
        if (cached !== undefined) return cached;
        if (META_ARGUMENTS.has(name) || !(name in body)) return UNKNOWN;
        const guard = `${key}.${name}`;
        if (this.evaluating.has(guard)) return UNKNOWN;
        this.evaluating.add(guard);
        try {
          const v = evaluateJson(body[name], new ChildScope(this, bindings), true);
          values.set(name, v);
          return v;
        } finally {
          this.evaluating.delete(guard);
        }
      },
    };
  }
}

/** `each.key` / `each.value` pairs of a `for_each` value: a map or object, or a set of strings. */
function forEachPairs(v: Value): Array<[string, Value]> | undefined {
  if (v instanceof Mapping) {
    return [...v.entries].map(([k, e]) => [k, e]);
  }
  if (v instanceof Sequence && v.kind === 'set') {
    if (!v.items.every((i) => typeof i === 'string')) return undefined;
    return v.items.map((i) => [i as string, i]);
  }
  if (v instanceof Sequence && v.kind === 'tuple' && v.items.every((i) => typeof i === 'string')) {
    // `for_each = ["a", "b"]` is an error in Terraform (a tuple, not a set): not known.
    return undefined;
  }
  return undefined;
}

/** The address suffix of an instance: `[0]` for `count`, `["key"]` for `for_each`. */
function instanceKey(bindings: Map<string, Value>): string {
  const each = bindings.get('each');
  if (each instanceof Mapping) return `[${JSON.stringify(each.entries.get('key'))}]`;
  const count = bindings.get('count');
  return count instanceof Mapping ? `[${String(count.entries.get('index'))}]` : '';
}

function unknownInstance(): Map<string, Value> {
  return new Map<string, Value>([['each', UNKNOWN], ['count', UNKNOWN], ['self', UNKNOWN]]);
}

function asObject(value: unknown): Body {
  if (Array.isArray(value)) {
    const merged: Body = {};
    for (const v of value) Object.assign(merged, asObject(v));
    return merged;
  }
  return value && typeof value === 'object' ? (value as Body) : {};
}

function firstBlock(value: unknown): Body | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' && !Array.isArray(first) ? (first as Body) : undefined;
}

