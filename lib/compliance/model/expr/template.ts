/**
 * Templates after scanning: the flat sequence of literal text, interpolations and directives
 * that the parser reads, turned into the nested structure of `%{ if }` / `%{ for }`, with
 * heredoc indentation (`<<-`) and strip markers (`~`) applied as HCL applies them.
 * https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md#templates
 * @internal
 */
import { Node, TemplatePart } from './ast';
import { ParseError } from './lexer';

/** A flat template token, before strip markers and directives are resolved. */
export type Flat =
  | { t: 'text'; text: string; lineStart?: boolean }
  | { t: 'interpolation'; expr: Node; stripLeft: boolean; stripRight: boolean }
  | { t: 'if'; condition: Node; stripLeft: boolean; stripRight: boolean }
  | { t: 'else' | 'endif' | 'endfor'; stripLeft: boolean; stripRight: boolean }
  | { t: 'for'; key?: string; value: string; collection: Node; stripLeft: boolean; stripRight: boolean };

/** Build the directive structure from flat tokens, from `i` until one of `until`. */
export function nest(flat: readonly Flat[], start: number, until: readonly string[]): { parts: TemplatePart[]; end: number; closer?: string } {
  const parts: TemplatePart[] = [];
  let i = start;
  while (i < flat.length) {
    const f = flat[i];
    if (until.includes(f.t)) return { parts, end: i, closer: f.t };
    switch (f.t) {
      case 'text': parts.push({ t: 'text', text: f.text }); i++; break;
      case 'interpolation': parts.push({ t: 'interpolation', expr: f.expr }); i++; break;
      case 'if': {
        const then = nest(flat, i + 1, ['else', 'endif']);
        let otherwise: TemplatePart[] = [];
        let end = then.end;
        if (then.closer === 'else') {
          const e = nest(flat, then.end + 1, ['endif']);
          if (e.closer !== 'endif') throw new ParseError('%{if} without %{endif}', 0);
          otherwise = e.parts;
          end = e.end;
        } else if (then.closer !== 'endif') {
          throw new ParseError('%{if} without %{endif}', 0);
        }
        parts.push({ t: 'if', condition: f.condition, then: then.parts, else: otherwise });
        i = end + 1;
        break;
      }
      case 'for': {
        const body = nest(flat, i + 1, ['endfor']);
        if (body.closer !== 'endfor') throw new ParseError('%{for} without %{endfor}', 0);
        parts.push({ t: 'for', key: f.key, value: f.value, collection: f.collection, body: body.parts });
        i = body.end + 1;
        break;
      }
      default:
        throw new ParseError(`unexpected %{${f.t}}`, 0);
    }
  }
  if (until.length > 0) return { parts, end: i };
  return { parts, end: i };
}

/** Whether the heredoc reader is at the start of a line. */
export function lineStartOf(text: string, flat: readonly Flat[]): boolean {
  if (text !== '') return false;
  const last = flat[flat.length - 1];
  return last === undefined || (last.t === 'text' && last.text.endsWith('\n'));
}

/** `<<-`: remove the smallest indentation of the lines from every line. */
export function flushHeredoc(flat: Flat[]): void {
  let min = Infinity;
  const adjust: number[] = [];
  let newline = true;
  for (let i = 0; i < flat.length; i++) {
    const f = flat[i];
    if (newline) {
      newline = false;
      if (f.t === 'text') {
        const trimmed = f.text.replace(/^\s+/u, '');
        if (trimmed.length === 0 && f.text.endsWith('\n')) {
          // a blank line does not count
        } else {
          min = Math.min(min, [...f.text.slice(0, f.text.length - trimmed.length)].length);
          adjust.push(i);
        }
      } else {
        min = 0;
      }
    }
    if (f.t === 'text' && f.text.endsWith('\n')) newline = true;
  }
  if (!Number.isFinite(min) || min === 0) return;
  for (const i of adjust) {
    const f = flat[i] as { t: 'text'; text: string };
    flat[i] = { t: 'text', text: [...f.text].slice(min).join('') };
  }
}

export function applyStripMarkers(flat: Flat[]): void {
  for (let i = 0; i < flat.length; i++) {
    const f = flat[i];
    if (f.t === 'text') continue;
    if (f.stripLeft && i > 0 && flat[i - 1].t === 'text') {
      const prev = flat[i - 1] as { t: 'text'; text: string };
      flat[i - 1] = { t: 'text', text: prev.text.replace(/\s+$/u, '') };
    }
    if (f.stripRight && i + 1 < flat.length && flat[i + 1].t === 'text') {
      const next = flat[i + 1] as { t: 'text'; text: string };
      flat[i + 1] = { t: 'text', text: next.text.replace(/^\s+/u, '') };
    }
  }
}

export function meld(flat: readonly Flat[]): Flat[] {
  const out: Flat[] = [];
  for (const f of flat) {
    const last = out[out.length - 1];
    if (f.t === 'text' && last?.t === 'text') out[out.length - 1] = { t: 'text', text: last.text + f.text };
    else out.push(f);
  }
  return out;
}
