/**
 * Reports for the renderer tests, built by the real engine (no hand-made findings).
 */
import { ComplianceEngine } from '../../../lib/compliance/engine';
import { Pack } from '../../../lib/compliance/packs';
import { Framework } from '../../../lib/compliance/references';
import { ComplianceReport } from '../../../lib/compliance/report/report';
import { IRule } from '../../../lib/compliance/rule';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { FindingLevel } from '../../../lib/compliance/types';
import { run, tf } from '../helpers';

/** Location as an error, unknown location as a warning, provider control as an info. */
export const LEVELS_PACK = Pack.custom('levels', 'one rule per level', [
  { ruleId: RuleId.LOCATION, level: FindingLevel.ERROR },
  { ruleId: RuleId.LOCATION_UNKNOWN, level: FindingLevel.WARNING },
  { ruleId: RuleId.PROVIDER_CONTROL, level: FindingLevel.INFO },
]);

export const SUPPRESSION_REASON = 'Legacy | logs bucket, migration to eu-central-1 planned for Q3';

/**
 * An `aws` provider in us-east-1 with two buckets (one made by a cdktf construct, one
 * suppressed), a Hetzner volume with no location, and a type no rule knows.
 */
export function mixedConfig(): Record<string, unknown> {
  return tf({
    provider: { aws: { region: 'us-east-1' }, hcloud: {} },
    resource: {
      aws_s3_bucket: {
        data: { bucket: 'data', '//': { metadata: { path: 'app-stack/Data/Resource' } } },
        logs: { bucket: 'logs' },
      },
      hcloud_volume: { apps: { name: 'apps', size: 10 } },
      random_id: { suffix: { byte_length: 4 } },
    },
  });
}

/**
 * Findings at every level: SOV-LOCATION on both buckets (logs suppressed), SOV-LOCATION-UNKNOWN
 * on the volume, SOV-PROVIDER-CONTROL on `provider.aws`; one unused suppression; `random_id`
 * not evaluated.
 */
export function mixedReport(): ComplianceReport {
  return run(mixedConfig(), undefined, {
    packs: [LEVELS_PACK],
    suppressions: [
      { ruleId: RuleId.LOCATION, address: 'aws_s3_bucket.logs', reason: SUPPRESSION_REASON },
      { ruleId: RuleId.LOCATION, address: 'aws_s3_bucket.gone', reason: 'Bucket was removed last sprint' },
    ],
  });
}

/** The location rules only, as errors. */
export const LOCATION_PACK = Pack.custom('location', 'location rules', [
  { ruleId: RuleId.LOCATION, level: FindingLevel.ERROR },
  { ruleId: RuleId.LOCATION_UNKNOWN, level: FindingLevel.ERROR },
]);

/**
 * A bucket in Frankfurt: SOV-LOCATION and SOV-LOCATION-UNKNOWN find nothing (with
 * `LEVELS_PACK`, SOV-PROVIDER-CONTROL reports `provider.aws` as an info).
 */
export function compliantReport(pack: Pack = LOCATION_PACK): ComplianceReport {
  return run(tf({
    provider: { aws: { region: 'eu-central-1' } },
    resource: { aws_s3_bucket: { data: { bucket: 'data' } } },
  }), undefined, { packs: [pack] });
}

/** Markup, quotes, a pipe, line breaks, control characters, a bidi override and a lone surrogate. */
export const NASTY_MESSAGE = 'Bad <value> & "double" \'single\' | pipe\nsecond line\ttab \u0001\u001b[31mred\u0007 \u202eevil\u202c \ud800 end';
export const NASTY_CONSTRUCT = 'stack/We<ird>&"\'|Thing/Resource';

/** A custom rule whose message, title and fix contain everything a renderer must escape. */
export const NASTY_RULE: IRule = {
  metadata: {
    id: 'ACME-NASTY',
    title: 'Title with <b>markup</b> & | pipe',
    defaultLevel: FindingLevel.ERROR,
    references: [{ framework: Framework.GDPR, id: 'Art. 32', title: 'Security of processing', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj', verified: true }],
    rationale: 'Rationale with "quotes" & <tags>.',
    remediation: 'Fix it | now & <then>',
    resourceTypes: ['acme_thing'],
  },
  appliesTo: () => true,
  evaluate: () => [{ message: NASTY_MESSAGE, attribute: 'spec[0].value' }],
};

/** One ACME-NASTY error on `acme_thing.weird` (made by construct `NASTY_CONSTRUCT`). */
export function nastyReport(): ComplianceReport {
  const engine = new ComplianceEngine({
    packs: [Pack.custom('nasty', 'escaping', [{ ruleId: 'ACME-NASTY', level: FindingLevel.ERROR }])],
    rules: [NASTY_RULE],
    asOf: '2026-11-28',
  });
  return engine.check(tf({ resource: { acme_thing: { weird: { value: 1, '//': { metadata: { path: NASTY_CONSTRUCT } } } } } }), 'nasty');
}
