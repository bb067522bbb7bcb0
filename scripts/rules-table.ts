/** Regenerate the rules table in README.md from the rule metadata (`npm run docs:rules`). */
import * as fs from 'fs';
import * as path from 'path';
import { withRulesTable } from '../lib/compliance/report/rules-table';

const file = path.join(__dirname, '..', 'README.md');
fs.writeFileSync(file, withRulesTable(fs.readFileSync(file, 'utf8')));
console.log('README.md rules table updated');
