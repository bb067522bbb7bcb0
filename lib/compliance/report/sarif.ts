import { createHash } from 'crypto';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { StandardReference } from '../references';
import { FindingLevel } from '../types';
import { referenceLabel, reportRules, summaryLine } from './common';
import { TOOL } from './json';
import { Finding, ReportRule } from './model';
import { ComplianceReport } from './report';

/** Options of the renderers. */
export interface RenderOptions {
  /**
   * URI (or file path) of the checked Terraform file, e.g. `cdk.tf.json` or the CLI's
   * input file: SARIF results of findings whose line is unknown are placed in that file.
   * @default - such findings have logical locations only (Terraform address, construct path)
   */
  readonly artifactUri?: string;
  /**
   * Directory SARIF URIs are relative to (`%SRCROOT%` in `originalUriBaseIds`): the
   * repository root, where code scanning resolves them.
   * @default - the current directory
   */
  readonly sourceRoot?: string;
  /**
   * Lines the text and Markdown reports show under "Settings": each setting, its value and
   * where it came from. @internal
   * @default - none
   */
  readonly settings?: readonly string[];
  /**
   * Remarks about the run the text and Markdown reports show (e.g. custom rules the CLI
   * does not have). @internal
   * @default - none
   */
  readonly remarks?: readonly string[];
}

/** The base id of URIs relative to the source root. */
export const SOURCE_ROOT_ID = '%SRCROOT%';

/** The `$schema` of SARIF 2.1.0 documents. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Key of our fingerprint in `partialFingerprints` (versioned, as the SARIF spec recommends). */
export const FINGERPRINT_KEY = 'cdktfSovereignFinding/v1';

const SARIF_LEVEL: Record<FindingLevel, string> = {
  [FindingLevel.ERROR]: 'error',
  [FindingLevel.WARNING]: 'warning',
  [FindingLevel.INFO]: 'note',
};

/**
 * `sovereignty-report.sarif`: SARIF 2.1.0 for code-scanning tools. One run; one
 * reporting descriptor per rule (with its references as tags and in `help`); one result per
 * finding, located by its Terraform address and construct path (logical locations) and,
 * when `artifactUri` is given, in that file; suppressed findings carry an external
 * suppression with the reason. Fingerprints hash rule ID, address and message, so a finding
 * keeps its identity across runs.
 * @internal
 */
export function renderSarif(report: ComplianceReport, options: RenderOptions = {}): string {
  const rules = reportRules(report);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = new Artifacts(path.resolve(options.sourceRoot ?? process.cwd()));
  const fallback = options.artifactUri ? artifacts.indexOf(options.artifactUri) : undefined;
  const results = report.findings.map((f) => result(f, index.get(f.ruleId)!, f.source ? artifacts.indexOf(f.source.file) : fallback, artifacts));

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: TOOL.name,
        version: TOOL.version,
        semanticVersion: TOOL.version,
        informationUri: TOOL.informationUri,
        rules: rules.map(descriptor),
      },
    },
    invocations: [{
      executionSuccessful: true,
      // Unused, expired or refused suppressions are remarks about the run, not results.
      toolExecutionNotifications: report.suppressionNotes.map((n) => ({
        level: 'warning',
        message: { text: n.message },
        descriptor: { id: `suppression-${n.kind}` },
        properties: { ruleId: n.ruleId, target: n.target, reason: n.reason },
      })),
    }],
    ...(artifacts.usesRoot ? { originalUriBaseIds: { [SOURCE_ROOT_ID]: { uri: artifacts.rootUri } } } : {}),
    ...(artifacts.list.length > 0 ? { artifacts: artifacts.list.map((location) => ({ location })) } : {}),
    results,
    properties: {
      asOf: report.context.asOf,
      configurations: report.context.configurations,
      packs: report.context.packs,
      policy: report.context.policy,
      summary: report.summary,
      summaryText: summaryLine(report),
      notEvaluated: report.notEvaluatedTypes,
    },
  };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}

/** The stable identity of a finding across runs: SHA-256 of rule ID, address and message. @internal */
export function findingFingerprint(f: Pick<Finding, 'ruleId' | 'address' | 'message'>): string {
  return createHash('sha256').update([f.ruleId, f.address, f.message].join('\u0000'), 'utf8').digest('hex');
}

function descriptor(rule: ReportRule): Record<string, unknown> {
  const refs = rule.references.map((r) => `- ${referenceLabel(r)}: ${r.title} (${r.url})${r.verified ? '' : ' [unverified]'}`);
  const refsMd = rule.references.map((r) => `- [${referenceLabel(r)}](${r.url}): ${r.title}${r.verified ? '' : ' *(unverified)*'}`);
  const helpUri = rule.references.map((r) => r.url).find((u) => typeof u === 'string' && /^https?:\/\//i.test(u));
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.remediation}${refs.length > 0 ? `\n\nReferences:\n${refs.join('\n')}` : ''}`,
      markdown: `${rule.remediation}${refsMd.length > 0 ? `\n\n**References**\n\n${refsMd.join('\n')}` : ''}`,
    },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[rule.level] },
    properties: {
      tags: tags(rule.references),
      references: rule.references.map(reference),
    },
  };
}

function result(f: Finding, ruleIndex: number, artifact: number | undefined, artifacts: Artifacts): Record<string, unknown> {
  const logicalLocations: Record<string, unknown>[] = [
    { name: resourceName(f.address), fullyQualifiedName: f.address, kind: 'resource' },
  ];
  // The same place named the cdktf way: the construct that created the resource.
  if (f.constructPath) logicalLocations.push({ name: f.constructPath.split('/').pop(), fullyQualifiedName: f.constructPath, kind: 'construct' });
  const location: Record<string, unknown> = { logicalLocations };
  if (artifact !== undefined) {
    location.physicalLocation = {
      artifactLocation: { ...artifacts.list[artifact], index: artifact },
      // Without a known line the result names the file only: no line is better than a wrong one.
      ...(f.source ? { region: { startLine: f.source.line, startColumn: f.source.column } } : {}),
    };
  }

  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.level],
    message: { text: `${f.message} Fix: ${f.remediation}` },
    locations: [location],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(f) },
    // An empty array says "checked for suppressions, none applies" (SARIF 3.27.23).
    suppressions: f.suppressed ? [{ kind: 'external', status: 'accepted', justification: f.suppressionReason ?? '' }] : [],
    properties: {
      resourceType: f.resourceType,
      configuration: f.configuration,
      ...(f.attribute ? { attribute: f.attribute } : {}),
      ...(f.constructPath ? { constructPath: f.constructPath } : {}),
      ...(f.suppressionNote ? { suppressionNote: f.suppressionNote } : {}),
      dependsOnUnverifiedFact: f.dependsOnUnverifiedFact,
      references: f.references.map(reference),
      tags: tags(f.references),
    },
  };
}

function reference(r: StandardReference): Record<string, unknown> {
  return { framework: r.framework, id: r.id, title: r.title, url: r.url, verified: r.verified };
}

/** `compliance`, the frameworks (`GDPR`) and the cited requirements (`GDPR Art. 32`), without duplicates. */
function tags(references: StandardReference[]): string[] {
  return [...new Set(['compliance', ...references.map((r) => r.framework), ...references.map(referenceLabel)])];
}

/** `SOV-PROVIDER-CONTROL` → `SovProviderControl` (SARIF's `name` is an identifier, the ID stays opaque). */
function ruleName(id: string): string {
  const name = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
  return name || id;
}

/** `aws_s3_bucket.data` → `data`, `module.m.aws_s3_bucket.b["k"]` → `b["k"]`, `provider.aws` → `aws`. */
function resourceName(address: string): string {
  const bracket = address.indexOf('[');
  const head = bracket >= 0 ? address.slice(0, bracket) : address;
  const dot = head.lastIndexOf('.');
  return dot >= 0 ? address.slice(dot + 1) : address;
}

/**
 * The files results point at, each once. A file under the source root gets a URI relative to
 * it with `uriBaseId` `%SRCROOT%` (code scanning resolves it against the repository, wherever
 * the check ran); URIs are kept; other absolute paths become `file://` URLs.
 */
class Artifacts {
  public readonly list: Array<{ uri: string; uriBaseId?: string }> = [];
  public readonly rootUri: string;
  public usesRoot = false;
  private readonly byKey = new Map<string, number>();

  constructor(private readonly root: string) {
    const href = pathToFileURL(root).href;
    this.rootUri = href.endsWith('/') ? href : `${href}/`;
  }

  public indexOf(location: string): number {
    const entry = this.locationOf(location);
    const key = `${entry.uriBaseId ?? ''}|${entry.uri}`;
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(entry);
      this.byKey.set(key, i);
      if (entry.uriBaseId) this.usesRoot = true;
    }
    return i;
  }

  private locationOf(location: string): { uri: string; uriBaseId?: string } {
    const windowsDrive = /^[a-z]:[\\/]/i.test(location);
    if (!windowsDrive && /^[a-z][a-z0-9+.-]+:/i.test(location)) return { uri: location };
    const segments = (s: string) => s.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
    if (windowsDrive) return { uri: `file:///${location.slice(0, 2)}/${segments(location.slice(3))}` };
    const absolute = path.resolve(location);
    const relative = path.relative(this.root, absolute);
    if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) return { uri: segments(relative), uriBaseId: SOURCE_ROOT_ID };
    return { uri: pathToFileURL(absolute).href };
  }
}
