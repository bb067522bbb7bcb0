/**
 * Terraform expressions inside JSON configuration: `${...}` interpolations are
 * unknown at check time. These helpers detect them and extract the resource
 * addresses they refer to, without ever evaluating anything.
 */

/** Whether a value is (or contains) an unresolved Terraform expression. */
export function isUnresolved(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('${');
  if (Array.isArray(value)) return value.some(isUnresolved);
  if (value && typeof value === 'object') return Object.values(value).some(isUnresolved);
  return false;
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

/**
 * Every traversal in the interpolations of a string: resource and data-source
 * addresses, `var.x`, `local.x`. Function names and keywords are skipped.
 */
export function referencesIn(value: string): Reference[] {
  if (!value.includes('${')) return [];
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
