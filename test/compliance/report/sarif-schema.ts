/**
 * Validation against the official SARIF 2.1.0 schema, for the report tests and the CLI tests.
 *
 * The schema (OASIS, rtm.5) is the copy @microsoft/jest-sarif (a devDependency) ships. It is
 * written in JSON Schema draft-04, which Ajv 8 does not read. The only draft-04 keyword it uses
 * that draft-07 spells differently is the root `id` (it has no boolean exclusiveMinimum), so
 * renaming that to `$id` gives the same schema in draft-07, which Ajv 8 checks against the
 * draft-07 meta-schema and compiles. Its three formats are checked with Node's URL and Date.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';

const SCHEMA_FILE = path.join(__dirname, '../../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function sarifValidator() {
  // unicodeRegExp: false because the schema's `language` pattern (`…{2}]?$`, a stray bracket)
  // is valid only without the `u` flag, as JSON Schema validators of its time compiled it.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => {
    try {
      new URL(s);
      return true;
    } catch {
      return false;
    }
  });
  ajv.addFormat('uri-reference', (s: string) => {
    try {
      new URL(s, 'http://base.invalid/');
      return !/\s/.test(s);
    } catch {
      return false;
    }
  });
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)));
  const { id, $schema, ...schema } = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  if ($schema !== 'http://json-schema.org/draft-04/schema#') throw new Error(`expected the draft-04 schema, got ${$schema}`);
  return ajv.compile({ $schema: 'http://json-schema.org/draft-07/schema#', $id: id, ...schema });
}

const validate = sarifValidator();

/** The schema violations of a SARIF document (empty when it is valid). */
export function sarifErrors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
