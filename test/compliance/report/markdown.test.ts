import { ComplianceReport } from '../../../lib/compliance/report/report';
import { renderMarkdown } from '../../../lib/compliance/report/markdown';
import { compliantReport, mixedReport, NASTY_CONSTRUCT, nastyReport, SUPPRESSION_REASON } from './reports';

const report = mixedReport();
const md = renderMarkdown(report);
const lines = md.split('\n');

/** The cells of a table row, split on pipes that are not escaped (as GitHub-flavoured Markdown does). */
function cells(row: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 1; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && i + 1 < row.length) {
      current += c + row[i + 1];
      i++;
    } else if (c === '|') {
      out.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  return out;
}

/** Every table in the document: its header cells and rows (as cell lists). */
function tables(doc: string): { header: string[]; rows: string[][] }[] {
  const all = doc.split('\n');
  const found: { header: string[]; rows: string[][] }[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    if (!all[i].startsWith('|') || !/^\| *:?-{3}/.test(all[i + 1])) continue;
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < all.length && all[j].startsWith('|'); j++) rows.push(cells(all[j]));
    found.push({ header: cells(all[i]), rows });
    i = j;
  }
  return found;
}

function table(doc: string, heading: string): { header: string[]; rows: string[][] } {
  const start = doc.indexOf(`\n${heading}`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  return tables(doc.slice(start))[0];
}

describe('markdown report', () => {
  test('starts with a summary table', () => {
    const summary = tables(md)[0];
    expect(summary.header).toEqual(['Result', 'Errors', 'Warnings', 'Infos', 'Suppressed', 'Resources', 'Not evaluated']);
    expect(summary.rows).toEqual([['**Failed**', '1', '1', '1', '1', '4', '1']]);
    expect(md).toContain('Checked `test` against `levels` as of 2026-11-28');
  });

  test('lists findings per level, then suppressed, remarks, not evaluated, policy and rules', () => {
    const order = ['## Errors (1)', '## Warnings (1)', '## Infos (1)', '## Suppressed (1)', '## Suppression remarks (1)',
      '## Not evaluated (1 resource)', '## Policy', '<details><summary>Rules (3)</summary>'].map((h) => lines.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const errors = table(md, '## Errors');
    expect(errors.header).toEqual(['Rule', 'Resource', 'Finding', 'Fix', 'References']);
    expect(errors.rows).toHaveLength(1);
    expect(errors.rows[0][0]).toBe('`SOV-LOCATION`<br>Data stays in the policy\'s jurisdiction');
    expect(errors.rows[0][1]).toBe('`aws_s3_bucket.data`<br>construct `app-stack/Data/Resource`');
    expect(errors.rows[0][2]).toContain('It is located in us-east-1 (US (United States))');
    expect(table(md, '## Warnings').rows[0][1]).toBe('`hcloud_volume.apps`');
    expect(table(md, '## Infos').rows[0][1]).toBe('`provider.aws`');
  });

  test('references are links', () => {
    const errors = table(md, '## Errors');
    expect(errors.rows[0][4]).toContain('[GDPR Art. 44](https://eur-lex.europa.eu/eli/reg/2016/679/oj)');
    expect(errors.rows[0][4]).toContain('[BSI C5 PSS-12](https://www.bsi.bund.de/EN/Topics/CloudComputing/Compliance_Controls_Catalogue/Compliance_Controls_Catalogue_node.html)');
    for (const f of report.findings) {
      for (const r of f.references) expect(md).toContain(`[${r.framework} ${r.id}](`);
    }
  });

  test('suppressed findings carry their level and reason, with the pipe in the reason escaped', () => {
    const suppressed = table(md, '## Suppressed');
    expect(suppressed.header).toEqual(['Rule', 'Level', 'Resource', 'Reason', 'Finding', 'References']);
    expect(suppressed.rows).toHaveLength(1);
    expect(suppressed.rows[0][1]).toBe('error');
    expect(suppressed.rows[0][2]).toBe('`aws_s3_bucket.logs`');
    expect(suppressed.rows[0][3]).toBe(SUPPRESSION_REASON.replace('|', '\\|'));
    expect(md).toContain('- **unused**: Suppression of SOV-LOCATION (address aws\\_s3\\_bucket.gone) matched no finding');
  });

  test('lists not-evaluated types with counts, the policy and the packs', () => {
    expect(table(md, '## Not evaluated').rows).toEqual([['`random_id`', '1']]);
    const policy = table(md, '## Policy').rows;
    expect(policy[0]).toEqual(['packs', '`levels`']);
    expect(policy).toContainEqual(['jurisdiction', 'EU']);
    expect(table(md, '<details>').rows.map((r) => r[0])).toEqual(['`SOV-LOCATION`', '`SOV-LOCATION-UNKNOWN`', '`SOV-PROVIDER-CONTROL`']);
  });

  test('every row of every table has as many cells as its header', () => {
    for (const doc of [md, renderMarkdown(nastyReport())]) {
      const all = tables(doc);
      expect(all.length).toBeGreaterThan(3);
      for (const t of all) for (const row of t.rows) expect(row).toHaveLength(t.header.length);
    }
  });

  test('escapes pipes, line breaks, markup and control characters in cells', () => {
    const nasty = renderMarkdown(nastyReport());
    const row = table(nasty, '## Errors').rows[0];
    expect(row[0]).toBe('`ACME-NASTY`<br>Title with &lt;b&gt;markup&lt;/b&gt; &amp; \\| pipe');
    expect(row[1]).toBe(`\`acme_thing.weird\`<br>construct \`${NASTY_CONSTRUCT.replace('|', '\\|')}\`<br>argument \`spec[0].value\``);
    expect(row[2]).toBe('Bad &lt;value&gt; &amp; "double" \'single\' \\| pipe<br>second line tab \\\\u0001\\\\u001b\\[31mred\\\\u0007 \\\\u202eevil\\\\u202c \ud800 end');
    expect(row[3]).toBe('Fix it \\| now &amp; &lt;then&gt;');
    expect(nasty).not.toContain('<value>');
    expect(nasty).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
  });

  test('a clean report says so', () => {
    const clean = renderMarkdown(compliantReport());
    expect(tables(clean)[0].rows).toEqual([['**Passed**', '0', '0', '0', '0', '1', '0']]);
    expect(clean).toContain('\nNo findings.\n');
    expect(clean).not.toContain('## Errors');
  });
});

describe('Markdown report: where findings are', () => {
  test('the resource cell of a located finding shows file:line; settings are listed', () => {
    const located = new ComplianceReport(report.context, report.findings.map((f) => (f.address === 'aws_s3_bucket.data' ? { ...f, source: { file: 'infra/main.tf', line: 12, column: 1 } } : f)),
      report.summary.resources, report.notEvaluatedTypes, report.suppressionNotes, report.rules);
    const doc = renderMarkdown(located, { settings: ['jurisdiction: DE (from --jurisdiction; the stack\'s policy says EU)'] });
    const row = doc.split('\n').find((l) => l.includes('`aws_s3_bucket.data`'))!;
    expect(cells(row)[1]).toBe("`aws_s3_bucket.data`<br>at `infra/main.tf:12`<br>construct `app-stack/Data/Resource`");
    expect(doc).toContain('## Settings\n\n- jurisdiction: DE (from --jurisdiction; the stack\'s policy says EU)\n');
    expect(renderMarkdown(report)).not.toContain('at `');
  });
});
