/**
 * Where a finding sits in the source: the file, line and column of the block the finding
 * names and, when the finding names an argument, of that argument.
 *
 * The engine judges parsed JSON and knows no lines. The loader keeps the text of every file
 * it read (`SourceText`); this module answers "file → block address → {line, column},
 * argument path → {line, column}" through one small interface, `FilePositions`, which each
 * syntax fills: HCL (./hcl-positions.ts), Terraform JSON and plan JSON (./json-positions.ts).
 * Another parser can replace either by implementing `FilePositions`.
 *
 * Files are scanned for positions only when a finding asks, once per file.
 */
import { Finding } from '../report/model';
import { ComplianceReport } from '../report/report';
import { hclPositions } from './hcl-positions';
import { jsonPositions, planPositions } from './json-positions';

/** A 1-based line and column (columns count UTF-16 code units, SARIF's default). @internal */
export interface SourcePoint {
  readonly line: number;
  readonly column: number;
}

/**
 * The positions of one file's blocks, by the address they have in the file's own module:
 * `aws_s3_bucket.b`, `data.t.n`, `ephemeral.t.n`, `provider.aws`, `provider.aws.eu`,
 * `terraform.backend.s3`, `terraform.required_providers.aws`, `module.m`. Instance keys
 * (`[0]`, `["a"]`) are not part of a block's address; a plan's positions take the full
 * instance address instead.
 * @internal
 */
export interface FilePositions {
  /** Where the block starts (its first keyword, or its key in JSON), if the file declares it. */
  block(address: string): SourcePoint | undefined;
  /**
   * Where the argument or nested block at `path` (`rule.apply_server_side_encryption_by_default`,
   * `volume[1]`, `tags`) is written inside that block: the deepest part of the path the file
   * writes. Undefined when the block is not in the file or no part of the path is written.
   */
  attribute(address: string, path: string): SourcePoint | undefined;
}

/** How a source file is written. @internal */
export type SourceSyntax = 'hcl' | 'json' | 'plan';

/** The text of one file the loader read, and where it belongs. @internal */
export interface SourceText {
  readonly file: string;
  readonly text: string;
  readonly syntax: SourceSyntax;
  /**
   * Module path of the module the file belongs to (`logs`, `app.db`); '' for the root module.
   * @default ''
   */
  readonly module?: string;
}

/** A finding's place in the source. @internal */
export interface Located extends SourcePoint {
  readonly file: string;
}

/** The positions of a whole configuration: every file it was read from. @internal */
export class SourcePositions {
  private readonly parsed = new Map<SourceText, FilePositions>();

  constructor(private readonly sources: readonly SourceText[]) {}

  /** The files, in load order. */
  public get files(): string[] {
    return this.sources.map((s) => s.file);
  }

  /**
   * Where the block at `address` (a full Terraform address, with module path and instance
   * key) is written, and `attribute` inside it when given and written.
   */
  public locate(address: string, attribute?: string): Located | undefined {
    const { modules, local } = splitAddress(address);
    for (const source of this.sources) {
      const plan = source.syntax === 'plan';
      if (!plan && (source.module ?? '') !== modules) continue;
      const positions = this.positionsOf(source);
      const key = plan ? address : local;
      const block = positions.block(key);
      if (!block) continue;
      const at = attribute ? positions.attribute(key, attribute) ?? block : block;
      return { file: source.file, line: at.line, column: at.column };
    }
    return undefined;
  }

  private positionsOf(source: SourceText): FilePositions {
    let p = this.parsed.get(source);
    if (!p) {
      p = source.syntax === 'hcl' ? hclPositions(source.text) : source.syntax === 'plan' ? planPositions(source.text) : jsonPositions(source.text);
      this.parsed.set(source, p);
    }
    return p;
  }
}

/**
 * `module.a["x"].module.b.aws_s3_bucket.c[0]` → modules `a.b`, local `aws_s3_bucket.c`;
 * `provider.aws.eu` → local `provider.aws.eu`.
 * @internal
 */
export function splitAddress(address: string): { modules: string; local: string } {
  const modules: string[] = [];
  let rest = address;
  for (;;) {
    const m = /^module\.([A-Za-z_][\w-]*)(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\./.exec(rest);
    if (!m) break;
    modules.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return { modules: modules.join('.'), local: rest.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*"|\*)\]$/, '') };
}

/**
 * The report with every finding placed in its source, as far as the files show it:
 * `positions(configurationName)` gives the positions of that configuration. A provider
 * configuration no block declares (implied by its resources) sits at its
 * `required_providers` entry, or else at the first resource that uses it.
 * @internal
 */
export function locateFindings(report: ComplianceReport, positions: (configuration: string) => { positions: SourcePositions; configuration: unknown } | undefined): ComplianceReport {
  if (report.findings.length === 0) return report;
  const implied = new Map<string, Map<string, string>>();
  const findings: Finding[] = report.findings.map((f) => {
    const entry = positions(f.configuration);
    if (!entry) return f;
    let at = entry.positions.locate(f.address, f.attribute);
    if (!at && f.address.startsWith('provider.')) {
      const name = f.address.slice('provider.'.length).split('.')[0];
      at = entry.positions.locate(`terraform.required_providers.${name}`);
      if (!at) {
        let users = implied.get(f.configuration);
        if (!users) implied.set(f.configuration, (users = firstUsers(entry.configuration)));
        const user = users.get(f.address.slice('provider.'.length));
        if (user) at = entry.positions.locate(user);
      }
    }
    return at ? { ...f, source: { file: at.file, line: at.line, column: at.column } } : f;
  });
  return new ComplianceReport(report.context, findings, report.summary.resources, report.notEvaluatedTypes, report.suppressionNotes, report.rules);
}

/** Provider key → address of the first resource that uses it, in a Terraform JSON configuration. */
function firstUsers(configuration: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const resources = (configuration as { resource?: unknown } | null)?.resource;
  if (!resources || typeof resources !== 'object') return out;
  for (const [type, byName] of Object.entries(resources as Record<string, unknown>)) {
    if (!byName || typeof byName !== 'object') continue;
    for (const [name, body] of Object.entries(byName as Record<string, unknown>)) {
      const b = (Array.isArray(body) ? body[0] : body) as Record<string, unknown> | undefined;
      const explicit = typeof b?.provider === 'string' ? b.provider.replace(/^\$\{|\}$/g, '').trim() : undefined;
      const key = explicit ?? type.split('_')[0];
      const meta = (b?.['//'] as { metadata?: { address?: unknown } } | undefined)?.metadata?.address;
      if (!out.has(key)) out.set(key, typeof meta === 'string' ? meta : `${type}.${name}`);
    }
  }
  return out;
}

/** Line and column of character offsets in one text, from an index of line starts built once. @internal */
export class LineIndex {
  private starts?: Uint32Array;

  constructor(private readonly text: string) {}

  public at(offset: number): SourcePoint {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
}

/** Offsets where lines start: counted first, then filled, so a file of millions of lines makes one typed array. */
function lineStarts(text: string): Uint32Array {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  const starts = new Uint32Array(lines);
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return starts;
}

/** `rule[0].apply_server_side_encryption_by_default` → `[{name:'rule'},{index:0},{name:'apply_…'}]`. @internal */
export function pathSegments(path: string): Array<{ name?: string; index?: number }> {
  const out: Array<{ name?: string; index?: number }> = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (m[1] !== undefined) out.push({ name: m[1] });
    else if (m[2] !== undefined) out.push({ index: Number(m[2]) });
    else out.push({ name: m[3] });
  }
  return out;
}

/** What a block address names: its section and labels (and a provider's alias). @internal */
export interface BlockKey {
  readonly section: 'resource' | 'data' | 'ephemeral' | 'provider' | 'backend' | 'required_providers' | 'module';
  readonly labels: string[];
  readonly alias?: string;
}

/** Parse a block address of a file's own module (see `FilePositions`). @internal */
export function blockKey(address: string): BlockKey | undefined {
  const parts = address.split('.');
  switch (parts[0]) {
    case 'data':
    case 'ephemeral':
      return parts.length === 3 ? { section: parts[0], labels: [parts[1], parts[2]] } : undefined;
    case 'provider':
      return parts.length === 2 || parts.length === 3 ? { section: 'provider', labels: [parts[1]], alias: parts[2] } : undefined;
    case 'module':
      return parts.length === 2 ? { section: 'module', labels: [parts[1]] } : undefined;
    case 'terraform':
      if (parts.length === 3 && parts[1] === 'backend') return { section: 'backend', labels: [parts[2]] };
      if (parts.length === 3 && parts[1] === 'required_providers') return { section: 'required_providers', labels: [parts[2]] };
      return undefined;
    default:
      return parts.length === 2 ? { section: 'resource', labels: [parts[0], parts[1]] } : undefined;
  }
}
