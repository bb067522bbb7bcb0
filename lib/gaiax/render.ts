/**
 * The files of `ReportFormat.GAIAX`: the unsigned credential draft, validated against the
 * vendored Gaia-X shapes (a draft that does not conform is an error naming each violation and
 * the prop that fixes it), and the assessment next to it: claims with their sources, what is
 * to be supplied, the criteria self-assessment.
 * @internal
 */
import { SovereignError } from '../errors';
import { inventoryOf, residencyOf } from '../compliance/evidence';
import { ComplianceReport } from '../compliance/report/report';
import { assessCriteria, CriterionAssessment, CriterionStatus } from './assessment';
import { buildDraft, GaiaxDraft } from './draft';
import { GaiaxCredentialsProps } from './props';
import { DraftValidation, validateDraftsSync, violationLines } from './validate';
import { GAIAX_RELEASE, GAIAX_SHAPES_SOURCE } from './vendored';

/** File names of the format. @internal */
export const GAIAX_FILES = ['gaiax-credential.json', 'gaiax-assessment.json', 'gaiax-assessment.md'];

/** Which prop supplies a property the shapes found missing or wrong. */
const FIX_BY_PROPERTY: { [property: string]: string } = {
  'gx:hash': 'termsAndConditionsHash',
  'gx:url': 'termsAndConditionsUrl',
  'gx:providedBy': 'participantId',
  'schema:name': 'offeringName',
  'gx:license': 'resourceLicense',
  'gx:resourcePolicy': 'resourcePolicy',
  'gx:copyrightOwnedBy': 'resourceCopyrightOwner',
  'gx:communicationMethods': 'subcontractorChangeNotice',
  'gx:securingMechanism': 'the transfer\'s GDPR Chapter V safeguard (transferReason of the egress destination)',
  'gx:cipher': 'storageCipher',
};

/** Everything the format states about a report. @internal */
export interface GaiaxDocuments {
  readonly draft: GaiaxDraft;
  readonly validation: DraftValidation;
  readonly criteria: CriterionAssessment[];
}

/** Build and validate the draft of a report; throws when it does not conform. @internal */
export function gaiaxDocuments(report: ComplianceReport, props: GaiaxCredentialsProps | undefined): GaiaxDocuments {
  if (!props) {
    throw new SovereignError('GAIAX_PROPS_MISSING', 'ReportFormat.GAIAX needs the values only you know (offering name, issuer DID, participant credential id, terms-and-conditions URL and hash). Fix: pass them as `gaiax` in SovereigntyChecks.apply (or `--gaiax <file.json>` on the CLI); see docs/gaiax.md.');
  }
  const inventory = inventoryOf(report);
  if (!inventory) throw new SovereignError('NO_INVENTORY', 'This report carries no data inventory: it was not made by ComplianceEngine.check. Fix: render the report the engine returned.');
  const draft = buildDraft(inventory, props, residencyOf(report));
  const validation = validateDraftsSync([draft.credential], draft.external);
  if (!validation.conforms) throw nonConforming(report.context.configurations.join(', '), validation);
  return { draft, validation, criteria: assessCriteria(report) };
}

/** The error of a draft that does not conform, one line per violation with its fix. @internal */
export function nonConforming(configuration: string, validation: DraftValidation): SovereignError {
  const lines = validation.violations.map((v, i) => {
    const fix = v.property && FIX_BY_PROPERTY[v.property] ? ` Fix: set ${FIX_BY_PROPERTY[v.property]}.` : '';
    return `  - ${violationLines({ ...validation, violations: [validation.violations[i]] })[0]}${fix}`;
  });
  return new SovereignError('GAIAX_DRAFT_NOT_CONFORMING',
    `The Gaia-X credential draft of ${configuration} does not conform to the Gaia-X ${GAIAX_RELEASE} shapes (${validation.violations.length} violation(s)):\n${lines.join('\n')}\n` +
    'Nothing is filled in for you: add the missing values to the gaiax settings (see docs/gaiax.md), or fix the configuration.');
}

/** The files of the format. @internal */
export function renderGaiaxFiles(report: ComplianceReport, props: GaiaxCredentialsProps | undefined): Array<{ name: string; content: string }> {
  const docs = gaiaxDocuments(report, props);
  const assessment = {
    formatVersion: '1.0',
    configurations: report.context.configurations,
    asOf: report.context.asOf,
    gaiaxRelease: GAIAX_RELEASE,
    shapes: GAIAX_SHAPES_SOURCE,
    validation: { conforms: docs.validation.conforms, violations: docs.validation.violations, referencedNotValidated: docs.validation.external },
    signed: false,
    claims: docs.draft.claims,
    toBeSupplied: docs.draft.toBeSupplied,
    criteria: docs.criteria,
  };
  return [
    { name: GAIAX_FILES[0], content: `${JSON.stringify(docs.draft.credential, null, 2)}\n` },
    { name: GAIAX_FILES[1], content: `${JSON.stringify(assessment, null, 2)}\n` },
    { name: GAIAX_FILES[2], content: renderMarkdown(report, docs) },
  ];
}

function renderMarkdown(report: ComplianceReport, docs: GaiaxDocuments): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [
    `# Gaia-X credential draft: ${report.context.configurations.join(', ')}`,
    '',
    `Unsigned Verifiable Credential (VC Data Model 2.0) in \`gaiax-credential.json\`, **conforming** to the Gaia-X ${GAIAX_RELEASE} SHACL shapes ` +
    `(${GAIAX_SHAPES_SOURCE.repository} at ${GAIAX_SHAPES_SOURCE.commit.slice(0, 7)}), validated offline. ` +
    `Referenced but not validated here (your own credentials): ${docs.validation.external.map((e) => `\`${e.id}\``).join(', ')}.`,
    '',
    'Sign it with your own key (did:web) and submit it with your participant credentials to a Gaia-X Digital Clearing House: see docs/gaiax.md.',
    '',
    '## To be supplied',
    '',
    ...docs.draft.toBeSupplied.map((t) => `- ${t}`),
    '',
    '## Claims and their sources',
    '',
    '| property | value | source |',
    '|---|---|---|',
    ...docs.draft.claims.map((c) => `| ${cell(c.property)} | ${cell(c.value)} | ${cell(c.source)} |`),
    '',
    '## Criteria self-assessment',
    '',
    'Infrastructure evidence only. "met" means no open finding of the rules that evidence the criterion; the declaration or certification the label level asks for is still yours. ' +
    'Criteria no rule evidences are out of scope, and so are all organisational and contractual criteria of the Compliance Document not listed here.',
    '',
    '| criterion | status | rules | deciding findings |',
    '|---|---|---|---|',
    ...docs.criteria.map((c) => `| [${c.id}](${c.url}) ${cell(c.title)} | ${c.status} | ${c.rules.join(', ') || '-'} | ${cell([...c.findings, ...c.suppressed].join('; ') || (c.status === CriterionStatus.OUT_OF_SCOPE ? c.note : 'none'))} |`),
    '',
  ];
  return out.join('\n');
}
