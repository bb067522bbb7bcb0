/**
 * The TypeScript samples of README.md and docs/*.md, and how each is meant to run.
 *
 * Every ```ts block is a whole cdktf app unless an HTML comment on the line(s) just before its
 * fence says otherwise (other comments may sit between):
 *
 *   (no marker)                        an app: it runs and synthesizes at least one stack (cdk.tf.json)
 *   <!-- sample: fragment — <why> -->  runs without error but is not a whole app (lookups, a function)
 *   <!-- sample: throws <CODE|text> --> runs and throws: a SovereignError with that code, or an
 *                                       error whose message contains the text (a documented mistake)
 *
 * A block of another language marked `<!-- sample: file <name> -->` (a policy file, say) is a file
 * the later samples of the same document find under that name in their working directory.
 *
 * The README's "Documentation samples" section says the same for people who add samples.
 */
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');

export type SampleKind =
  | { readonly kind: 'app' }
  | { readonly kind: 'fragment'; readonly why: string }
  | { readonly kind: 'throws'; readonly expected: string };

export interface Sample {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
  readonly run: SampleKind;
  /** A marker that could not be read (the test reports it). */
  readonly badMarker?: string;
  /** Files that earlier blocks of the same document declare (`<!-- sample: file <name> -->`). */
  readonly files: readonly SampleFile[];
}

/** A non-TypeScript block a document declares as a file for its later samples. */
export interface SampleFile {
  readonly name: string;
  readonly content: string;
}

const MARKER = /^<!--\s*sample:\s*(.*?)\s*-->$/;

function kindOf(marker: string): SampleKind | undefined {
  const fragment = /^fragment\s*(?:[—-]\s*)?(.*)$/.exec(marker);
  if (fragment && fragment[1].length > 0) return { kind: 'fragment', why: fragment[1] };
  const throws = /^throws\s+(.+)$/.exec(marker);
  if (throws) return { kind: 'throws', expected: throws[1] };
  if (marker === 'app') return { kind: 'app' };
  return undefined;
}

/** The marker text of the HTML comments just before line `i`, if any. */
function markerBefore(lines: readonly string[], i: number): { marker?: string; raw?: string } {
  for (let j = i - 1; j >= 0 && /^<!--.*-->$/.test(lines[j].trim()); j--) {
    const m = MARKER.exec(lines[j].trim());
    if (m) return { marker: m[1], raw: lines[j].trim() };
  }
  return {};
}

export function samplesOf(file: string): Sample[] {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const out: Sample[] = [];
  const files: SampleFile[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```([A-Za-z0-9]+)$/.exec(lines[i]);
    if (fence && fence[1] !== 'ts') {
      const end = lines.indexOf('```', i + 1);
      const declared = /^file\s+([A-Za-z0-9._-]+)$/.exec(markerBefore(lines, i).marker ?? '');
      if (declared && end > i) files.push({ name: declared[1], content: `${lines.slice(i + 1, end).join('\n')}\n` });
      if (end > i) i = end;
      continue;
    }
    if (lines[i] !== '```ts') continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`${file}:${i + 1}: unterminated \`\`\`ts block`);
    let run: SampleKind = { kind: 'app' };
    let badMarker: string | undefined;
    for (let j = i - 1; j >= 0 && /^<!--.*-->$/.test(lines[j].trim()); j--) {
      const m = MARKER.exec(lines[j].trim());
      if (!m) continue;
      const kind = kindOf(m[1]);
      if (kind) run = kind;
      else badMarker = lines[j].trim();
      break;
    }
    out.push({ file, line: i + 1, code: `${lines.slice(i + 1, end).join('\n')}\n`, run, badMarker, files: [...files] });
    i = end;
  }
  return out;
}

export const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
export const SAMPLES = DOCS.flatMap(samplesOf);

/** A file name for a sample, unique and readable in messages. */
export function sampleFileName(s: Sample, index: number): string {
  return `${s.file.replace(/[^A-Za-z0-9]/g, '_')}_${s.line}_${index}.ts`;
}
