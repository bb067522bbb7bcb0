/**
 * The CLI's `--suppressions <file>`: a JSON file of suppressions by Terraform address,
 * `{ "suppressions": [ { "ruleId", "address", "reason", "expires"? } ] }` or a bare array.
 * Every entry is checked here, so a mistake names the file and the entry.
 */
import { promises as fs } from 'fs';
import { SovereignError } from '../errors';
import { parseJson } from '../compliance/input/json-text';
import { Suppression, validateSuppression } from '../compliance/suppressions';
import { closestMatches } from '../util/suggest';

const KEYS = new Set(['ruleId', 'address', 'constructPath', 'reason', 'expires']);

/** Read and validate a suppressions file against the known rule IDs. @internal */
export async function loadSuppressionsFile(file: string, knownRuleIds: readonly string[]): Promise<Suppression[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((e as Error)?.message ?? e);
    throw new SovereignError('UNREADABLE_SUPPRESSIONS', `Cannot read suppressions file ${file}: ${why}. Fix: pass a JSON file like {"suppressions": [{"ruleId": "SOV-LOCATION", "address": "aws_s3_bucket.b", "reason": "…"}]}.`);
  }
  const json = parseJson(file, text);
  const list = Array.isArray(json) ? json : (json as { suppressions?: unknown } | null)?.suppressions;
  if (!Array.isArray(list)) {
    throw new SovereignError('INVALID_SUPPRESSIONS', `Suppressions file ${file} has no "suppressions" list. Allowed: {"suppressions": [ … ]} or a JSON array of suppressions. Fix: put the entries in a "suppressions" array.`);
  }
  const known = new Set(knownRuleIds);
  return list.map((entry, i) => checkEntry(entry, `in ${file} (entry ${i + 1})`, known, knownRuleIds));
}

function checkEntry(entry: unknown, where: string, known: Set<string>, knownRuleIds: readonly string[]): Suppression {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    throw new SovereignError('INVALID_SUPPRESSION', `Suppression ${where} is not an object. Allowed: {"ruleId", "address", "reason", "expires"?}.`);
  }
  const raw = entry as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (KEYS.has(key)) continue;
    const close = closestMatches(key, [...KEYS]);
    throw new SovereignError('INVALID_SUPPRESSION', `Suppression ${where} has an unknown field "${key}". Allowed: ${[...KEYS].join(', ')}.${close.length > 0 ? ` Did you mean "${close[0]}"?` : ''}`);
  }
  for (const key of ['address', 'constructPath']) {
    if (raw[key] !== undefined && (typeof raw[key] !== 'string' || (raw[key] as string).length === 0)) {
      throw new SovereignError('INVALID_SUPPRESSION', `Suppression ${where}: "${key}" must be a non-empty string (\`*\` matches any characters).`);
    }
  }
  if (raw.address === undefined && raw.constructPath === undefined) {
    throw new SovereignError('INVALID_SUPPRESSION', `Suppression ${where} names no "address". Allowed: a Terraform address, where \`*\` matches any characters (e.g. "aws_s3_bucket.logs", "module.logs.*"). Fix: add "address"; use "*" to suppress the rule everywhere.`);
  }
  const valid = validateSuppression(raw as unknown as Suppression, where);
  if (!known.has(valid.ruleId)) {
    const close = closestMatches(valid.ruleId, knownRuleIds);
    throw new SovereignError('UNKNOWN_RULE', `Suppression ${where}: unknown rule ID "${valid.ruleId}". Allowed: ${knownRuleIds.join(', ')}.${close.length > 0 ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ''} Fix: use the ID of a rule from the report or the README's rules table.`);
  }
  return valid;
}
