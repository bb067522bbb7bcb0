import { ComplianceEngine } from '../../../lib/compliance/engine';
import { Pack } from '../../../lib/compliance/packs';
import { renderJunit } from '../../../lib/compliance/report/junit';
import { IRule } from '../../../lib/compliance/rule';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { FindingLevel } from '../../../lib/compliance/types';
import { tf } from '../helpers';
import { compliantReport, LEVELS_PACK, mixedReport, NASTY_CONSTRUCT, NASTY_MESSAGE, NASTY_RULE, nastyReport, SUPPRESSION_REASON } from './reports';

/** An element of the parsed document. */
interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Characters XML 1.0 allows (https://www.w3.org/TR/xml/#charsets). */
const XML_CHARS = /^(?:[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;

function decode(raw: string, where: string): string {
  if (/[<]/.test(raw)) throw new Error(`raw < in ${where}`);
  return raw.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & in ${where}`);
    if (ENTITIES[ref]) return ENTITIES[ref];
    const code = /^#x([0-9a-f]+)$/i.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
    if (!code) throw new Error(`unknown entity ${m} in ${where}`);
    const char = String.fromCodePoint(ref.startsWith('#x') ? parseInt(code, 16) : parseInt(code, 10));
    if (!XML_CHARS.test(char)) throw new Error(`character reference to a character XML does not allow: ${m}`);
    return char;
  });
}

/**
 * A minimal, strict XML parser for what the renderer writes: the declaration, elements,
 * attributes in double quotes, text, the five entities and character references. It throws on
 * anything not well-formed (unbalanced tags, raw `<` or `&`, characters XML 1.0 forbids).
 */
function parseXml(xml: string): XmlElement {
  if (!XML_CHARS.test(xml)) throw new Error('document contains characters XML 1.0 forbids');
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!decl) throw new Error('missing XML declaration');
  const token = /<\/([A-Za-z][\w-]*)\s*>|<([A-Za-z][\w-]*)((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*(\/?)>|([^<]+)/y;
  token.lastIndex = decl[0].length;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (token.lastIndex < xml.length) {
    const at = token.lastIndex;
    const m = token.exec(xml);
    if (!m) throw new Error(`not well-formed at offset ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    const [, close, open, attrs, selfClosing, text] = m;
    const top = stack[stack.length - 1];
    if (close) {
      if (top.name !== close) throw new Error(`</${close}> closes <${top.name}>`);
      stack.pop();
    } else if (open) {
      const attributes: Record<string, string> = {};
      for (const a of attrs.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) {
        if (a[1] in attributes) throw new Error(`duplicate attribute ${a[1]}`);
        attributes[a[1]] = decode(a[2], `attribute ${a[1]}`);
      }
      const element: XmlElement = { name: open, attributes, children: [], text: '' };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    } else {
      if (stack.length === 1 && text.trim() !== '') throw new Error('text outside the root element');
      top.text += decode(text, `text of <${top.name}>`);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  if (root.children.length !== 1) throw new Error('expected one root element');
  return root.children[0];
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

function suite(doc: XmlElement, name: string): XmlElement {
  const found = doc.children.find((s) => s.attributes.name === name);
  if (!found) throw new Error(`no testsuite ${name}`);
  return found;
}

const report = mixedReport();
const xml = renderJunit(report);
const doc = parseXml(xml);

describe('JUnit XML', () => {
  test('the checker itself rejects XML that is not well-formed', () => {
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a>')).toThrow(/closes/);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 < 2"/>')).toThrow(/not well-formed|raw </);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>Tom & Jerry</a>')).toThrow(/bare &/);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>bell \u0007</a>')).toThrow(/forbids/);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>&#1;</a>')).toThrow(/does not allow/);
    expect(parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="&lt;&#10;"><b>t&amp;t</b></a>')).toEqual({
      name: 'a', attributes: { x: '<\n' }, text: '', children: [{ name: 'b', attributes: {}, children: [], text: 't&t' }],
    });
  });

  test('has one testsuite per rule under a testsuites root with totals', () => {
    expect(doc.name).toBe('testsuites');
    expect(doc.children.map((s) => s.name)).toEqual(['testsuite', 'testsuite', 'testsuite']);
    expect(doc.children.map((s) => s.attributes.name)).toEqual([RuleId.LOCATION, RuleId.LOCATION_UNKNOWN, RuleId.PROVIDER_CONTROL]);
    expect(doc.attributes).toMatchObject({ tests: '4', failures: '2', errors: '0', skipped: '1' });
    const sum = (attr: string) => doc.children.reduce((n, s) => n + Number(s.attributes[attr]), 0);
    for (const attr of ['tests', 'failures', 'errors', 'skipped']) expect(String(sum(attr))).toBe(doc.attributes[attr]);
    for (const s of doc.children) {
      expect(s.children.filter((c) => c.name === 'testcase')).toHaveLength(Number(s.attributes.tests));
    }
  });

  test('unsuppressed errors and warnings fail, with the level as type', () => {
    const location = suite(doc, RuleId.LOCATION);
    expect(location.attributes).toMatchObject({ tests: '2', failures: '1', skipped: '1' });
    const data = location.children.find((c) => c.attributes.name === 'aws_s3_bucket.data')!;
    expect(data.attributes.classname).toBe(RuleId.LOCATION);
    const failure = child(data, 'failure')!;
    expect(failure.attributes.type).toBe('error');
    expect(failure.attributes.message).toBe(report.findings[0].message);
    expect(failure.text).toContain(`Fix: ${report.findings[0].remediation}`);
    expect(failure.text).toContain('Construct: app-stack/Data/Resource');
    expect(failure.text).toContain('References: GDPR Art. 44, GDPR Art. 45, GDPR Art. 46, Gaia-X P5.1.1, Gaia-X P5.1.2, Gaia-X P2.2.3, BSI C5 PSS-12');

    const unknown = suite(doc, RuleId.LOCATION_UNKNOWN);
    expect(unknown.attributes).toMatchObject({ tests: '1', failures: '1', skipped: '0' });
    expect(child(unknown.children[1], 'failure')!.attributes.type).toBe('warning');
    expect(unknown.children[0].name).toBe('properties');
    expect(unknown.children[0].children.map((p) => [p.attributes.name, p.attributes.value])).toEqual([
      ['title', 'Every data location is known'],
      ['level', 'warning'],
      ['references', 'Gaia-X P1.2.5, Gaia-X P3.1.10, Gaia-X P5.1.2, BSI C5 PSS-12, GDPR Art. 30'],
    ]);
  });

  test('infos pass, with the message as output', () => {
    const control = suite(doc, RuleId.PROVIDER_CONTROL);
    expect(control.attributes).toMatchObject({ tests: '1', failures: '0', skipped: '0' });
    const testcase = control.children[1];
    expect(testcase.attributes.name).toBe('provider.aws');
    expect(child(testcase, 'failure')).toBeUndefined();
    expect(child(testcase, 'system-out')!.text).toContain('Message: Amazon Web Services (AWS) is not EU-controlled');
  });

  test('suppressed findings are skipped with the reason', () => {
    const logs = suite(doc, RuleId.LOCATION).children.find((c) => c.attributes.name === 'aws_s3_bucket.logs')!;
    expect(child(logs, 'failure')).toBeUndefined();
    expect(child(logs, 'skipped')!.attributes.message).toBe(`Suppressed: ${SUPPRESSION_REASON}`);
    expect(child(logs, 'system-out')!.text).toContain('References: GDPR Art. 44');
  });

  test('a rule without findings has one passing "no findings" testcase', () => {
    const clean = parseXml(renderJunit(compliantReport(LEVELS_PACK)));
    expect(clean.attributes).toMatchObject({ tests: '3', failures: '0', skipped: '0' });
    for (const id of [RuleId.LOCATION, RuleId.LOCATION_UNKNOWN]) {
      const s = suite(clean, id);
      expect(s.attributes).toMatchObject({ tests: '1', failures: '0', errors: '0', skipped: '0' });
      expect(s.children[1]).toEqual({ name: 'testcase', attributes: { classname: id, name: `${id} — no findings`, time: '0' }, children: [], text: '' });
    }
    expect(suite(clean, RuleId.PROVIDER_CONTROL).children[1].attributes.name).toBe('provider.aws');
  });

  test('escapes <, &, ", \' and control characters in attributes and text', () => {
    const nastyXml = renderJunit(nastyReport());
    expect(nastyXml).toContain('Bad &lt;value&gt; &amp; &quot;double&quot; &apos;single&apos; | pipe&#10;second line&#9;tab \\u0001\\u001b[31mred\\u0007');
    expect(nastyXml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const nasty = parseXml(nastyXml);
    const testcase = suite(nasty, 'ACME-NASTY').children[1];
    expect(testcase.attributes.name).toBe('acme_thing.weird');
    const failure = child(testcase, 'failure')!;
    const visible = NASTY_MESSAGE
      .replace('\u0001', '\\u0001').replace('\u001b', '\\u001b').replace('\u0007', '\\u0007').replace('\ud800', '\\ud800');
    expect(failure.attributes.message).toBe(visible);
    expect(failure.text).toContain(`Message: ${visible}`);
    expect(failure.text).toContain(`Construct: ${NASTY_CONSTRUCT}`);
    expect(failure.text).toContain('Fix: Fix it | now & <then>');
    expect(suite(nasty, 'ACME-NASTY').children[0].children[0].attributes.value).toBe('Title with <b>markup</b> & | pipe');
  });

  test('several findings of one rule on one resource get distinct names', () => {
    const twice: IRule = {
      metadata: { ...NASTY_RULE.metadata, id: 'ACME-TWICE' },
      appliesTo: () => true,
      evaluate: () => [{ message: 'first problem' }, { message: 'second problem' }],
    };
    const engine = new ComplianceEngine({ packs: [Pack.custom('twice', 'x', [{ ruleId: 'ACME-TWICE', level: FindingLevel.WARNING }])], rules: [twice], asOf: '2026-11-28' });
    const parsed = parseXml(renderJunit(engine.check(tf({ resource: { acme_thing: { a: { value: 1 } } } }), 'twice')));
    const cases = suite(parsed, 'ACME-TWICE').children.filter((c) => c.name === 'testcase');
    expect(cases.map((c) => [c.attributes.name, child(c, 'failure')!.attributes.message])).toEqual([
      ['acme_thing.a', 'first problem'],
      ['acme_thing.a #2', 'second problem'],
    ]);
    expect(parsed.attributes).toMatchObject({ tests: '2', failures: '2' });
  });
});
