/**
 * A parser for Fluent Bit's classic configuration format, written from the format's
 * documentation (https://docs.fluentbit.io/manual/administration/configuring-fluent-bit/classic-mode/format-schema),
 * independently of the renderer in lib/audit/pipeline, so the tests read what Fluent Bit would read:
 *
 * - `[SECTION]` starts a section (names are case-insensitive; kept upper-case here);
 * - entries are `Key Value`, indented, the key up to the first whitespace, the value the rest,
 *   trimmed;
 * - `#` starts a comment line; blank lines are ignored;
 * - indentation must be consistent inside a section (spaces only), and an entry outside a
 *   section is an error, as in Fluent Bit.
 */
export interface ParsedSection {
  readonly name: string;
  readonly entries: Array<[string, string]>;
}

export class ClassicConfigError extends Error {}

export function parseClassic(text: string): ParsedSection[] {
  const sections: ParsedSection[] = [];
  let current: ParsedSection | undefined;
  let indent: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const where = `line ${i + 1}`;
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (line.includes('\t')) throw new ClassicConfigError(`${where}: tabs are not allowed`);
    const header = /^\[([A-Za-z_]+)\]\s*$/.exec(line);
    if (header) {
      current = { name: header[1].toUpperCase(), entries: [] };
      sections.push(current);
      indent = undefined;
      return;
    }
    if (!current) throw new ClassicConfigError(`${where}: entry outside a section: ${line}`);
    const m = /^( +)(\S+)(?: +(.*))?$/.exec(line);
    if (!m) throw new ClassicConfigError(`${where}: not an indented "Key Value" entry: ${line}`);
    if (indent === undefined) indent = m[1];
    else if (m[1] !== indent) throw new ClassicConfigError(`${where}: inconsistent indentation in [${current.name}]`);
    const value = (m[3] ?? '').trim();
    if (value === '') throw new ClassicConfigError(`${where}: key ${m[2]} has no value`);
    current.entries.push([m[2], value]);
  });
  return sections;
}

/** The value of a key in a section (keys are case-insensitive in Fluent Bit); throws when missing or repeated. */
export function valueOf(section: ParsedSection, key: string): string {
  const found = section.entries.filter(([k]) => k.toLowerCase() === key.toLowerCase());
  if (found.length !== 1) throw new Error(`expected one "${key}" in [${section.name}], found ${found.length}`);
  return found[0][1];
}

/** The section's entries as a map with lower-cased keys. */
export function asMap(section: ParsedSection): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of section.entries) {
    const key = k.toLowerCase();
    if (key in out) throw new Error(`duplicate key "${k}" in [${section.name}]`);
    out[key] = v;
  }
  return out;
}
