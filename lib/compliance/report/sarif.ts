import { createHash } from 'crypto';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { StandardReference } from '../references';
import { FindingLevel } from '../types';
import { referenceLabel, reportRules, summaryLine } from './common';
import { TOOL } from './json';
import { Finding, ReportRule } from './model';
import { ComplianceReport } from './report';

/** Options of the renderers that can point at the checked file. */
export interface RenderOptions {
  /**
   * URI (or file path) of the checked Terraform file, e.g. `cdk.tf.json` or the CLI's
   * input file. SARIF results then carry a physical location in that file.
   * @default - findings have logical locations only (Terraform address, construct path)
   */
  readonly artifactUri?: string;
}

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
  const uri = options.artifactUri ? toUri(options.artifactUri) : undefined;

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
    ...(uri ? { artifacts: [{ location: { uri } }] } : {}),
    results: report.findings.map((f) => result(f, index.get(f.ruleId)!, uri)),
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

function result(f: Finding, ruleIndex: number, uri: string | undefined): Record<string, unknown> {
  const logicalLocations: Record<string, unknown>[] = [
    { name: resourceName(f.address), fullyQualifiedName: f.address, kind: 'resource' },
  ];
  // The same place named the cdktf way: the construct that created the resource.
  if (f.constructPath) logicalLocations.push({ name: f.constructPath.split('/').pop(), fullyQualifiedName: f.constructPath, kind: 'construct' });
  const location: Record<string, unknown> = { logicalLocations };
  // The engine judges the parsed JSON and knows no line; line 1 lets code scanning show the alert on the file.
  if (uri) location.physicalLocation = { artifactLocation: { uri, index: 0 }, region: { startLine: 1 } };

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
 * A URI reference for `artifactLocation.uri`: URIs are kept, absolute paths become
 * `file://` URLs, relative paths keep their `/`-separated form with unsafe characters
 * percent-encoded.
 */
function toUri(location: string): string {
  const windowsDrive = /^[a-z]:[\\/]/i.test(location);
  if (!windowsDrive && /^[a-z][a-z0-9+.-]+:/i.test(location)) return location;
  const segments = (s: string) => s.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
  if (windowsDrive) return `file:///${location.slice(0, 2)}/${segments(location.slice(3))}`;
  if (path.isAbsolute(location)) return pathToFileURL(location).href;
  return segments(location);
}
