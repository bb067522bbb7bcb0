/**
 * Tokens of Terraform's expression language, scanned on demand from a position in the
 * source text (the parser switches between expression and template mode as it reads
 * `"…${…}…"`, so there is no separate token stream).
 * https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md#lexical-elements
 * @internal
 */

export enum TokenKind {
  END = 'end of expression',
  IDENT = 'identifier',
  NUMBER = 'number',
  PUNCT = 'symbol',
  /** `"`: a quoted template starts here. */
  QUOTE = 'quote',
  /** `<<EOT` or `<<-EOT` and its newline: a heredoc template starts after it. */
  HEREDOC = 'heredoc',
}

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Whether a newline (or a line comment) came between the previous token and this one. */
  readonly newlineBefore: boolean;
}

/** A syntax error: the text is not a valid Terraform expression. */
export class ParseError extends Error {
  constructor(message: string, public readonly offset: number) {
    super(`${message} at offset ${offset}`);
    this.name = 'ParseError';
  }
}

/**
 * Longest first. `::` separates the namespaces of a function name (`provider::aws::arn_parse`);
 * `~` is a template strip marker (`${ x ~}`).
 */
const PUNCTUATION = ['...', '&&', '||', '==', '!=', '<=', '>=', '=>', '::', '+', '-', '*', '/', '%', '!', '<', '>', '?', ':', '=', '.', ',', '(', ')', '[', ']', '{', '}', '~'];

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}-]/u;

export function isIdentStart(c: string): boolean {
  const code = c.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95) return true;
  return code > 127 && ID_START.test(c);
}

function isIdentContinue(c: string): boolean {
  const code = c.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45) return true;
  return code > 127 && ID_CONTINUE.test(c);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Skip spaces, tabs, newlines and comments from `pos`; report where the next token starts and whether a newline was crossed. */
export function skipSpace(src: string, pos: number): { pos: number; newline: boolean } {
  let newline = false;
  let i = pos;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) {
      i++;
    } else if (c === 10) {
      newline = true;
      i++;
    } else if (c === 35 /* # */ || (c === 47 /* / */ && src.charCodeAt(i + 1) === 47)) {
      while (i < src.length && src.charCodeAt(i) !== 10) i++;
      newline = true;
    } else if (c === 47 && src.charCodeAt(i + 1) === 42 /* * */) {
      const end = src.indexOf('*/', i + 2);
      if (end === -1) throw new ParseError('unterminated comment', i);
      if (src.slice(i, end).includes('\n')) newline = true;
      i = end + 2;
    } else {
      break;
    }
  }
  return { pos: i, newline };
}

/** The token at `pos` (after spaces and comments). */
export function scanToken(src: string, pos: number): Token {
  const { pos: start, newline } = skipSpace(src, pos);
  const make = (kind: TokenKind, end: number): Token => ({ kind, text: src.slice(start, end), start, end, newlineBefore: newline });
  if (start >= src.length) return make(TokenKind.END, start);
  const c = src[start];
  const code = src.charCodeAt(start);
  if (isDigit(code)) {
    let i = start;
    while (isDigit(src.charCodeAt(i))) i++;
    if (src[i] === '.' && isDigit(src.charCodeAt(i + 1))) {
      i++;
      while (isDigit(src.charCodeAt(i))) i++;
    }
    if (src[i] === 'e' || src[i] === 'E') {
      let j = i + 1;
      if (src[j] === '+' || src[j] === '-') j++;
      if (isDigit(src.charCodeAt(j))) {
        while (isDigit(src.charCodeAt(j))) j++;
        i = j;
      }
    }
    return make(TokenKind.NUMBER, i);
  }
  if (isIdentStart(c) || (code >= 0xd800 && code <= 0xdbff && isIdentStart(src.slice(start, start + 2)))) {
    let i = start + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
    while (i < src.length) {
      const cc = src.charCodeAt(i);
      const width = cc >= 0xd800 && cc <= 0xdbff ? 2 : 1;
      if (!isIdentContinue(src.slice(i, i + width))) break;
      i += width;
    }
    return make(TokenKind.IDENT, i);
  }
  if (c === '"') return make(TokenKind.QUOTE, start + 1);
  if (c === '<' && src[start + 1] === '<') {
    const m = /^<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)[ \t]*\r?\n/u.exec(src.slice(start));
    if (m) return make(TokenKind.HEREDOC, start + m[0].length);
  }
  for (const p of PUNCTUATION) {
    if (src.startsWith(p, start)) return make(TokenKind.PUNCT, start + p.length);
  }
  throw new ParseError(`unexpected character ${JSON.stringify(c)}`, start);
}

/** A quoted template's escape sequence at `pos` (just after the backslash): its text and length. */
export function readEscape(src: string, pos: number): { text: string; length: number } {
  const c = src[pos];
  switch (c) {
    case 'n': return { text: '\n', length: 1 };
    case 'r': return { text: '\r', length: 1 };
    case 't': return { text: '\t', length: 1 };
    case '"': return { text: '"', length: 1 };
    case '\\': return { text: '\\', length: 1 };
    case 'u':
    case 'U': {
      const digits = c === 'u' ? 4 : 8;
      const hex = src.slice(pos + 1, pos + 1 + digits);
      if (hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex)) throw new ParseError(`invalid \\${c} escape`, pos);
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new ParseError('invalid Unicode escape', pos);
      return { text: String.fromCodePoint(cp), length: 1 + digits };
    }
    default:
      throw new ParseError(`invalid escape sequence \\${c ?? ''}`, pos);
  }
}
