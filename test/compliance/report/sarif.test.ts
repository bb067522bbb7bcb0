import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TOOL } from '../../../lib/compliance/report/json';
import { ComplianceReport } from '../../../lib/compliance/report/report';
import { FINGERPRINT_KEY, renderSarif, SARIF_SCHEMA } from '../../../lib/compliance/report/sarif';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { run as check, tf } from '../helpers';
import { sarifErrors } from './sarif-schema';
import { compliantReport, LEVELS_PACK, mixedReport, NASTY_CONSTRUCT, NASTY_MESSAGE, nastyReport, SUPPRESSION_REASON } from './reports';

const errorsOf = sarifErrors;

/** The parts of a SARIF log the assertions read. */
interface Reference { framework: string; id: string; title: string; url: string; verified: boolean }
interface LogicalLocation { name: string; fullyQualifiedName: string; kind: string }
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { logicalLocations: LogicalLocation[]; physicalLocation?: unknown }[];
  partialFingerprints: Record<string, string>;
  suppressions: unknown[];
  properties: { references: Reference[]; resourceType: string; attribute?: string };
}
interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; references: Reference[] };
}
interface Run {
  tool: { driver: { name: string; version: string; informationUri: string; rules: Rule[] } };
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[];
  artifacts?: { location: { uri: string; uriBaseId?: string } }[];
  originalUriBaseIds?: Record<string, { uri: string }>;
  results: Result[];
  properties: { summary: unknown; packs: string[]; notEvaluated: unknown; policy: Record<string, string> };
}
interface Log { $schema: string; version: string; runs: Run[] }

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

/** A deep copy to break on purpose. */
function copy(): Record<string, unknown> & { runs: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(sarif));
}

const report = mixedReport();
const sarif = parse(renderSarif(report));
const run = sarif.runs[0];
const results = run.results;
function resultFor(address: string, list: Result[] = results): Result {
  const found = list.find((r) => r.locations[0].logicalLocations[0].fullyQualifiedName === address);
  if (!found) throw new Error(`no result for ${address}`);
  return found;
}

describe('SARIF 2.1.0', () => {
  test('validates against the official SARIF 2.1.0 schema', () => {
    expect(errorsOf(sarif)).toEqual([]);
    expect(errorsOf(parse(renderSarif(report, { artifactUri: 'cdktf.out/stacks/app stack/cdk.tf.json' })))).toEqual([]);
    expect(errorsOf(parse(renderSarif(nastyReport(), { artifactUri: '/work/infra/main.tf.json' })))).toEqual([]);
    expect(errorsOf(parse(renderSarif(compliantReport())))).toEqual([]);
  });

  test('the validation rejects invalid documents', () => {
    const noMessage = copy();
    delete (noMessage.runs[0].results as Record<string, unknown>[])[0].message;
    expect(errorsOf(noMessage).join('\n')).toMatch(/\/runs\/0\/results\/0 must have required property 'message'/);
    const badLevel = copy();
    (badLevel.runs[0].results as Record<string, unknown>[])[0].level = 'fatal';
    expect(errorsOf(badLevel).join('\n')).toMatch(/\/runs\/0\/results\/0\/level must be equal to one of the allowed values/);
    const badSuppression = copy();
    (badSuppression.runs[0].results as Record<string, unknown>[])[3].suppressions = [{ justification: 'no kind' }];
    expect(errorsOf(badSuppression).join('\n')).toMatch(/suppressions\/0 must have required property 'kind'/);
    const badUri = copy();
    ((badUri.runs[0].tool as Record<string, Record<string, unknown>>).driver).informationUri = 'not a uri';
    expect(errorsOf(badUri).join('\n')).toMatch(/informationUri must match format "uri"/);
    expect(errorsOf({ version: '2.1.0' })).not.toEqual([]);
  });

  test('has the schema, version, one run and the tool', () => {
    expect(sarif.$schema).toBe(SARIF_SCHEMA);
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('cdktf-sovereign');
    expect(run.tool.driver.version).toBe(JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')).version);
    expect(run.tool.driver.informationUri).toBe(TOOL.informationUri);
    expect(run.invocations).toHaveLength(1);
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  test('describes every rule that ran, with references', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([RuleId.LOCATION, RuleId.LOCATION_UNKNOWN, RuleId.PROVIDER_CONTROL]);
    const location = rules[0];
    const meta = report.rules[0];
    expect(location.name).toBe('SovLocation');
    expect(location.shortDescription.text).toBe(meta.title);
    expect(location.fullDescription.text).toBe(meta.rationale);
    expect(location.help.text.startsWith(meta.remediation)).toBe(true);
    expect(location.help.text).toContain('- GDPR Art. 44: General principle for transfers (https://eur-lex.europa.eu/eli/reg/2016/679/oj)');
    expect(location.help.markdown).toContain('[BSI C5 PSS-12](');
    expect(location.helpUri).toBe(meta.references[0].url);
    expect(location.properties.tags).toEqual(expect.arrayContaining(['GDPR', 'Gaia-X', 'BSI C5', 'GDPR Art. 44', 'BSI C5 PSS-12']));
    expect(location.properties.references).toContainEqual({ framework: 'GDPR', id: 'Art. 44', title: 'General principle for transfers', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj', verified: true });
  });

  test('maps levels: error → error, warning → warning, info → note', () => {
    expect(run.tool.driver.rules.map((r) => r.defaultConfiguration.level)).toEqual(['error', 'warning', 'note']);
    expect(resultFor('aws_s3_bucket.data').level).toBe('error');
    expect(resultFor('hcloud_volume.apps').level).toBe('warning');
    expect(resultFor('provider.aws').level).toBe('note');
    expect(resultFor('aws_s3_bucket.logs').level).toBe('error');
  });

  test('one result per finding, pointing at its rule', () => {
    expect(results).toHaveLength(report.findings.length);
    for (const r of results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    const data = resultFor('aws_s3_bucket.data');
    expect(data.ruleId).toBe(RuleId.LOCATION);
    expect(data.message.text).toBe(`${report.findings[0].message} Fix: ${report.findings[0].remediation}`);
    expect(data.properties.references.map((x) => `${x.framework} ${x.id}`)).toEqual(report.findings[0].references.map((x) => `${x.framework} ${x.id}`));
    expect(data.properties.resourceType).toBe('aws_s3_bucket');
  });

  test('locates results by Terraform address and construct path; physically only when the file is known', () => {
    const data = resultFor('aws_s3_bucket.data');
    expect(data.locations).toEqual([{
      logicalLocations: [
        { name: 'data', fullyQualifiedName: 'aws_s3_bucket.data', kind: 'resource' },
        { name: 'Resource', fullyQualifiedName: 'app-stack/Data/Resource', kind: 'construct' },
      ],
    }]);
    expect(resultFor('provider.aws').locations[0].logicalLocations).toEqual([{ name: 'aws', fullyQualifiedName: 'provider.aws', kind: 'resource' }]);
    expect(run.artifacts).toBeUndefined();

    // A file but no line: the result names the file, without a made-up line.
    const withFile = parse(renderSarif(report, { artifactUri: 'cdktf.out/stacks/app stack/cdk.tf.json', sourceRoot: process.cwd() })).runs[0];
    expect(withFile.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(process.cwd()).href}/` } });
    expect(withFile.artifacts).toEqual([{ location: { uri: 'cdktf.out/stacks/app%20stack/cdk.tf.json', uriBaseId: '%SRCROOT%' } }]);
    expect(withFile.results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'cdktf.out/stacks/app%20stack/cdk.tf.json', uriBaseId: '%SRCROOT%', index: 0 } });
    const inRoot = parse(renderSarif(report, { artifactUri: '/work/infra/main.tf.json', sourceRoot: '/work' })).runs[0];
    expect(inRoot.artifacts![0].location).toEqual({ uri: 'infra/main.tf.json', uriBaseId: '%SRCROOT%' });
    const outside = parse(renderSarif(report, { artifactUri: '/work/infra/main.tf.json', sourceRoot: '/elsewhere' })).runs[0];
    expect(outside.artifacts![0].location).toEqual({ uri: 'file:///work/infra/main.tf.json' });
    expect(outside.originalUriBaseIds).toBeUndefined();
    const windows = parse(renderSarif(report, { artifactUri: 'C:\\infra\\main.tf.json' })).runs[0];
    expect(windows.artifacts![0].location.uri).toBe('file:///C:/infra/main.tf.json');
  });

  test('findings with a source get its line and column, relative to %SRCROOT%, one artifact per file', () => {
    const sources = [{ file: '/work/infra/main.tf', line: 12, column: 1 }, { file: '/work/infra/db.tf', line: 3, column: 5 }];
    const located = new ComplianceReport(report.context, report.findings.map((f, i) => ({ ...f, source: sources[i % 2] })),
      report.summary.resources, report.notEvaluatedTypes, report.suppressionNotes, report.rules);
    const doc = parse(renderSarif(located, { sourceRoot: '/work' }));
    expect(errorsOf(doc)).toEqual([]);
    const r = doc.runs[0];
    expect(r.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/' } });
    expect(r.artifacts).toEqual([{ location: { uri: 'infra/main.tf', uriBaseId: '%SRCROOT%' } }, { location: { uri: 'infra/db.tf', uriBaseId: '%SRCROOT%' } }]);
    expect(r.results.map((x) => x.locations[0].physicalLocation)).toEqual(located.findings.map((f) => ({
      artifactLocation: { uri: f.source!.file.slice('/work/'.length), uriBaseId: '%SRCROOT%', index: f.source!.file.endsWith('main.tf') ? 0 : 1 },
      region: { startLine: f.source!.line, startColumn: f.source!.column },
    })));
  });

  test('suppressed findings carry an external suppression with the reason', () => {
    expect(resultFor('aws_s3_bucket.logs').suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: SUPPRESSION_REASON }]);
    for (const address of ['aws_s3_bucket.data', 'hcloud_volume.apps', 'provider.aws']) {
      expect(resultFor(address).suppressions).toEqual([]);
    }
    expect(run.invocations[0].toolExecutionNotifications).toEqual([expect.objectContaining({
      level: 'warning',
      message: { text: 'Suppression of SOV-LOCATION (address aws_s3_bucket.gone) matched no finding; remove it.' },
    })]);
  });

  test('fingerprints hash rule, address and message, are unique, and are stable across runs', () => {
    const data = resultFor('aws_s3_bucket.data');
    const f = report.findings[0];
    expect(data.partialFingerprints).toEqual({
      [FINGERPRINT_KEY]: createHash('sha256').update(`${f.ruleId}\u0000${f.address}\u0000${f.message}`).digest('hex'),
    });
    const prints = results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(results.length);
    const again = parse(renderSarif(mixedReport())).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(again).toEqual(prints);
    // The same finding keeps its fingerprint when other findings come and go, and with a file location.
    const alone = check(tf({ provider: { aws: { region: 'us-east-1' } }, resource: { aws_s3_bucket: { data: { bucket: 'renamed' } } } }), undefined, { packs: [LEVELS_PACK] });
    const aloneResults = parse(renderSarif(alone, { artifactUri: 'main.tf.json' })).runs[0].results;
    expect(resultFor('aws_s3_bucket.data', aloneResults).partialFingerprints).toEqual(data.partialFingerprints);
    expect(resultFor('provider.aws', aloneResults).partialFingerprints).toEqual(resultFor('provider.aws').partialFingerprints);
  });

  test('run properties carry the summary, policy and coverage', () => {
    expect(run.properties.summary).toEqual(report.summary);
    expect(run.properties.packs).toEqual(['levels']);
    expect(run.properties.notEvaluated).toEqual([{ resourceType: 'random_id', count: 1 }]);
    expect(run.properties.policy.jurisdiction).toBe('EU');
  });

  test('values with markup and control characters survive as JSON strings', () => {
    const nasty = parse(renderSarif(nastyReport())).runs[0];
    expect(nasty.results[0].message.text).toBe(`${NASTY_MESSAGE} Fix: Fix it | now & <then>`);
    expect(nasty.results[0].locations[0].logicalLocations[1].fullyQualifiedName).toBe(NASTY_CONSTRUCT);
    expect(nasty.results[0].properties.attribute).toBe('spec[0].value');
  });
});
