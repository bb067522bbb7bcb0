import * as fs from 'fs';
import * as path from 'path';
import { RULES_TABLE_END, RULES_TABLE_START, rulesTable, withRulesTable } from '../../lib/compliance/report/rules-table';
import { ComplianceEngine } from '../../lib/compliance/engine';

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  test('the rules table matches the rule metadata and packs (run `npm run docs:rules` after changing rules)', () => {
    const start = README.indexOf(RULES_TABLE_START);
    const end = README.indexOf(RULES_TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(README.slice(start + RULES_TABLE_START.length, end).trim()).toBe(rulesTable());
    expect(withRulesTable(README)).toBe(README);
  });

  test('every built-in rule appears in the table', () => {
    for (const rule of ComplianceEngine.builtInRules()) expect(rulesTable()).toContain(`\`${rule.metadata.id}\``);
  });

  test('the quick start gives exactly the two commands', () => {
    expect(README).toContain('npm ci && npm run synth');
    expect(README).toContain('npm ci && npm test');
  });
});
