import { referencesIn } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';

// ---------------------------------------------------------------------------------------
// Shared: resolving values, sources, ports
// ---------------------------------------------------------------------------------------

/**
 * A value with `${var.x}`, `${local.x}` and literal references resolved (`RuleContext.literal`:
 * scalars and lists of them); anything unknown before apply stays as written.
 */
export function resolve(value: unknown, context: RuleContext): unknown {
  if (typeof value !== 'string' || !value.includes('${')) return value;
  return context.literal(value) ?? value;
}

/** A flag: true, false, or undefined when unknown before apply (absent → `absent`). */
export function flag(resource: ResourceView, path: string, absent: boolean | undefined): boolean | undefined {
  const raw = resource.attribute(path);
  if (raw === undefined || raw === null) return absent;
  const v = resource.literal(path);
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** How far a source range reaches. */
export enum Reach {
  /** The whole internet. */
  ANY = 'any',
  /** Known addresses, a security group, a tag. */
  RESTRICTED = 'restricted',
  /** An expression unknown before apply. */
  UNKNOWN = 'unknown',
}

export interface Source {
  readonly reach: Reach;
  readonly text: string;
}

const ANY_WORDS = new Set(['*', 'any', 'internet', 'anywhere', 'all']);

export function classifyAddress(value: string): Reach {
  const v = value.trim().toLowerCase();
  if (v.includes('${')) {
    // `${<address resource>.public_ip}/32`: the suffix written outside the expression decides.
    const outside = v.replace(/\$\{[^}]*\}/g, '');
    const prefix = /\/(\d+)\s*$/.exec(outside);
    if (prefix) return Number(prefix[1]) === 0 ? Reach.ANY : Reach.RESTRICTED;
    // An address taken from another resource or data source names that thing, not the internet.
    const references = referencesIn(value);
    if (references.length > 0 && references.every((r) => !r.address.startsWith('var.') && !r.address.startsWith('local.'))) {
      return Reach.RESTRICTED;
    }
    return Reach.UNKNOWN;
  }
  if (ANY_WORDS.has(v) || /\/0$/.test(v)) return Reach.ANY;
  return Reach.RESTRICTED;
}

/**
 * `classifyAddress`, and for a source that is exactly `${local.x}` whose value is not known
 * before apply, the local as written (`my_ip = "${chomp(data.http.ip.response_body)}/32"`: one
 * host), a few locals deep.
 */
function classifyThroughLocals(value: string, context: RuleContext, depth = 0): Reach {
  const reach = classifyAddress(value);
  if (reach !== Reach.UNKNOWN || depth >= 4) return reach;
  const local = /^\$\{\s*local\.([A-Za-z_][\w-]*)\s*\}$/.exec(value.trim());
  const written = local ? context._config.localValue(local[1]) : undefined;
  return typeof written === 'string' ? classifyThroughLocals(written, context, depth + 1) : reach;
}

/**
 * Classify source arguments (strings or lists of strings). `absentMeansAny`: what the
 * provider does when none is set (OpenStack-style rules allow every source).
 */
export function sourceOf(values: unknown[], context: RuleContext, absentMeansAny: boolean): Source | undefined {
  const found: Sources = { any: [], unknown: [], restricted: [] };
  for (const raw of values) {
    if (raw === undefined || raw === null) continue;
    const v = resolve(raw, context);
    if (Array.isArray(v)) for (const x of v) addSource(found, resolve(x, context), context);
    else addSource(found, v, context);
  }
  if (found.any.length > 0) return { reach: Reach.ANY, text: found.any.join(', ') };
  if (found.unknown.length > 0) return { reach: Reach.UNKNOWN, text: found.unknown.join(', ') };
  if (found.restricted.length > 0) return { reach: Reach.RESTRICTED, text: found.restricted.join(', ') };
  return absentMeansAny ? { reach: Reach.ANY, text: 'any source (none set)' } : undefined;
}

interface Sources {
  readonly any: string[];
  readonly unknown: string[];
  readonly restricted: string[];
}

function addSource(found: Sources, item: unknown, context: RuleContext): void {
  if (item === undefined || item === null || item === '') return;
  const s = typeof item === 'string' ? item : text(item);
  const reach = classifyThroughLocals(s, context);
  (reach === Reach.ANY ? found.any : reach === Reach.UNKNOWN ? found.unknown : found.restricted).push(s);
}

export enum Proto { TCP = 'TCP', UDP = 'UDP', ALL = 'all protocols', OTHER = 'other', UNKNOWN = 'unknown' }

export function protocolOf(raw: unknown, context: RuleContext, absent: Proto): Proto {
  if (raw === undefined || raw === null) return absent;
  const v = resolve(raw, context);
  if (typeof v === 'number') return v === 6 ? Proto.TCP : v === 17 ? Proto.UDP : v === -1 ? Proto.ALL : Proto.OTHER;
  if (typeof v !== 'string' || v.includes('${')) return Proto.UNKNOWN;
  const p = v.trim().toLowerCase();
  if (p === 'tcp' || p === '6') return Proto.TCP;
  if (p === 'udp' || p === '17') return Proto.UDP;
  // `-1` (AWS), `all` (GCP), `any` (IONOS, Scaleway, OTC FWaaS), `*` (Azure), `` (UpCloud), `ipv4` (OVH IP firewall)
  if (p === '-1' || p === 'all' || p === 'any' || p === '*' || p === '' || p === 'ipv4') return Proto.ALL;
  return Proto.OTHER;
}

type Range = [number, number];
/** Destination ports: every port, some ranges, or unknown. */
export type Ports = { readonly all: true } | { readonly ranges: Range[] } | { readonly unknown: string };
export const ALL_PORTS: Ports = { all: true };

/** `22`, `"22"`, `"80-85"`, `"20:30"`, `"any"`, `"*"` → a range; undefined for absent. */
function portValue(raw: unknown, context: RuleContext): Range | 'all' | 'unknown' | undefined {
  if (raw === undefined || raw === null) return undefined;
  const v = resolve(raw, context);
  if (typeof v === 'number') return [v, v];
  if (typeof v !== 'string' || v.includes('${')) return 'unknown';
  const s = v.trim().toLowerCase();
  if (s === '' || s === 'any' || s === '*' || s === 'all') return 'all';
  const m = /^(\d+)\s*(?:[-:]\s*(\d+))?$/.exec(s);
  if (!m) return 'unknown';
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

/** Ports from a list of port values (`ports = ["22", "8000-9000"]`); absent → every port. */
export function portsFromList(values: unknown[], context: RuleContext): Ports {
  const ranges: Range[] = [];
  for (const raw of values) {
    const p = portValue(raw, context);
    if (p === undefined) continue;
    if (p === 'all') return ALL_PORTS;
    if (p === 'unknown') return { unknown: text(raw) };
    ranges.push(p);
  }
  return ranges.length === 0 ? ALL_PORTS : { ranges };
}

/** Ports from a min/max pair; both absent → every port (OpenStack-style: `0`/`0` too). */
export function portsFromRange(minRaw: unknown, maxRaw: unknown, context: RuleContext, zeroMeansAll = false): Ports {
  const min = portValue(minRaw, context);
  const max = portValue(maxRaw, context);
  if (min === undefined && max === undefined) return ALL_PORTS;
  if (min === 'unknown' || max === 'unknown') return { unknown: `${text(minRaw)}-${text(maxRaw)}` };
  if (min === 'all' || max === 'all') return ALL_PORTS;
  const lo = min ? min[0] : max![0];
  const hi = max ? max[1] : min![1];
  if (zeroMeansAll && lo === 0 && hi === 0) return ALL_PORTS;
  return { ranges: [[lo, hi]] };
}

/** Administrative and database ports that must never face the internet. */
export const ADMIN_PORTS: ReadonlyArray<readonly [number, string]> = [
  [22, 'SSH'], [3389, 'RDP'], [5985, 'WinRM'], [5986, 'WinRM over TLS'], [2375, 'Docker API'], [2376, 'Docker API over TLS'],
  [6443, 'Kubernetes API'], [2379, 'etcd'], [2380, 'etcd peers'], [10250, 'kubelet'], [3306, 'MySQL/MariaDB'],
  [5432, 'PostgreSQL'], [1433, 'SQL Server'], [1521, 'Oracle'], [27017, 'MongoDB'], [6379, 'Redis'],
  [9200, 'Elasticsearch/OpenSearch'], [9300, 'Elasticsearch transport'], [5984, 'CouchDB'], [11211, 'Memcached'],
];

export function covers(ports: Ports, port: number): boolean | undefined {
  if ('all' in ports) return true;
  if ('unknown' in ports) return undefined;
  return ports.ranges.some(([lo, hi]) => lo <= port && port <= hi);
}

function isEveryPort(ports: Ports): boolean {
  return 'all' in ports || ('ranges' in ports && ports.ranges.some(([lo, hi]) => lo <= 1 && hi >= 65535));
}

export function describePorts(protocol: Proto, ports: Ports, hits: ReadonlyArray<readonly [number, string]>): string {
  const proto = protocol === Proto.ALL ? 'all protocols' : protocol;
  if (isEveryPort(ports)) return `every port (${proto})`;
  const names = hits.map(([p, n]) => `${p} (${n})`).join(', ');
  return `${proto} port${hits.length > 1 ? 's' : ''} ${names}`;
}

export function lower(value: unknown, context: RuleContext): string | undefined {
  const v = resolve(value, context);
  return typeof v === 'string' && !v.includes('${') ? v.trim().toLowerCase() : undefined;
}

export function blocksAt(resource: ResourceView, path: string): Array<Record<string, unknown>> {
  return resource.values(path).filter((b): b is Record<string, unknown> => !!b && typeof b === 'object' && !Array.isArray(b));
}

export type Handler = (resource: ResourceView, context: RuleContext) => RuleViolation[];
