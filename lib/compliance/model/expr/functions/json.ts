/**
 * `jsonencode` / `jsondecode`, and CSV decoding, with Terraform's encoding rules: object
 * keys in lexical order, numbers in plain decimal, `<`, `>`, `&` escaped as Go does.
 * https://developer.hashicorp.com/terraform/language/functions/jsonencode
 * @internal
 */
import { deep, FunctionTable, STRING, str, ANY_NULLABLE } from './support';
import { EvalError, formatNumber, fromJson, list, Mapping, object, Sequence, Value } from '../value';

/** A known value as Terraform's JSON text. */
export function jsonEncode(v: Value): string {
  deep(v);
  return encode(v);
}

function encode(v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return encodeString(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new EvalError('cannot serialize infinity as JSON');
    return formatNumber(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Sequence) return `[${v.items.map(encode).join(',')}]`;
  if (v instanceof Mapping) return `{${[...v.entries].map(([k, e]) => `${encodeString(k)}:${encode(e)}`).join(',')}}`;
  throw new EvalError('this value cannot be encoded as JSON');
}

function encodeString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** RFC 4180 CSV as Go's encoding/csv reads it (every row the same number of fields). */
function csvDecode(text: string): Value {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  let fieldStart = true;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      i++;
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      fieldStart = true;
      i++;
      continue;
    }
    if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      row.push(field);
      if (!(row.length === 1 && row[0] === '')) rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
      i += c === '\r' ? 2 : 1;
      continue;
    }
    if (c === '"') throw new EvalError(`bare " in a CSV field at offset ${i}`);
    field += c;
    fieldStart = false;
    i++;
  }
  if (quoted) throw new EvalError('unterminated quoted field in CSV');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  if (rows.length === 0) throw new EvalError('missing header line in CSV');
  const [header, ...records] = rows;
  const out: Value[] = [];
  for (const [n, r] of records.entries()) {
    if (r.length !== header.length) throw new EvalError(`CSV record on line ${n + 2} has ${r.length} fields, the header has ${header.length}`);
    out.push(object(header.map((h, j) => [h, r[j]])));
  }
  return list(out, { kind: 'object', attributes: new Map(header.map((h) => [h, 'string'])) });
}

export const JSON_FUNCTIONS: FunctionTable = {
  jsonencode: { params: [ANY_NULLABLE], impl: ([v]) => jsonEncode(v) },
  jsondecode: {
    params: [STRING],
    impl: ([text]) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(str(text));
      } catch (e) {
        throw new EvalError(`jsondecode: ${(e as Error).message}`);
      }
      return fromJson(parsed);
    },
  },
  csvdecode: { params: [STRING], impl: ([text]) => csvDecode(str(text)) },
};

