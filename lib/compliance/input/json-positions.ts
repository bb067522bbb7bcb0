/**
 * Positions in Terraform JSON (`*.tf.json`, cdktf's `cdk.tf.json`) and in plan JSON
 * (`terraform show -json`), for ./positions.ts.
 *
 * The text is not parsed again as a whole: a scanner reads one object or array at a time,
 * skipping nested values, so finding a resource reads its section once and an argument
 * reads only its resource. `JSON.parse` has already rejected invalid text.
 */
import { BlockKey, blockKey, FilePositions, LineIndex, pathSegments, SourcePoint } from './positions';

interface Member {
  readonly key: string;
  /** Offset of the key's opening quote. */
  readonly keyAt: number;
  /** Offset of the value's first character. */
  readonly valueAt: number;
}

const QUOTE = 34;
const BACKSLASH = 92;

/** One JSON text, read lazily one container at a time. */
class JsonText {
  private readonly objects = new Map<number, Member[]>();
  private readonly keyed = new Map<number, Map<string, Member>>();
  private readonly arrays = new Map<number, number[]>();
  private readonly lines: LineIndex;

  constructor(public readonly text: string) {
    this.lines = new LineIndex(text);
  }

  public position(offset: number): SourcePoint {
    return this.lines.at(offset);
  }

  /** Offset of the root value. */
  public root(): number {
    return this.skipSpace(this.text.charCodeAt(0) === 0xfeff ? 1 : 0);
  }

  /** The members of the object at `at`, or undefined when the value there is not an object. */
  public members(at: number): Member[] | undefined {
    if (this.text.charCodeAt(at) !== 123) return undefined;
    let list = this.objects.get(at);
    if (list) return list;
    list = [];
    let i = this.skipSpace(at + 1);
    while (i < this.text.length && this.text.charCodeAt(i) === QUOTE) {
      const keyEnd = this.skipString(i);
      const raw = this.text.slice(i + 1, keyEnd - 1);
      const key = raw.includes('\\') ? (JSON.parse(this.text.slice(i, keyEnd)) as string) : raw;
      const colon = this.skipSpace(keyEnd);
      const valueAt = this.skipSpace(colon + 1);
      list.push({ key, keyAt: i, valueAt });
      i = this.skipSpace(this.skipValue(valueAt));
      if (this.text.charCodeAt(i) === 44) i = this.skipSpace(i + 1);
    }
    this.objects.set(at, list);
    return list;
  }

  /** The first member `key` of the object at `at`. */
  public member(at: number, key: string): Member | undefined {
    let byKey = this.keyed.get(at);
    if (!byKey) {
      const list = this.members(at);
      if (!list) return undefined;
      byKey = new Map();
      for (const m of list) if (!byKey.has(m.key)) byKey.set(m.key, m);
      this.keyed.set(at, byKey);
    }
    return byKey.get(key);
  }

  /** Offsets of the elements of the array at `at`, or undefined when the value there is not an array. */
  public elements(at: number): number[] | undefined {
    if (this.text.charCodeAt(at) !== 91) return undefined;
    let list = this.arrays.get(at);
    if (list) return list;
    list = [];
    let i = this.skipSpace(at + 1);
    while (i < this.text.length && this.text.charCodeAt(i) !== 93) {
      list.push(i);
      i = this.skipSpace(this.skipValue(i));
      if (this.text.charCodeAt(i) === 44) i = this.skipSpace(i + 1);
      else break;
    }
    this.arrays.set(at, list);
    return list;
  }

  /** The string value at `at`, or undefined when it is not a string. */
  public string(at: number): string | undefined {
    if (this.text.charCodeAt(at) !== QUOTE) return undefined;
    const end = this.skipString(at);
    const raw = this.text.slice(at + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(at, end)) as string) : raw;
  }

  /**
   * The objects a section may be written as: the object itself, or (Terraform's JSON syntax
   * allows it wherever labelled blocks go) each object of an array.
   */
  public objectsAt(at: number | undefined): number[] {
    if (at === undefined) return [];
    if (this.text.charCodeAt(at) === 123) return [at];
    return (this.elements(at) ?? []).filter((e) => this.text.charCodeAt(e) === 123);
  }

  private skipSpace(i: number): number {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return i;
    }
  }

  /** Offset after the string starting at `i` (its opening quote). */
  private skipString(i: number): number {
    const t = this.text;
    let from = i + 1;
    for (;;) {
      const q = t.indexOf('"', from);
      if (q === -1) return t.length;
      let backslashes = 0;
      for (let b = q - 1; t.charCodeAt(b) === BACKSLASH; b--) backslashes++;
      if (backslashes % 2 === 0) return q + 1;
      from = q + 1;
    }
  }

  /** Offset after the value starting at `i`. */
  private skipValue(i: number): number {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === QUOTE) return this.skipString(i);
    if (c !== 123 && c !== 91) {
      let j = i;
      for (;;) {
        const d = t.charCodeAt(j);
        if (Number.isNaN(d) || d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) return j;
        j++;
      }
    }
    let depth = 0;
    for (let j = i; j < t.length; j++) {
      const d = t.charCodeAt(j);
      if (d === QUOTE) {
        j = this.skipString(j) - 1;
      } else if (d === 123 || d === 91) {
        depth++;
      } else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return t.length;
  }
}

/** Where a block is: the position to report, and the offset of its body. */
interface Block {
  readonly at: number;
  readonly body: number;
}

/**
 * Walk `path` from the body at `body`; the offset of the deepest key or element written.
 * Nested blocks written as a one-element list are entered as the engine reads them.
 */
function walk(doc: JsonText, body: number, path: string): number | undefined {
  let cur = body;
  let found: number | undefined;
  for (const seg of pathSegments(path)) {
    if (seg.name !== undefined) {
      const obj = doc.elements(cur)?.[0] ?? cur;
      const m = doc.member(obj, seg.name);
      if (!m) break;
      found = m.keyAt;
      cur = m.valueAt;
    } else {
      const list = doc.elements(cur);
      if (list) {
        const el = list[seg.index!];
        if (el === undefined) break;
        found = el;
        cur = el;
      } else if (seg.index !== 0) {
        break;
      }
    }
  }
  return found;
}

/** Positions in a Terraform JSON configuration (`*.tf.json`, `cdk.tf.json`): the line of each block's key. @internal */
export function jsonPositions(text: string): FilePositions {
  const doc = new JsonText(text);
  const cache = new Map<string, Block | null>();
  const find = (address: string): Block | undefined => {
    let b = cache.get(address);
    if (b === undefined) {
      const key = blockKey(address);
      b = (key && findBlock(doc, key)) ?? null;
      cache.set(address, b);
    }
    return b ?? undefined;
  };
  return {
    block: (address) => {
      const b = find(address);
      return b ? doc.position(b.at) : undefined;
    },
    attribute: (address, path) => {
      const b = find(address);
      const at = b ? walk(doc, b.body, path) : undefined;
      return at === undefined ? undefined : doc.position(at);
    },
  };
}

function findBlock(doc: JsonText, key: BlockKey): Block | undefined {
  const root = doc.root();
  const sections = (name: string, from = [root]) => from.flatMap((o) => doc.objectsAt(doc.member(o, name)?.valueAt));
  switch (key.section) {
    case 'resource':
    case 'data':
    case 'ephemeral': {
      for (const section of sections(key.section)) {
        for (const byType of doc.objectsAt(doc.member(section, key.labels[0])?.valueAt)) {
          const m = doc.member(byType, key.labels[1]);
          if (m) return { at: m.keyAt, body: doc.elements(m.valueAt)?.[0] ?? m.valueAt };
        }
      }
      return undefined;
    }
    case 'provider': {
      for (const section of sections('provider')) {
        const m = doc.member(section, key.labels[0]);
        if (!m) continue;
        const list = doc.elements(m.valueAt);
        for (const body of list ?? [m.valueAt]) {
          const alias = doc.member(body, 'alias');
          const value = alias ? doc.string(alias.valueAt) : undefined;
          if (value === key.alias) return { at: list ? body : m.keyAt, body };
        }
      }
      return undefined;
    }
    case 'backend':
    case 'required_providers': {
      for (const block of sections(key.section, sections('terraform'))) {
        const m = doc.member(block, key.labels[0]);
        if (m) return { at: m.keyAt, body: doc.elements(m.valueAt)?.[0] ?? m.valueAt };
      }
      return undefined;
    }
    case 'module': {
      for (const section of sections('module')) {
        const m = doc.member(section, key.labels[0]);
        if (m) return { at: m.keyAt, body: doc.elements(m.valueAt)?.[0] ?? m.valueAt };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Positions in plan or state JSON. Terraform records no source positions there, so a
 * resource sits at its entry in `planned_values` (or the state's `values`, or
 * `resource_changes`), on the line of its `"address"`, and an argument at its key in that
 * entry's `values`; a provider sits at its `configuration.provider_config` entry. Addresses
 * are full instance addresses (`module.m.aws_s3_bucket.b[0]`).
 * @internal
 */
export function planPositions(text: string): FilePositions {
  const doc = new JsonText(text);
  let index: Map<string, Block> | undefined;
  const find = (address: string): Block | undefined => {
    if (address.startsWith('provider.')) {
      const config = doc.member(doc.root(), 'configuration');
      const pc = config ? doc.member(config.valueAt, 'provider_config') : undefined;
      const m = pc ? doc.member(pc.valueAt, address.slice('provider.'.length)) : undefined;
      return m ? { at: m.keyAt, body: m.valueAt } : undefined;
    }
    return (index ??= planIndex(doc)).get(address);
  };
  return {
    block: (address) => {
      const b = find(address);
      return b ? doc.position(b.at) : undefined;
    },
    attribute: (address, path) => {
      const b = find(address);
      if (!b || address.startsWith('provider.')) return undefined;
      const at = walk(doc, b.body, path);
      return at === undefined ? undefined : doc.position(at);
    },
  };
}

function planIndex(doc: JsonText): Map<string, Block> {
  const out = new Map<string, Block>();
  const root = doc.root();
  const add = (resource: number, valuesKey: string) => {
    const address = doc.member(resource, 'address');
    const name = address ? doc.string(address.valueAt) : undefined;
    if (name === undefined || out.has(name)) return;
    let values = doc.member(resource, valuesKey)?.valueAt;
    if (valuesKey === 'change' && values !== undefined) values = doc.member(values, 'after')?.valueAt;
    out.set(name, { at: address!.keyAt, body: values ?? resource });
  };
  const visit = (module: number | undefined) => {
    if (module === undefined) return;
    for (const r of doc.elements(doc.member(module, 'resources')?.valueAt ?? -1) ?? []) add(r, 'values');
    for (const child of doc.elements(doc.member(module, 'child_modules')?.valueAt ?? -1) ?? []) visit(child);
  };
  const rootModule = (at: number | undefined) => (at === undefined ? undefined : doc.member(at, 'root_module')?.valueAt);
  visit(rootModule(doc.member(root, 'planned_values')?.valueAt));
  visit(rootModule(doc.member(root, 'values')?.valueAt));
  for (const rc of doc.elements(doc.member(root, 'resource_changes')?.valueAt ?? -1) ?? []) add(rc, 'change');
  const prior = doc.member(root, 'prior_state')?.valueAt;
  visit(rootModule(prior === undefined ? undefined : doc.member(prior, 'values')?.valueAt));
  return out;
}
