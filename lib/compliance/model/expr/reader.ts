/**
 * What a rule reads from a resource body: the arguments as Terraform knows them at plan time.
 * An expression built only from variables, locals, literals and pure functions reads as its
 * value (`location = lookup(var.zones, var.region)` reads as "fsn1"; `var.x` that is null
 * reads as null, i.e. not set). Anything else keeps the expression as written: values that
 * are unknown before apply, and values that come from another resource or data source, whose
 * `${type.name.attr}` text is how rules follow the link (`literal()` still resolves those).
 *
 * Lazy and cheap: a string without `{` is returned as it is, a whole-string reference to a
 * resource is recognised without evaluating it, and a record reads its body once (on the first
 * read), copying only what changes.
 * @internal
 */
import { getPath } from '../expressions';
import { evaluateJson, parseString, walk } from './index';
import { ChildScope } from './evaluate';
import { ConfigurationScope } from './scope';
import { object, toJs, Value, whollyKnown } from './value';

type Body = { [key: string]: unknown };

/** A resource body being read (the record of a resource, or nothing for a provider block). */
export interface Readable {
  readonly body: Body;
}

export class AttributeReader {
  constructor(public readonly scope: ConfigurationScope) {}

  /** A value read from `owner`'s body (or from a provider block when `owner` is undefined). */
  public read(owner: Readable | undefined, raw: unknown): unknown {
    if (raw === null || raw === undefined) return raw;
    if (typeof raw === 'string') return this.readString(owner, raw);
    if (typeof raw !== 'object') return raw;
    return this.readDeep(owner, raw);
  }

  /** A string's value when known from variables, locals and functions alone; else the string as written. */
  public readString(owner: Readable | undefined, raw: string): unknown {
    if (raw.indexOf('{') === -1) return raw;
    if (isResourceReference(raw)) return raw;
    const entry = owner === undefined ? this.scope.root(raw) : this.scope.inResource(owner.body, raw);
    if (entry.touched || !whollyKnown(entry.value)) return raw;
    return toJs(entry.value);
  }

  /**
   * The values of one argument across a resource's instances, when they differ and each is
   * known: what each instance of `location = each.value.location` is located at. Undefined
   * otherwise (then `read` tells the value, or that it is not known).
   */
  public perInstance(owner: Readable, raw: string): unknown[] | undefined {
    const values = this.scope.perInstance(owner.body, raw);
    return values?.map((v) => toJs(v));
  }

  /** One argument's value per instance (`[address suffix, value]`), when they differ and each is known. */
  public valuesByInstance(owner: Readable, raw: string): Array<[string, unknown]> | undefined {
    return this.scope.valuesByInstance(owner.body, raw)?.map(([k, v]) => [k, toJs(v)]);
  }

  private readDeep(owner: Readable | undefined, raw: object): unknown {
    if (Array.isArray(raw)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < raw.length; i++) {
        const v = raw[i];
        const r = v !== null && (typeof v === 'object' || typeof v === 'string') ? this.read(owner, v) : v;
        if (r !== v) (out ??= [...raw])[i] = r;
      }
      return out ?? raw;
    }
    let out: Body | undefined;
    const body = raw as Body;
    for (const key in body) {
      if (key === '//') continue;
      const v = body[key];
      const r = v !== null && (typeof v === 'object' || typeof v === 'string') ? this.read(owner, v) : v;
      if (r !== v) (out ??= { ...body })[key] = r;
    }
    return out ?? raw;
  }

  /**
   * The values of a `dynamic` block's content for one element: every string that reads the
   * iterator is evaluated with `<iterator>.key` and `<iterator>.value` bound; known results
   * replace it (as Terraform JSON text), the rest stays as written.
   */
  public substitute(content: unknown, iterator: string, key: Value, element: Value, raw?: unknown): unknown {
    if (typeof content === 'string') return this.substituteString(content, iterator, key, element, raw);
    if (Array.isArray(content)) {
      let out: unknown[] | undefined;
      content.forEach((v, i) => {
        const r = this.substitute(v, iterator, key, element, raw);
        if (r !== v) (out ??= [...content])[i] = r;
      });
      return out ?? content;
    }
    if (content !== null && typeof content === 'object') {
      let out: Body | undefined;
      for (const [k, v] of Object.entries(content as Body)) {
        // A nested dynamic block with the same iterator name would shadow it: leave it to its own expansion.
        const r = this.substitute(v, iterator, key, element, raw);
        if (r !== v) (out ??= { ...(content as Body) })[k] = r;
      }
      return out ?? content;
    }
    return content;
  }

  private substituteString(text: string, iterator: string, key: Value, element: Value, raw: unknown): unknown {
    if (text.indexOf('{') === -1 || !text.includes(iterator)) return text;
    let node;
    try {
      node = parseString(text);
    } catch {
      return text;
    }
    if (node === undefined) return text;
    let reads = false;
    walk(node, (n) => {
      if (n.t === 'variable' && n.name === iterator) reads = true;
    });
    if (!reads) return text;
    const before = this.scope.reads;
    const v = evaluateJson(text, new ChildScope(this.scope, new Map([[iterator, object([['key', key], ['value', element]])]])));
    if (this.scope.reads === before && whollyKnown(v)) return asTemplateJson(toJs(v));
    // `${it.value.target}` over a collection written as JSON whose element is itself an
    // expression (a reference to a resource, say): the element's text, as Terraform would see it.
    const path = wholeIteratorPath(text, iterator);
    if (path !== undefined && raw !== undefined) {
      const written = getPath(raw, path);
      if (written !== undefined) return written;
    }
    return text;
  }
}

/** A known value written back into Terraform JSON, where strings are templates: `${` escaped. */
export function asTemplateJson(v: unknown): unknown {
  if (typeof v === 'string') return v.indexOf('{') === -1 ? v : v.replace(/([$%])\{/g, '$1$1{');
  if (Array.isArray(v)) return v.map(asTemplateJson);
  if (v !== null && typeof v === 'object') {
    const out: Body = {};
    for (const [k, e] of Object.entries(v as Body)) out[k] = asTemplateJson(e);
    return out;
  }
  return v;
}

/** `a.b` for the whole-string `${<iterator>.value.a.b}` (or `["a"]` steps); undefined for anything else. */
function wholeIteratorPath(text: string, iterator: string): string | undefined {
  const m = /^\$\{\s*([A-Za-z_][\w-]*)\.value((?:\.[A-Za-z_][\w-]*|\[\s*(?:"[^"]*"|\d+)\s*\])*)\s*\}$/.exec(text);
  if (!m || m[1] !== iterator) return undefined;
  return m[2].replace(/\[\s*"([^"]*)"\s*\]/g, '.$1').replace(/\[\s*(\d+)\s*\]/g, '[$1]').replace(/^\./, '');
}

/** `${type.name…}` / `${data.type.name…}` as the whole string: a reference to a resource, for sure. */
function isResourceReference(raw: string): boolean {
  const end = raw.length - 1;
  if (end < 5 || raw.charCodeAt(0) !== 36 || raw.charCodeAt(1) !== 123 || raw.charCodeAt(end) !== 125) return false;
  let i = 2;
  let dots = 0;
  const start = i;
  for (; i < end; i++) {
    const c = raw.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
    if (c === 46) dots++;
    else if (!word && c !== 91 && c !== 93 && c !== 42) return false;
  }
  if (dots < 1) return false;
  const first = raw.charCodeAt(start);
  if (first >= 48 && first <= 57) return false;
  // var, local, each, count, path, terraform, self, module: not resources (module outputs are inlined).
  // Compared in place: no substring per read (every resource reference of every body comes here).
  for (let k = 0; k < NOT_RESOURCE_PREFIXES.length; k++) if (raw.startsWith(NOT_RESOURCE_PREFIXES[k], start)) return false;
  return true;
}

const NOT_RESOURCE_PREFIXES = ['var', 'local', 'each', 'count', 'path', 'terraform', 'self', 'module'].map((head) => `${head}.`);

