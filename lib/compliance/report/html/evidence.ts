/**
 * The residency map, the data inventory and the sovereignty assessment as HTML sections.
 * @internal
 */
import { Countries } from '../../../core/countries';
import { SovereigntyAssessment } from '../../../catalog/sovereignty/assessment';
import { ProviderSovereigntyAssessment } from '../../../catalog/sovereignty/types';
import { DataInventory, Residency } from '../../evidence';
import { CountryStatus, esc, renderMap } from './map';

/** Countries with data, merged over configurations (a country not allowed anywhere counts as not allowed). @internal */
export function countryStatuses(residency: Residency[]): Map<string, { status: CountryStatus; reason: string; addresses: string[] }> {
  const out = new Map<string, { status: CountryStatus; reason: string; addresses: string[] }>();
  for (const r of residency) {
    for (const [country, entry] of r.countries) {
      const prev = out.get(country);
      const status = entry.allowed && (prev?.status ?? CountryStatus.ALLOWED) === CountryStatus.ALLOWED ? CountryStatus.ALLOWED : CountryStatus.NOT_ALLOWED;
      out.set(country, { status, reason: status === CountryStatus.NOT_ALLOWED && !entry.allowed ? entry.reason : prev?.reason ?? entry.reason, addresses: [...(prev?.addresses ?? []), ...entry.addresses] });
    }
  }
  return out;
}

function listOf(addresses: string[], max = 6): string {
  const shown = addresses.slice(0, max).map((a) => `<code>${esc(a)}</code>`).join(', ');
  return addresses.length > max ? `${shown} and ${addresses.length - max} more` : shown;
}

/** The maps, legend and country table. @internal */
export function residencySection(residency: Residency[]): string {
  const statuses = countryStatuses(residency);
  const unknown = residency.flatMap((r) => r.unknown);
  const status = new Map([...statuses].map(([c, e]) => [c, e.status]));
  const allowed = [...statuses.values()].filter((e) => e.status === CountryStatus.ALLOWED).length;
  const out: string[] = ['<section id="residency" aria-labelledby="residency-h"><h2 id="residency-h">Where the data lives</h2>'];
  out.push(`<p>${statuses.size} countr${statuses.size === 1 ? 'y' : 'ies'} with data: ${allowed} allowed by the policy, ${statuses.size - allowed} not allowed; ${unknown.length} resource location(s) unknown (not shown on the map: an unknown location is never guessed).</p>`);
  out.push('<ul class="legend" aria-label="Legend">'
    + '<li><span class="swatch" style="background:#1b7f4c"></span> data here, allowed</li>'
    + '<li><svg width="22" height="14" aria-hidden="true"><rect width="22" height="14" fill="url(#hatch-bad)" stroke="#555"/></svg> data here, not allowed (hatched)</li>'
    + '<li><span class="swatch" style="background:#e3e3e8"></span> no data</li>'
    + `<li><span class="swatch" style="background:repeating-linear-gradient(90deg,#fff 0 3px,#999 3px 5px)"></span> unknown location: ${unknown.length} (listed below)</li>`
    + '<li><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="#1b7f4c" stroke="#111"/></svg> marker for a country too small to see</li></ul>');
  out.push('<div class="maps">');
  out.push(`<figure>${renderMap('europe', status, 'Map of Europe: countries where data lives, coloured allowed or not allowed')}<figcaption>Europe (Lambert azimuthal equal-area, as ETRS89-LAEA)</figcaption></figure>`);
  out.push(`<figure>${renderMap('world', status, 'Map of the world: countries where data lives, coloured allowed or not allowed')}<figcaption>World (Equal Earth)</figcaption></figure>`);
  out.push('</div>');
  out.push('<table id="countries"><caption class="meta">Countries where data lives (the same information as the maps)</caption><thead><tr><th scope="col">Country</th><th scope="col">Policy</th><th scope="col">Resources</th></tr></thead><tbody>');
  for (const [country, e] of [...statuses].sort((a, b) => a[0].localeCompare(b[0]))) {
    const ok = e.status === CountryStatus.ALLOWED;
    out.push(`<tr data-country="${country}" data-status="${e.status}"><td>${esc(Countries.describe(country))}</td><td class="${ok ? 'ok' : 'bad'}">${ok ? 'allowed' : 'not allowed'}: ${esc(e.reason)}</td><td>${e.addresses.length}: ${listOf(e.addresses)}</td></tr>`);
  }
  if (unknown.length > 0) {
    out.push(`<tr data-country="unknown" data-status="unknown"><td>unknown</td><td>not located: fail closed (SOV-LOCATION-UNKNOWN)</td><td>${unknown.length}: ${unknown.slice(0, 6).map((u) => `<code>${esc(u.address)}</code> (${esc(u.reason)})`).join(', ')}${unknown.length > 6 ? ` and ${unknown.length - 6} more` : ''}</td></tr>`);
  }
  out.push('</tbody></table></section>');
  return out.join('');
}

/** The data inventory as tables. @internal */
export function inventorySection(inventory: DataInventory): string {
  const s = inventory.summary;
  const out: string[] = ['<section id="inventory" aria-labelledby="inventory-h"><h2 id="inventory-h">Data inventory (GDPR Art. 30 / Art. 32)</h2>'];
  out.push(`<p><strong>${esc(s.statement)}</strong></p>`);
  if (s.personalData) {
    out.push('<dl class="kv">'
      + `<dt>Countries</dt><dd>${esc(s.countries.map((c) => Countries.describe(c)).join(', ') || 'none known')}</dd>`
      + `<dt>Providers</dt><dd>${esc(s.providers.join(', ') || 'none known')}</dd>`
      + `<dt>Transfers outside the EEA</dt><dd>${s.transfersOutsideEea.length === 0 ? 'none in the configuration' : `<ul>${s.transfersOutsideEea.map((t) => `<li>${esc(Countries.describe(t.country))}: ${esc(t.what)} (<code>${esc(t.address)}</code>) - ${esc(t.safeguard)}</li>`).join('')}</ul>`}</dd>`
      + (s.seal ? `<dt>Sovereignty</dt><dd><span class="seal">at most ${s.seal}</span> (the lowest level of the providers holding the data; see below)</dd>` : '')
      + '</dl>');
    out.push('<div class="table-wrap"><table id="inventory-table"><caption class="meta">One row per store of personal data</caption><thead><tr>'
      + ['Store', 'Kind', 'Provider', 'Location', 'Encryption at rest (key holder)', 'In transit', 'Retention', 'Versioning / WORM', 'Reachable by', 'Copies', 'Open findings'].map((h) => `<th scope="col">${h}</th>`).join('')
      + '</tr></thead><tbody>');
    for (const r of inventory.rows) {
      const loc = r.location.countries.length > 0 ? `${r.location.countries.join(', ')}${r.location.city ? `, ${r.location.city}` : ''}${r.location.region ? ` (${r.location.region})` : ''}` : r.location.status;
      out.push(`<tr data-address="${esc(r.address)}">`
        + `<th scope="row"><code>${esc(r.address)}</code>${r.constructPath ? `<br><span class="meta">${esc(r.constructPath)}</span>` : ''}</th>`
        + `<td>${esc(r.kind)}<br><span class="meta">${esc(r.basis)}</span></td>`
        + `<td>${r.provider ? `${esc(r.provider.name)}<br><span class="meta">${esc(r.provider.legalEntity)}; parent ${esc(r.provider.ultimateParent)} (${esc(r.provider.ultimateParentCountry)}); ${r.provider.euControlled ? 'EU-controlled' : 'not EU-controlled'}</span>` : 'unknown'}</td>`
        + `<td>${esc(loc)}<br><span class="meta">by ${esc(r.location.determinedBy)}</span></td>`
        + `<td>${esc(r.encryptionAtRest.status)} (${esc(r.encryptionAtRest.keyControl)})</td>`
        + `<td>${esc(r.encryptionInTransit.status)}</td>`
        + `<td>${esc(r.retention.status)}</td>`
        + `<td>${esc(r.versioning.status)} / ${esc(r.worm.status)}</td>`
        + `<td>${esc(r.reachability.status)}</td>`
        + `<td>${r.copies.length === 0 ? 'none' : esc(r.copies.map((c) => `${c.role}: ${c.countries.join(', ') || c.status}`).join('; '))}</td>`
        + `<td>${r.openFindings.length === 0 ? 'none' : esc(r.openFindings.map((f) => `${f.ruleId} (${f.level})`).join(', '))}</td></tr>`);
    }
    out.push('</tbody></table></div>');
    out.push('<details><summary>Evidence per store (what the configuration says, where)</summary>');
    for (const r of inventory.rows) {
      out.push(`<h4><code>${esc(r.address)}</code></h4><dl class="kv">`
        + `<dt>Encryption at rest</dt><dd>${esc(r.encryptionAtRest.evidence)}</dd><dt>In transit</dt><dd>${esc(r.encryptionInTransit.evidence)}</dd>`
        + `<dt>Retention</dt><dd>${esc(r.retention.evidence)}</dd><dt>Versioning</dt><dd>${esc(r.versioning.evidence)}</dd><dt>WORM</dt><dd>${esc(r.worm.evidence)}</dd>`
        + `<dt>Reachable by</dt><dd>${esc(r.reachability.evidence)}</dd>`
        + `<dt>Transfers</dt><dd>${r.transfers.length === 0 ? 'none' : esc(r.transfers.map((t) => `${t.country}: ${t.safeguard}`).join('; '))}</dd>`
        + Object.entries(r.controller).map(([k, v]) => `<dt>${esc(k)}</dt><dd><em>${esc(v)}</em></dd>`).join('')
        + '</dl>');
    }
    out.push('</details>');
  }
  if (inventory.unclassifiedStores.length > 0) {
    out.push(`<details><summary>Stores without a data classification (${inventory.unclassifiedStores.length}): the controller must confirm they hold no personal data</summary><p>${listOf(inventory.unclassifiedStores, 200)}</p></details>`);
  }
  out.push('<h3>To be completed by the controller</h3><ul>');
  for (const [k, v] of Object.entries(inventory.controllerFields)) out.push(`<li>${esc(k)}: <em>${esc(v)}</em></li>`);
  out.push('</ul></section>');
  return out.join('');
}

function criteriaTable(a: ProviderSovereigntyAssessment): string {
  const rows = a.criteria.map((c) => `<tr data-criterion="${c.criterionId}"${c.assessed ? '' : ' class="not-assessed"'}><th scope="row">${c.criterionId}</th><td>${esc(c.title)}</td>`
    + `<td>${c.assessed ? esc(c.answers.join('; ')) : '<em>not assessable from public facts</em>'}</td>`
    + `<td class="seal">${c.assessed ? `${c.lowestSeal === c.highestSeal ? c.highestSeal : `${c.lowestSeal} to ${c.highestSeal}`}` : '-'}</td>`
    + `<td>${c.assessed ? esc(c.reasoning) : esc(c.reasoning.replace(/^Not assessable from public facts:?\s*/, '') || '-')}</td>`
    + `<td>${c.assessed ? `${c.sources.map((u, i) => `<a href="${esc(u)}">[${i + 1}]</a>`).join(' ')}${c.verified ? '' : ' <span class="meta">unverified</span>'}` : '-'}</td></tr>`).join('');
  return `<table><thead><tr><th scope="col">Criterion</th><th scope="col">Question</th><th scope="col">Answers consistent with the facts</th><th scope="col">SEAL</th><th scope="col">Reasoning</th><th scope="col">Sources</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The sovereignty assessment per provider offering. @internal */
export function assessmentSection(inventory: DataInventory, providerIds: string[]): string {
  const docs = SovereigntyAssessment.documents();
  const out: string[] = ['<section id="assessment" aria-labelledby="assessment-h"><h2 id="assessment-h">Sovereignty assessment (EU Cloud Sovereignty Framework v1.2.1)</h2>'];
  out.push('<p>The level shown is the highest SEAL level the public facts allow: the framework takes the lowest level of any criterion, and criteria that need evidence no public source gives are listed as not assessable - they could only lower it. It is a ceiling, not a certification.</p>');
  const withData = inventory.assessments.map((x) => ({ a: x.assessment, stores: x.stores }));
  const covered = new Set(withData.map((x) => x.a.providerId));
  const others = providerIds.filter((id) => !covered.has(id)).map((id) => ({ a: SovereigntyAssessment.ofProvider(id), stores: [] as string[] }));
  const all = [...withData, ...others];
  if (all.length === 0) {
    out.push('<p>No catalogued provider in the configuration.</p></section>');
    return out.join('');
  }
  if (inventory.summary.seal) out.push(`<p>Level of the stack for the personal data it stores: <span class="seal">at most ${inventory.summary.seal}</span>.</p>`);
  out.push('<table id="assessment-table"><thead><tr><th scope="col">Provider offering</th><th scope="col">SEAL (at most)</th><th scope="col">Set by</th><th scope="col">Reasoning</th><th scope="col">Stores of personal data</th></tr></thead><tbody>');
  for (const { a, stores } of all) {
    out.push(`<tr data-provider="${esc(a.providerId)}" data-offering="${esc(a.offeringId)}"><th scope="row">${esc(a.offering)}</th><td class="seal">${a.seal}</td><td>${esc(a.bindingCriteria.join(', ') || '-')}</td><td>${esc(a.reasoning)}</td><td>${stores.length === 0 ? 'none (provider facts only)' : listOf(stores)}</td></tr>`);
  }
  out.push('</tbody></table>');
  for (const { a } of all) out.push(`<details><summary>${esc(a.offering)}: all 48 criteria</summary>${criteriaTable(a)}</details>`);
  out.push(`<p class="meta">Framework texts: ${docs.map((d) => `<a href="${esc(d.url)}">${esc(d.title)}</a>${d.verified ? '' : ' (not verified against the publisher\'s file: ' + esc(d.note) + ')'}`).join('; ')}</p>`);
  out.push('</section>');
  return out.join('');
}
