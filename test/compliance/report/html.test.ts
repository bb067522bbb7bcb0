/*
 * The HTML report as text: self-contained (no external resource of any kind), the map colours
 * from the residency, the sections, and its size. The same pages are driven in a real browser
 * by html-browser.test.ts.
 */
import { ComplianceReport, ReportFormat, SovereigntyPolicy } from '../../../lib';
import { run, tf } from '../helpers';
import { examplePage, fixturePage, Page } from './html-pages';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every URL the page would load by itself (not links the reader follows). */
function loadedUrls(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(script|img|iframe|link|source|video|audio|embed|object)\b[^>]*>/gi)) {
    for (const a of m[0].matchAll(/\b(src|href|data|srcset)="([^"]*)"/gi)) out.push(`${m[1]} ${a[2]}`);
  }
  for (const m of html.matchAll(/url\(\s*['"]?(?!#)([^'")]+)/gi)) out.push(`css ${m[1]}`);
  for (const m of html.matchAll(/@import/gi)) out.push(`css ${m[0]}`);
  return out;
}

function countries(html: string, status: string): string[] {
  return [...new Set([...html.matchAll(new RegExp(`<(?:path|circle) class="(?:c|marker) ${status}" data-(?:country|marker)="([A-Z]{2})"`, 'g'))].map((m) => m[1]))].sort();
}

describe('HTML report', () => {
  let example: Page;
  let fixture: Page & { json: Json };
  beforeAll(async () => {
    example = examplePage();
    fixture = await fixturePage();
  });

  test('is one self-contained file: nothing is loaded, a CSP forbids it, and it stays small', () => {
    for (const page of [example, fixture]) {
      expect(loadedUrls(page.html)).toEqual([]);
      expect(page.html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; script-src \'unsafe-inline\'; img-src data:">');
      expect(page.html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
      expect(Buffer.byteLength(page.html)).toBeLessThan(1024 * 1024);
    }
  });

  test('the example stack: Germany coloured allowed on both maps, nothing else coloured', () => {
    expect(countries(example.html, 'allowed')).toEqual(['DE']);
    expect(countries(example.html, 'not-allowed')).toEqual([]);
    expect(example.html).toMatch(/unknown location: 0 \(listed below\)/);
  });

  test('the non-compliant fixture: France allowed; the United States and Singapore (a marker) not allowed; the unknown volume is in the legend, not on the map', () => {
    expect(countries(fixture.html, 'allowed')).toEqual(['FR']);
    expect(countries(fixture.html, 'not-allowed')).toEqual(['SG', 'US']);
    expect(fixture.html).toContain('<circle class="marker not-allowed" data-marker="SG"');
    expect(fixture.html).toMatch(/unknown location: 1 \(listed below\)/);
    expect(fixture.html).toMatch(/<tr data-country="unknown" data-status="unknown"><td>unknown<\/td>.*<code>hcloud_volume\.database<\/code>/);
    // The country table says it in words too (readable without colour).
    expect(fixture.html).toMatch(/<tr data-country="US" data-status="not-allowed"><td>US \(United States\)<\/td><td class="bad">not allowed: /);
  });

  test('every finding is listed once, with address, construct path, source link, message, fix and references', () => {
    const items = [...fixture.html.matchAll(/<li class="finding[^"]*" id="finding-\d+" data-level="(\w+)" data-filter-level="\w+" data-rule="([^"]+)" data-address="([^"]+)">/g)];
    expect(items.map((m) => `${m[2]} ${m[3]}`).sort()).toEqual(fixture.json.findings.map((f: Json) => `${f.ruleId} ${f.address}`).sort());
    expect(items.length).toBe(fixture.json.findings.length);
    const first = fixture.html.slice(fixture.html.indexOf('<li class="finding'), fixture.html.indexOf('</li>', fixture.html.indexOf('<li class="finding')));
    expect(first).toMatch(/<dt>Construct<\/dt>/);
    expect(first).toMatch(/<dt>Source<\/dt><dd><a class="source" href="[^"]*main\.tf(#L\d+)?"/);
    expect(first).toMatch(/<dt>Problem<\/dt><dd>[^<]+<\/dd><dt>Fix<\/dt><dd>[^<]*<a href="#rule-SOV-[A-Z-]+">/);
    // The rule's own fix and its references head each rule group, with links.
    const group = fixture.html.slice(fixture.html.indexOf('<section class="rule-group"'), fixture.html.indexOf('<ol class="findings">'));
    expect(group).toMatch(/^<section class="rule-group" data-rule="SOV-[A-Z-]+" id="rule-SOV-[A-Z-]+"><h4>/);
    expect(group).toMatch(/<p><strong>Fix:<\/strong> [^<]+<\/p>/);
    expect(group).toMatch(/<a href="https:\/\/[^"]+">(GDPR|Gaia-X|BSI C5) /);
  });

  test('inventory, assessment and filters are there; the example has no error left', () => {
    expect(fixture.html).toContain('<table id="inventory-table">');
    expect(fixture.html).toMatch(/<tr data-provider="aws" data-offering="aws"><th scope="row">AWS \(commercial regions\)<\/th><td class="seal">SEAL-0<\/td>/);
    expect(fixture.html).toContain('<form class="filters" id="filters" aria-label="Filter findings">');
    expect(example.html).toMatch(/<li><span class="badge error">errors<\/span> 0<\/li>/);
  });

  test('suppressions are listed with their reasons and expiry', () => {
    const report = run(tf({ provider: { aws: { region: 'us-east-1' } }, resource: { aws_s3_bucket: { crm: { bucket: 'crm' } } } }), 'SOV-LOCATION', {
      suppressions: [{ ruleId: 'SOV-LOCATION', address: 'aws_s3_bucket.crm', reason: 'Migration to Frankfurt is scheduled for Q1', expires: '2027-03-31' }],
    });
    const html = report.render(ReportFormat.HTML);
    expect(html).toMatch(/<tr><td><code>SOV-LOCATION<\/code><\/td><td>address aws_s3_bucket\.crm<\/td><td>Migration to Frankfurt is scheduled for Q1<\/td><td>2027-03-31<\/td><td>1<\/td><\/tr>/);
    expect(html).toMatch(/<span class="badge suppressed">suppressed<\/span> Migration to Frankfurt/);
  });

  test('text from the configuration is escaped', () => {
    const report = run(tf({ provider: { aws: { region: 'us-east-1' } }, resource: { aws_s3_bucket: { crm: { bucket: '<script>alert(1)</script>', tags: { 'data-classification': 'personal' } } } } }),
      undefined, { policy: new SovereigntyPolicy() });
    const html = report.render(ReportFormat.HTML);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  test('a report not made by the engine still renders, without the evidence sections', () => {
    const bare = new ComplianceReport({ configurations: ['x'], packs: [], policy: {}, asOf: '2026-01-01' }, [], 0, [], [], []);
    const html = bare.render(ReportFormat.HTML);
    expect(html).toContain('<p>No findings: every rule that ran passed.</p>');
    expect(html).not.toContain('id="inventory"');
  });
});
