/**
 * The inventory as `sovereignty-inventory.json` (stable, versioned), `.md` (for the DPO) and
 * `.csv` (one row per store, for a spreadsheet of the record of processing activities).
 * @internal
 */
import { Countries } from '../../core/countries';
import { SovereigntyAssessment } from '../../catalog/sovereignty/assessment';
import { DataInventory, InventoryRow, TO_BE_COMPLETED } from './model';

/** `sovereignty-inventory.json`. @internal */
export function renderInventoryJson(inventory: DataInventory): string {
  return `${JSON.stringify(inventory, null, 2)}\n`;
}

const CSV_COLUMNS: ReadonlyArray<[string, (r: InventoryRow) => string]> = [
  ['configuration', (r) => r.configuration],
  ['address', (r) => r.address],
  ['construct path', (r) => r.constructPath ?? ''],
  ['kind', (r) => r.kind],
  ['basis', (r) => r.basis],
  ['classification', (r) => r.classification ?? ''],
  ['provider', (r) => r.provider?.name ?? 'unknown'],
  ['legal entity', (r) => r.provider?.legalEntity ?? ''],
  ['headquarters', (r) => r.provider?.headquarters ?? ''],
  ['ultimate parent', (r) => (r.provider ? `${r.provider.ultimateParent} (${r.provider.ultimateParentCountry})` : '')],
  ['EU-controlled', (r) => (r.provider ? (r.provider.euControlled ? 'yes' : 'no') : 'unknown')],
  ['countries', (r) => (r.location.countries.length > 0 ? r.location.countries.join(' ') : r.location.status)],
  ['region', (r) => r.location.region ?? ''],
  ['city', (r) => r.location.city ?? ''],
  ['location determined by', (r) => r.location.determinedBy],
  ['encryption at rest', (r) => r.encryptionAtRest.status],
  ['key holder', (r) => r.encryptionAtRest.keyControl],
  ['encryption evidence', (r) => r.encryptionAtRest.evidence],
  ['encryption in transit', (r) => r.encryptionInTransit.status],
  ['retention', (r) => r.retention.status],
  ['versioning', (r) => r.versioning.status],
  ['WORM', (r) => r.worm.status],
  ['reachable by', (r) => r.reachability.status],
  ['replicas, backups, log sinks', (r) => r.copies.map((c) => `${c.role}: ${c.countries.join(' ') || c.status}`).join('; ')],
  ['transfers outside the EEA', (r) => r.transfers.map((t) => `${t.country} (${t.what}): ${t.safeguard}`).join('; ')],
  ['open findings', (r) => r.openFindings.map((f) => `${f.ruleId} ${f.level}`).join('; ')],
  ['purposes', () => TO_BE_COMPLETED],
  ['categories of data subjects', () => TO_BE_COMPLETED],
  ['recipients', () => TO_BE_COMPLETED],
];

/** One CSV cell: quoted when needed, a leading formula character defused. @internal */
export function csvCell(value: string): string {
  // Quote everything that could split a cell, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `sovereignty-inventory.csv`: header and one line per row (RFC 4180, CRLF). @internal */
export function renderInventoryCsv(inventory: DataInventory): string {
  const lines = [CSV_COLUMNS.map(([h]) => csvCell(h)).join(',')];
  for (const row of inventory.rows) lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function md(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** `sovereignty-inventory.md`. @internal */
export function renderInventoryMarkdown(inventory: DataInventory): string {
  const s = inventory.summary;
  const out: string[] = ['# Data inventory', ''];
  out.push(`Technical part of the record of processing activities (GDPR Art. 30) and of the summary of technical measures (Art. 32) for ${inventory.configurations.join(', ')}, as of ${inventory.asOf}. Fields marked "${TO_BE_COMPLETED}" cannot be read from the infrastructure.`, '');
  out.push(`**${s.statement}**`, '');
  if (s.personalData) {
    out.push('## Summary', '');
    out.push(`- Countries: ${s.countries.map((c) => Countries.describe(c)).join(', ') || 'none known'}`);
    out.push(`- Providers: ${s.providers.join(', ') || 'none known'}`);
    if (s.seal) out.push(`- Sovereignty (EU Cloud Sovereignty Framework): at most ${s.seal}, the lowest level of the providers that hold the data`);
    for (const [country, stores] of Object.entries(s.storesByCountry)) out.push(`- ${Countries.describe(country)}: ${stores.map((a) => `\`${a}\``).join(', ')}`);
    if (s.unknownLocations.length > 0) out.push(`- Unknown location: ${s.unknownLocations.map((a) => `\`${a}\``).join(', ')}`);
    out.push(`- Transfers outside the EEA: ${s.transfersOutsideEea.length === 0 ? 'none in the configuration' : ''}`);
    for (const t of s.transfersOutsideEea) out.push(`  - ${Countries.describe(t.country)}: ${t.what} (\`${t.address}\`) - ${t.safeguard}`);
    out.push('');
    out.push('## Stores', '');
    for (const r of inventory.rows) {
      out.push(`### \`${r.address}\``, '');
      out.push('| | |', '|---|---|');
      const cells: Array<[string, string]> = [
        ['Construct path', r.constructPath ?? '-'],
        ['Kind', r.kind],
        ['Why listed', r.basis],
        ['Provider', r.provider ? `${r.provider.name} - ${r.provider.legalEntity}, ${r.provider.headquarters}; ultimate parent ${r.provider.ultimateParent} (${r.provider.ultimateParentCountry}); ${r.provider.euControlled ? 'EU-controlled' : 'not EU-controlled'}${r.provider.verified ? '' : ' (unverified)'}` : 'unknown'],
        ['Location', `${r.location.countries.map((c) => Countries.describe(c)).join(', ') || r.location.status}${r.location.city ? `, ${r.location.city}` : ''}${r.location.region ? ` (${r.location.region})` : ''} - determined by ${r.location.determinedBy}${r.location.reason ? `: ${r.location.reason}` : ''}`],
        ['Encryption at rest', `${r.encryptionAtRest.status}, key held by: ${r.encryptionAtRest.keyControl} - ${r.encryptionAtRest.evidence}`],
        ['Encryption in transit', `${r.encryptionInTransit.status} - ${r.encryptionInTransit.evidence}`],
        ['Retention and deletion', `${r.retention.status} - ${r.retention.evidence}`],
        ['Versioning', `${r.versioning.status} - ${r.versioning.evidence}`],
        ['WORM', `${r.worm.status} - ${r.worm.evidence}`],
        ['Reachable by', `${r.reachability.status} - ${r.reachability.evidence}`],
        ['Replicas, backups, log sinks', r.copies.length === 0 ? 'none in the configuration' : r.copies.map((c) => `${c.role}: ${c.countries.join(', ') || c.status} (${c.determinedBy})`).join('; ')],
        ['Transfers outside the EEA', r.transfers.length === 0 ? 'none' : r.transfers.map((t) => `${t.country}: ${t.safeguard}`).join('; ')],
        ['Open findings', r.openFindings.length === 0 ? 'none' : r.openFindings.map((f) => `${f.ruleId} (${f.level}): ${f.message}`).join('; ')],
        ...Object.entries(r.controller).map(([k, v]): [string, string] => [k[0].toUpperCase() + k.slice(1), v]),
      ];
      for (const [k, v] of cells) out.push(`| ${k} | ${md(v)} |`);
      out.push('');
    }
  }
  if (inventory.unclassifiedStores.length > 0) {
    out.push('## Stores without a data classification', '');
    out.push('The controller must confirm whether these hold personal data (label them `data-classification`):', '');
    for (const a of inventory.unclassifiedStores) out.push(`- \`${a}\``);
    out.push('');
  }
  if (inventory.assessments.length > 0) {
    out.push('## Sovereignty of the providers (EU Cloud Sovereignty Framework v1.2.1)', '');
    out.push('| Provider offering | SEAL (at most) | Binding criteria | Reasoning |', '|---|---|---|---|');
    for (const a of inventory.assessments) {
      out.push(`| ${md(a.assessment.offering)} | ${a.assessment.seal} | ${a.assessment.bindingCriteria.join(', ') || '-'} | ${md(a.assessment.reasoning)} |`);
    }
    out.push('', `Framework: ${SovereigntyAssessment.documents()[0].url} (criteria and levels not verified against the Commission's files; see the HTML report for every criterion).`, '');
  }
  out.push('## To be completed by the controller', '');
  for (const [k, v] of Object.entries(inventory.controllerFields)) out.push(`- ${k}: ${v}`);
  out.push('');
  return out.join('\n');
}
