/**
 * Terraform expressions inside JSON configuration: helpers that detect `${...}` interpolations,
 * find the resource addresses they refer to (from the parsed expression, ./expr), and read
 * values at attribute paths. Evaluation itself is in ./expr.
 */
import { Node, TemplatePart } from './expr/ast';
import { parseString } from './expr';
import { unknownString } from './expr/value';

/** Whether a value is (or contains) an unresolved Terraform expression. */
export function isUnresolved(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('${');
  if (Array.isArray(value)) return value.some(isUnresolved);
  if (value && typeof value === 'object') return Object.values(value).some(isUnresolved);
  return false;
}

/**
 * Whether a string as written, whose `${…}` / `%{…}` parts may be unknown before apply, can turn
 * out to be `literal`: a plain string only when it is `literal`; a template only when its known
 * beginning (the text before the first interpolation, refined as Terraform refines a template's
 * prefix: ./expr/value.ts unknownString) is a beginning of `literal`. So
 * `"arn:aws:iam::${var.account}:root"` can never be `"*"`, while `"${var.principal}"` can.
 */
export function mayEqual(value: string, literal: string): boolean {
  const at = firstInterpolation(value);
  if (at < 0) return value === literal;
  const known = unknownString(value.slice(0, at)).prefix ?? '';
  return literal.normalize('NFC').startsWith(known);
}

function firstInterpolation(value: string): number {
  const a = value.indexOf('${');
  const b = value.indexOf('%{');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** Whether a value is a plain literal: a string without interpolation, a number or a boolean. */
export function isLiteral(value: unknown): value is string | number | boolean {
  return (typeof value === 'string' && !value.includes('${')) || typeof value === 'number' || typeof value === 'boolean';
}

/** A reference found in an expression. */
export interface Reference {
  /** `type.name`, `data.type.name` or `ephemeral.type.name`, or `var.name` / `local.name`. */
  readonly address: string;
  /** The attribute path after the address, e.g. `metadata[0].name` (empty when none). */
  readonly attribute: string;
  /** Whether the expression is exactly this one reference (`${aws_s3_bucket.b.id}`). */
  readonly whole: boolean;
}

const INTERPOLATION = /\$\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g;
// identifier.identifier[.identifier] followed by an optional attribute path
const TRAVERSAL = /(?<![\w.-])((?:data\.|ephemeral\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)((?:\[[^\]]*\]|\.[A-Za-z_*][\w-]*)*)/g;
const NOT_RESOURCES = new Set(['each', 'count', 'path', 'terraform', 'self', 'module']);
const REFERENCE_CACHE = new Map<string, Reference[]>();

/**
 * Every reference in the interpolations and directives of a string: resource and data-source
 * addresses, `var.x`, `local.x`, read from the parsed expression (so that `for` variables,
 * function names, keywords and quoted text are not mistaken for references).
 */
export function referencesIn(value: string): Reference[] {
  if (!value.includes('${') && !value.includes('%{')) return [];
  const cached = REFERENCE_CACHE.get(value);
  if (cached) return cached;
  let refs: Reference[];
  try {
    const node = parseString(value);
    refs = node === undefined ? [] : referencesOf(node);
  } catch {
    // Text the parser does not accept (Terraform would not either), or nested beyond the
    // stack: scan it for references.
    refs = scanReferences(value);
  }
  if (REFERENCE_CACHE.size > 20000) REFERENCE_CACHE.clear();
  REFERENCE_CACHE.set(value, refs);
  return refs;
}

/** The references of a parsed template or expression. */
export function referencesOf(root: Node): Reference[] {
  const out: Reference[] = [];
  const whole = root.t === 'template' && root.unwrap ? (root.parts[0] as { expr: Node }).expr : undefined;
  const visit = (node: Node, bound: ReadonlySet<string>): void => {
    const chain = traversal(node);
    if (chain !== undefined) {
      const ref = chain.root === undefined || bound.has(chain.root) ? undefined : asReference(chain.root, chain.steps, node === whole);
      if (ref) out.push(ref);
      for (const key of chain.keys) visit(key, bound);
      return;
    }
    switch (node.t) {
      case 'for': {
        visit(node.collection, bound);
        const inner = new Set(bound);
        if (node.keyVar) inner.add(node.keyVar);
        inner.add(node.valueVar);
        for (const n of [node.keyExpr, node.valueExpr, node.condition]) if (n) visit(n, inner);
        return;
      }
      case 'template':
        for (const p of node.parts) visitPart(p, bound);
        return;
      default:
        forEachChild(node, (child) => visit(child, bound));
    }
  };
  const visitPart = (part: TemplatePart, bound: ReadonlySet<string>): void => {
    switch (part.t) {
      case 'interpolation': visit(part.expr, bound); break;
      case 'if':
        visit(part.condition, bound);
        for (const p of [...part.then, ...part.else]) visitPart(p, bound);
        break;
      case 'for': {
        visit(part.collection, bound);
        const inner = new Set(bound);
        if (part.key) inner.add(part.key);
        inner.add(part.value);
        for (const p of part.body) visitPart(p, inner);
        break;
      }
    }
  };
  visit(root, new Set());
  return out;
}

type Step = { readonly name: string } | { readonly index: string } | { readonly splat: true };

/** A traversal `root.a[0].b[*].c`: its root name, its steps, and the index expressions inside it. */
function traversal(node: Node): { root?: string; steps: Step[]; keys: Node[] } | undefined {
  if (node.t !== 'attribute' && node.t !== 'index' && node.t !== 'splat' && node.t !== 'variable') return undefined;
  const steps: Step[] = [];
  const keys: Node[] = [];
  let current: Node = node;
  const tail: Step[][] = [];
  for (;;) {
    if (current.t === 'attribute') {
      steps.unshift({ name: current.name });
      current = current.target;
    } else if (current.t === 'index') {
      const key = current.key;
      if (key.t === 'literal' && (typeof key.value === 'number' || typeof key.value === 'string')) steps.unshift({ index: JSON.stringify(key.value) });
      else {
        steps.unshift({ index: '…' });
        keys.push(key);
      }
      current = current.target;
    } else if (current.t === 'splat') {
      const each = traversal(current.each);
      if (each === undefined || each.root !== undefined) return undefined;
      keys.push(...each.keys);
      tail.unshift([{ splat: true }, ...each.steps, ...steps.splice(0)]);
      current = current.target;
    } else if (current.t === 'variable') {
      return { root: current.name, steps: [...steps, ...tail.flat()], keys };
    } else if (current.t === 'splat-element') {
      return { steps: [...steps, ...tail.flat()], keys };
    } else {
      return undefined;
    }
  }
}

function asReference(root: string, steps: readonly Step[], whole: boolean): Reference | undefined {
  if (NOT_RESOURCES.has(root)) return undefined;
  const segments = root === 'data' || root === 'ephemeral' ? 2 : 1;
  const names: string[] = [root];
  for (let i = 0; i < segments; i++) {
    const step = steps[i];
    if (step === undefined || !('name' in step)) return undefined;
    names.push(step.name);
  }
  const rest = steps.slice(segments).map((s) => ('name' in s ? `.${s.name}` : 'splat' in s ? '[*]' : `[${s.index}]`)).join('');
  return { address: names.join('.'), attribute: stripDot(rest), whole };
}

function forEachChild(node: Node, f: (n: Node) => void): void {
  switch (node.t) {
    case 'paren': f(node.expr); break;
    case 'attribute': f(node.target); break;
    case 'index': f(node.target); f(node.key); break;
    case 'splat': f(node.target); f(node.each); break;
    case 'call': node.args.forEach(f); break;
    case 'tuple': node.items.forEach(f); break;
    case 'object': for (const i of node.items) { f(i.key); f(i.value); } break;
    case 'conditional': f(node.condition); f(node.then); f(node.else); break;
    case 'binary': f(node.left); f(node.right); break;
    case 'unary': f(node.operand); break;
  }
}

/** The references of text the parser refused, found by pattern (the engine's former scanner). */
function scanReferences(value: string): Reference[] {
  const out: Reference[] = [];
  const trimmed = value.trim();
  for (const interpolation of value.matchAll(INTERPOLATION)) {
    const body = interpolation[1];
    const whole = interpolation[0].length === trimmed.length;
    for (const m of body.matchAll(TRAVERSAL)) {
      const head = m[1].split('.')[0];
      if (NOT_RESOURCES.has(head)) continue;
      // The optional `data.` / `ephemeral.` prefix of TRAVERSAL takes `data.type.name` whole;
      // `data.type` alone names nothing.
      if ((head === 'data' || head === 'ephemeral') && m[1].split('.').length < 3) continue;
      out.push({ address: m[1], attribute: stripDot(m[2]), whole: whole && body.trim() === m[0] });
    }
  }
  return out;
}

function stripDot(path: string): string {
  return path.startsWith('.') ? path.slice(1) : path;
}

/** Every string inside a value (deep), for reference scanning. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/**
 * Read a dotted path (`a.b[0].c`) from a value. Nested blocks may be written as an
 * object or as a list of objects (HCL and JSON differ): lists are entered at their
 * first element unless an index is given.
 */
export function getPath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let current: unknown = value;
  for (const segment of splitPath(path)) {
    if (current === undefined || current === null) return undefined;
    if (typeof segment === 'number') {
      current = Array.isArray(current) ? current[segment] : undefined;
      continue;
    }
    if (Array.isArray(current)) current = current[0];
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * Every value at a dotted path, entering every element of every list on the way
 * (all `rule` blocks, all `ingress` blocks…). Lists at the end are flattened.
 */
export function getAll(value: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(value, splitPath(path), 0, out);
  return out;
}

function collect(value: unknown, segments: Array<string | number>, i: number, out: unknown[]): void {
  if (value === undefined || value === null) return;
  if (i === segments.length) {
    if (Array.isArray(value)) {
      for (const v of value) if (v !== undefined && v !== null) out.push(v);
    } else {
      out.push(value);
    }
    return;
  }
  const segment = segments[i];
  if (typeof segment === 'number') {
    if (Array.isArray(value)) collect(value[segment], segments, i + 1, out);
    return;
  }
  if (Array.isArray(value)) {
    for (const element of value) {
      if (element && typeof element === 'object' && !Array.isArray(element)) {
        collect((element as Record<string, unknown>)[segment], segments, i + 1, out);
      }
    }
  } else if (typeof value === 'object') {
    collect((value as Record<string, unknown>)[segment], segments, i + 1, out);
  }
}

const PATH_CACHE = new Map<string, Array<string | number>>();

function splitPath(path: string): Array<string | number> {
  const cached = PATH_CACHE.get(path);
  if (cached) return cached;
  const segments: Array<string | number> = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      segments.push(part);
      continue;
    }
    if (m[1]) segments.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(idx[1]));
  }
  PATH_CACHE.set(path, segments);
  return segments;
}

/** Blocks written as an object or a list of objects, as a list. */
export function blocks(value: unknown): Array<Record<string, unknown>> {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v));
}
