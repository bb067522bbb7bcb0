/**
 * Parser of Terraform's expression and template syntax (HCL native syntax). A Terraform JSON
 * string is a template (`"eu-${var.zone}"`, `"%{ if var.x }a%{ endif }"`, `$${` for a literal
 * `${`); inside `${ … }` is an expression with operators, function calls, `for`, splats,
 * conditionals, nested quoted templates and heredocs.
 * https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md
 * @internal
 */
import { BinaryOperator, Node } from './ast';
import { ParseError, readEscape, scanToken, skipSpace, Token, TokenKind } from './lexer';
import { applyStripMarkers, Flat, flushHeredoc, lineStartOf, meld, nest } from './template';

export { ParseError } from './lexer';

/** Binary operators by precedence level, loosest first. */
const LEVELS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['||']),
  new Set(['&&']),
  new Set(['==', '!=']),
  new Set(['<', '>', '<=', '>=']),
  new Set(['+', '-']),
  new Set(['*', '/', '%']),
];

const SPLAT_ELEMENT: Node = { t: 'splat-element' };

type TemplateMode = 'bare' | 'quoted' | 'heredoc';

class Parser {
  private pos = 0;
  /** Whether newlines end expressions here (inside `{ … }` object constructors). */
  private readonly newlines: boolean[] = [false];
  private peeked?: Token;

  constructor(private readonly src: string) {}

  // ------------------------------------------------------------ tokens

  private peek(): Token {
    if (this.peeked === undefined || this.peeked.start < this.pos) this.peeked = scanToken(this.src, this.pos);
    return this.peeked;
  }

  private next(): Token {
    const t = this.peek();
    this.pos = t.end;
    this.peeked = undefined;
    return t;
  }

  /** Whether `t` is the punctuation `text` and not cut off by a significant newline. */
  private is(t: Token, text: string): boolean {
    return t.kind === TokenKind.PUNCT && t.text === text && !this.cut(t);
  }

  private cut(t: Token): boolean {
    return t.newlineBefore && this.newlines[this.newlines.length - 1];
  }

  private expect(text: string): Token {
    const t = this.next();
    if (t.kind !== TokenKind.PUNCT || t.text !== text) throw new ParseError(`expected "${text}", found ${t.kind === TokenKind.END ? 'the end' : JSON.stringify(t.text)}`, t.start);
    return t;
  }

  private expectIdent(): string {
    const t = this.next();
    if (t.kind !== TokenKind.IDENT) throw new ParseError(`expected a name, found ${JSON.stringify(t.text)}`, t.start);
    return t.text;
  }

  private withNewlines<T>(significant: boolean, f: () => T): T {
    this.newlines.push(significant);
    try {
      return f();
    } finally {
      this.newlines.pop();
    }
  }

  // ------------------------------------------------------------ entry points

  public wholeExpression(): Node {
    const node = this.expression();
    const t = this.peek();
    if (t.kind !== TokenKind.END) throw new ParseError(`unexpected ${JSON.stringify(t.text)} after the expression`, t.start);
    return node;
  }

  public wholeTemplate(): Node {
    return this.template('bare');
  }

  // ------------------------------------------------------------ expressions

  private expression(): Node {
    const condition = this.binary(0);
    const t = this.peek();
    if (!this.is(t, '?')) return condition;
    this.next();
    const then = this.expression();
    this.expect(':');
    const otherwise = this.expression();
    return { t: 'conditional', condition, then, else: otherwise };
  }

  private binary(level: number): Node {
    if (level >= LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.peek();
      if (t.kind !== TokenKind.PUNCT || !LEVELS[level].has(t.text) || this.cut(t)) return left;
      this.next();
      const right = this.binary(level + 1);
      left = { t: 'binary', op: t.text as BinaryOperator, left, right };
    }
  }

  private unary(): Node {
    const t = this.peek();
    if (t.kind === TokenKind.PUNCT && (t.text === '!' || t.text === '-')) {
      this.next();
      return { t: 'unary', op: t.text, operand: this.unary() };
    }
    return this.postfix(this.primary());
  }

  private primary(): Node {
    const t = this.next();
    switch (t.kind) {
      case TokenKind.NUMBER:
        return { t: 'literal', value: Number(t.text) };
      case TokenKind.IDENT:
        return this.identifier(t);
      case TokenKind.QUOTE:
        return this.template('quoted');
      case TokenKind.HEREDOC: {
        const m = /^<<(-?)(\S+?)[ \t]*\r?\n$/.exec(t.text)!;
        return this.template('heredoc', m[2], m[1] === '-');
      }
      case TokenKind.PUNCT:
        if (t.text === '(') {
          const expr = this.withNewlines(false, () => this.expression());
          this.withNewlines(false, () => this.expect(')'));
          return { t: 'paren', expr };
        }
        if (t.text === '[') return this.withNewlines(false, () => this.tupleOrFor());
        if (t.text === '{') return this.withNewlines(true, () => this.objectOrFor());
        break;
      case TokenKind.END:
        throw new ParseError('expected an expression, found the end', t.start);
    }
    throw new ParseError(`unexpected ${JSON.stringify(t.text)}`, t.start);
  }

  private identifier(t: Token): Node {
    const name = t.text;
    const after = this.peek();
    if (after.kind === TokenKind.PUNCT && (after.text === '(' || after.text === '::') && !this.cut(after)) {
      let full = name;
      while (this.peek().kind === TokenKind.PUNCT && this.peek().text === '::') {
        this.next();
        full += `::${this.expectIdent()}`;
      }
      this.expect('(');
      return this.withNewlines(false, () => this.call(full));
    }
    if (name === 'true') return { t: 'literal', value: true };
    if (name === 'false') return { t: 'literal', value: false };
    if (name === 'null') return { t: 'literal', value: null };
    return { t: 'variable', name };
  }

  private call(name: string): Node {
    const args: Node[] = [];
    let expand = false;
    if (this.is(this.peek(), ')')) {
      this.next();
      return { t: 'call', name, args, expand };
    }
    for (;;) {
      args.push(this.expression());
      const t = this.next();
      if (t.kind === TokenKind.PUNCT && t.text === '...') {
        expand = true;
        this.expect(')');
        break;
      }
      if (t.kind === TokenKind.PUNCT && t.text === ')') break;
      if (t.kind !== TokenKind.PUNCT || t.text !== ',') throw new ParseError(`expected "," or ")" in the arguments of ${name}`, t.start);
      if (this.is(this.peek(), ')')) {
        this.next();
        break;
      }
    }
    return { t: 'call', name, args, expand };
  }

  private isFor(): boolean {
    const t = this.peek();
    if (t.kind !== TokenKind.IDENT || t.text !== 'for') return false;
    const after = scanToken(this.src, t.end);
    return after.kind === TokenKind.IDENT;
  }

  private tupleOrFor(): Node {
    if (this.isFor()) return this.forExpression(']');
    const items: Node[] = [];
    for (;;) {
      if (this.peek().kind === TokenKind.PUNCT && this.peek().text === ']') {
        this.next();
        return { t: 'tuple', items };
      }
      items.push(this.expression());
      const t = this.next();
      if (t.kind === TokenKind.PUNCT && t.text === ']') return { t: 'tuple', items };
      if (t.kind !== TokenKind.PUNCT || t.text !== ',') throw new ParseError('expected "," or "]" in a tuple', t.start);
    }
  }

  private objectOrFor(): Node {
    if (this.isFor()) return this.forExpression('}');
    const items: Array<{ key: Node; value: Node }> = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === TokenKind.PUNCT && t.text === '}') {
        this.next();
        return { t: 'object', items };
      }
      const key = this.withNewlines(false, () => this.objectKey());
      const sep = this.next();
      if (sep.kind !== TokenKind.PUNCT || (sep.text !== '=' && sep.text !== ':')) throw new ParseError('expected "=" after an object key', sep.start);
      const value = this.expression();
      items.push({ key, value });
      const end = this.peek();
      if (end.kind === TokenKind.PUNCT && end.text === ',') {
        this.next();
        continue;
      }
      if (end.kind === TokenKind.PUNCT && end.text === '}') continue;
      if (!end.newlineBefore) throw new ParseError('expected a newline, "," or "}" after an object element', end.start);
    }
  }

  /** An object key: a bare name is the name itself; anything else is an expression. */
  private objectKey(): Node {
    const t = this.peek();
    if (t.kind === TokenKind.IDENT) {
      const after = scanToken(this.src, t.end);
      if (after.kind === TokenKind.PUNCT && (after.text === '=' || after.text === ':')) {
        this.next();
        return { t: 'literal', value: t.text };
      }
    }
    return this.binaryKey();
  }

  /** A key expression stops before `=` / `:` (a conditional would swallow the `:`). */
  private binaryKey(): Node {
    return this.binary(0);
  }

  private forExpression(close: ']' | '}'): Node {
    this.next(); // for
    let keyVar: string | undefined;
    let valueVar = this.expectIdent();
    if (this.is(this.peek(), ',')) {
      this.next();
      keyVar = valueVar;
      valueVar = this.expectIdent();
    }
    const inTok = this.next();
    if (inTok.kind !== TokenKind.IDENT || inTok.text !== 'in') throw new ParseError('expected "in" in a for expression', inTok.start);
    const collection = this.withNewlines(false, () => this.expression());
    this.withNewlines(false, () => this.expect(':'));
    return this.withNewlines(false, () => {
      let keyExpr: Node | undefined;
      let valueExpr = this.expression();
      let group = false;
      if (close === '}') {
        this.expect('=>');
        keyExpr = valueExpr;
        valueExpr = this.expression();
        if (this.is(this.peek(), '...')) {
          this.next();
          group = true;
        }
      }
      let condition: Node | undefined;
      const t = this.peek();
      if (t.kind === TokenKind.IDENT && t.text === 'if') {
        this.next();
        condition = this.expression();
      }
      this.expect(close);
      return { t: 'for', keyVar, valueVar, collection, keyExpr, valueExpr, group, condition };
    });
  }

  private postfix(node: Node): Node {
    let current = node;
    for (;;) {
      const t = this.peek();
      if (t.kind !== TokenKind.PUNCT || this.cut(t)) return current;
      if (t.text === '.') {
        this.next();
        const name = this.next();
        if (name.kind === TokenKind.IDENT) {
          current = { t: 'attribute', target: current, name: name.text };
        } else if (name.kind === TokenKind.NUMBER) {
          current = { t: 'index', target: current, key: legacyIndex(name) };
        } else if (name.kind === TokenKind.PUNCT && name.text === '*') {
          current = { t: 'splat', target: current, each: this.attributeSplat() };
        } else {
          throw new ParseError('expected an attribute name after "."', name.start);
        }
      } else if (t.text === '[') {
        this.next();
        const star = this.peek();
        if (star.kind === TokenKind.PUNCT && star.text === '*') {
          this.next();
          this.expect(']');
          current = { t: 'splat', target: current, each: this.postfix(SPLAT_ELEMENT) };
        } else {
          const key = this.withNewlines(false, () => this.expression());
          this.withNewlines(false, () => this.expect(']'));
          current = { t: 'index', target: current, key };
        }
      } else {
        return current;
      }
    }
  }

  /** The attribute (and legacy index) steps after `.*`. */
  private attributeSplat(): Node {
    let each: Node = SPLAT_ELEMENT;
    for (;;) {
      const t = this.peek();
      if (!this.is(t, '.')) return each;
      const after = scanToken(this.src, t.end);
      if (after.kind === TokenKind.IDENT) each = { t: 'attribute', target: each, name: after.text };
      else if (after.kind === TokenKind.NUMBER) each = { t: 'index', target: each, key: legacyIndex(after) };
      else return each;
      this.next();
      this.next();
    }
  }

  // ------------------------------------------------------------ templates

  /**
   * A template from `pos`: the whole rest of the text (`bare`, a JSON string), up to the
   * closing quote (`quoted`), or up to the heredoc's closing marker line.
   */
  private template(mode: TemplateMode, marker?: string, flush = false): Node {
    const flat: Flat[] = [];
    let text = '';
    let lineStart = true;
    const pushText = () => {
      if (text !== '') flat.push({ t: 'text', text, lineStart });
      text = '';
    };
    const src = this.src;
    for (;;) {
      if (mode === 'heredoc' && lineStartOf(text, flat)) {
        const m = new RegExp(`^[ \\t]*${escapeMarker(marker!)}[ \\t]*(?=\\r?\\n|$)`).exec(src.slice(this.pos, this.pos + marker!.length + 200));
        if (m) {
          this.pos += m[0].length;
          break;
        }
      }
      if (this.pos >= src.length) {
        if (mode === 'bare') break;
        throw new ParseError(mode === 'quoted' ? 'unterminated string' : `unterminated heredoc (no closing ${marker})`, this.pos);
      }
      const c = src[this.pos];
      const next = src[this.pos + 1];
      if ((c === '$' || c === '%') && next === c && src[this.pos + 2] === '{') {
        text += `${c}{`;
        this.pos += 3;
        continue;
      }
      if ((c === '$' || c === '%') && next === '{') {
        pushText();
        this.pos += 2;
        const stripLeft = src[this.pos] === '~';
        if (stripLeft) this.pos++;
        if (c === '$') {
          const expr = this.withNewlines(false, () => this.expression());
          flat.push({ t: 'interpolation', expr, stripLeft, stripRight: this.closeSequence() });
        } else {
          flat.push(this.directive(stripLeft));
        }
        lineStart = false;
        continue;
      }
      if (mode === 'quoted') {
        if (c === '"') {
          this.pos++;
          break;
        }
        if (c === '\\') {
          const esc = readEscape(src, this.pos + 1);
          text += esc.text;
          this.pos += 1 + esc.length;
          continue;
        }
        if (c === '\n') throw new ParseError('a quoted string cannot contain a newline (use \\n or a heredoc)', this.pos);
      }
      text += c;
      this.pos++;
      if (mode === 'heredoc' && c === '\n') {
        pushText();
        lineStart = true;
      }
    }
    pushText();
    if (flush) flushHeredoc(flat);
    applyStripMarkers(flat);
    const melded = meld(flat);
    const unwrap = melded.length === 1 && melded[0].t === 'interpolation';
    const parts = nest(melded, 0, []).parts;
    if (!unwrap && parts.every((p) => p.t === 'text')) {
      return { t: 'literal', value: parts.map((p) => (p as { text: string }).text).join('') };
    }
    return { t: 'template', parts, unwrap };
  }

  /** After a template sequence's content: `}` or `~}`; returns whether it strips. */
  private closeSequence(): boolean {
    const { pos } = skipSpace(this.src, this.pos);
    if (this.src[pos] === '~' && this.src[pos + 1] === '}') {
      this.pos = pos + 2;
      return true;
    }
    if (this.src[pos] === '}') {
      this.pos = pos + 1;
      return false;
    }
    throw new ParseError('expected "}" to close the template sequence', pos);
  }

  private directive(stripLeft: boolean): Flat {
    const keyword = this.next();
    if (keyword.kind !== TokenKind.IDENT) throw new ParseError('expected if, else, endif, for or endfor after "%{"', keyword.start);
    switch (keyword.text) {
      case 'if': {
        const condition = this.withNewlines(false, () => this.expression());
        return { t: 'if', condition, stripLeft, stripRight: this.closeSequence() };
      }
      case 'else': case 'endif': case 'endfor':
        return { t: keyword.text, stripLeft, stripRight: this.closeSequence() };
      case 'for': {
        let key: string | undefined;
        let value = this.expectIdent();
        if (this.is(this.peek(), ',')) {
          this.next();
          key = value;
          value = this.expectIdent();
        }
        const inTok = this.next();
        if (inTok.kind !== TokenKind.IDENT || inTok.text !== 'in') throw new ParseError('expected "in" in a for directive', inTok.start);
        const collection = this.withNewlines(false, () => this.expression());
        return { t: 'for', key, value, collection, stripLeft, stripRight: this.closeSequence() };
      }
      default:
        throw new ParseError(`unknown template directive "${keyword.text}"`, keyword.start);
    }
  }
}

function legacyIndex(t: Token): Node {
  if (!/^\d+$/.test(t.text)) throw new ParseError('chained legacy indexes (a.0.1) are not allowed; write a[0][1]', t.start);
  return { t: 'literal', value: Number(t.text) };
}

function escapeMarker(marker: string): string {
  return marker.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

// ------------------------------------------------------------ public, cached

const TEMPLATE_CACHE = new Map<string, Node>();
const CACHE_LIMIT = 20000;

/** Parse a Terraform JSON string as a template. Throws `ParseError` for invalid syntax. */
export function parseTemplate(text: string): Node {
  const cached = TEMPLATE_CACHE.get(text);
  if (cached) return cached;
  const node = new Parser(text).wholeTemplate();
  if (TEMPLATE_CACHE.size >= CACHE_LIMIT) TEMPLATE_CACHE.clear();
  TEMPLATE_CACHE.set(text, node);
  return node;
}

/** Parse the text of one expression (`var.x == "a" ? 1 : 2`). Throws `ParseError` for invalid syntax. */
export function parseExpression(text: string): Node {
  return new Parser(text).wholeExpression();
}
