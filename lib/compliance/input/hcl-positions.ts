/**
 * Positions in HCL (`*.tf`), for ./positions.ts: a scanner that reads the structure of a
 * file — blocks with their labels, arguments, object and list values — and records where
 * each starts. It knows just enough of HCL's syntax (strings with `${…}` / `%{…}`
 * templates, heredocs, the three comment forms) to skip what it does not need; expressions
 * are skipped, not evaluated. The configuration itself comes from `@cdktf/hcl2json`
 * (./hcl.ts), which has already rejected invalid HCL.
 */
import { blockKey, FilePositions, LineIndex, pathSegments, SourcePoint } from './positions';

/** A block, an argument, or an element of a list value. */
interface Node {
  /** Offset of its first character (the block type or argument name). */
  readonly at: number;
  labels: string[];
  /** Arguments and nested blocks (and keys of an object value), by name, in order. */
  readonly children: Map<string, Node[]>;
  /** Elements of a list value. */
  items?: Node[];
  /** The value, when it is a plain string without templates. */
  literal?: string;
}

const NL = 10;

class HclScanner {
  private i = 0;

  constructor(private readonly t: string) {}

  public file(): Node {
    return this.body(0, -1);
  }

  /** A body (block or object value) up to the code `close` (-1: the end of the file), which it consumes. */
  private body(at: number, close: number): Node {
    const node: Node = { at, labels: [], children: new Map() };
    for (;;) {
      this.space(true);
      const c = this.code();
      if (Number.isNaN(c)) return node;
      if (c === close) {
        this.i++;
        return node;
      }
      if (c === 44) {
        this.i++;
        continue;
      }
      if (close === -1 && (c === 125 || c === 93 || c === 41)) {
        this.i++; // stray closing bracket at the top level: HCL would reject it; keep going
        continue;
      }
      const start = this.i;
      const key = this.key();
      if (key === undefined) {
        this.skipExpression(close, true);
        if (this.i === start) this.i++; // a closing bracket that is not ours: step over it
        continue;
      }
      this.space(false);
      const d = this.code();
      if ((d === 61 && this.t.charCodeAt(this.i + 1) !== 61) || (d === 58 && close !== -1)) {
        this.i++;
        add(node, key, this.expression(start, close));
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        this.space(false);
        const e = this.code();
        if (e === 34) {
          labels.push(this.stringLiteral() ?? '');
        } else if (isIdentStart(e)) {
          labels.push(this.identifier());
        } else if (e === 123) {
          this.i++;
          const block = this.body(start, 125);
          block.labels = labels;
          add(node, key, block);
          break;
        } else {
          // Not a block or an argument (e.g. a `for` expression in an object): skip it.
          this.skipExpression(close, true);
          break;
        }
      }
    }
  }

  /** A value after `=`: an object or list is read into nodes, anything else skipped. */
  private expression(at: number, close: number): Node {
    this.space(false);
    const c = this.code();
    if (c === 123) {
      this.i++;
      const obj = this.body(at, 125);
      this.skipExpression(close, true);
      return obj;
    }
    if (c === 91) {
      this.i++;
      const list: Node = { at, labels: [], children: new Map(), items: this.list() };
      this.skipExpression(close, true);
      return list;
    }
    const node: Node = { at, labels: [], children: new Map() };
    if (c === 34) {
      const value = this.stringLiteral();
      const rest = this.i;
      this.skipExpression(close, true);
      if (value !== undefined && this.t.slice(rest, this.i).trim().length === 0) node.literal = value;
      return node;
    }
    this.skipExpression(close, true);
    return node;
  }

  /** The elements of a list value, up to and including its `]`. */
  private list(): Node[] {
    const items: Node[] = [];
    for (;;) {
      this.space(true);
      const c = this.code();
      if (Number.isNaN(c)) return items;
      if (c === 93) {
        this.i++;
        return items;
      }
      if (c === 44) {
        this.i++;
        continue;
      }
      const at = this.i;
      if (c === 123) {
        this.i++;
        items.push(this.body(at, 125));
      } else if (c === 91) {
        this.i++;
        items.push({ at, labels: [], children: new Map(), items: this.list() });
      } else {
        items.push({ at, labels: [], children: new Map() });
      }
      this.skipExpression(93, false);
      if (this.i === at) this.i++; // a closing bracket that is not ours: step over it
    }
  }

  /** An argument or block name: an identifier, a quoted string (object keys) or a parenthesized expression. */
  private key(): string | undefined {
    const c = this.code();
    if (isIdentStart(c)) return this.identifier();
    if (c === 34) return this.stringLiteral() ?? '';
    if (c === 40) {
      this.skipBalanced();
      return '(expression)';
    }
    return undefined;
  }

  private identifier(): string {
    const start = this.i;
    while (isIdentPart(this.code())) this.i++;
    return this.t.slice(start, this.i);
  }

  /** A quoted string; its text when it has no template sequence, else undefined. */
  private stringLiteral(): string | undefined {
    const start = this.i;
    let plain = true;
    this.i++;
    for (;;) {
      const c = this.code();
      if (Number.isNaN(c) || c === NL) break;
      if (c === 92) {
        this.i += 2;
        continue;
      }
      if (c === 34) {
        this.i++;
        break;
      }
      if ((c === 36 || c === 37) && this.t.charCodeAt(this.i + 1) === 123) {
        plain = false;
        this.i++;
        this.skipBalanced();
        continue;
      }
      if ((c === 36 || c === 37) && this.t.charCodeAt(this.i + 1) === c) {
        this.i += 2; // `$${` and `%%{` are literal
        continue;
      }
      this.i++;
    }
    if (!plain) return undefined;
    try {
      return JSON.parse(this.t.slice(start, this.i)) as string;
    } catch {
      return this.t.slice(start + 1, this.i - 1);
    }
  }

  /**
   * Skip an expression: up to a line break (when `lineEnds`), a `,`, or the code `close`
   * at bracket depth 0, none of which it consumes.
   */
  private skipExpression(close: number, lineEnds: boolean): void {
    for (;;) {
      const c = this.code();
      if (Number.isNaN(c) || c === close || c === 44 || (lineEnds && c === NL)) return;
      if (c === 123 || c === 91 || c === 40) {
        this.skipBalanced();
      } else if (c === 125 || c === 93 || c === 41) {
        return; // a closing bracket of an enclosing construct
      } else if (c === 34) {
        this.stringLiteral();
      } else if (c === 60 && this.t.charCodeAt(this.i + 1) === 60 && this.heredoc()) {
        // skipped
      } else if (!this.comment()) {
        this.i++;
      }
    }
  }

  /** Skip from an opening bracket (or `${`, `%{`) to its matching close. */
  private skipBalanced(): void {
    if (this.code() === 36 || this.code() === 37) this.i++;
    let depth = 0;
    for (;;) {
      const c = this.code();
      if (Number.isNaN(c)) return;
      if (c === 123 || c === 91 || c === 40) {
        depth++;
        this.i++;
      } else if (c === 125 || c === 93 || c === 41) {
        depth--;
        this.i++;
        if (depth <= 0) return;
      } else if (c === 34) {
        this.stringLiteral();
      } else if (c === 60 && this.t.charCodeAt(this.i + 1) === 60 && this.heredoc()) {
        // skipped
      } else if (!this.comment()) {
        this.i++;
      }
    }
  }

  /** Skip a heredoc (`<<EOF` / `<<-EOF` … `EOF`) when one starts here. */
  private heredoc(): boolean {
    const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(this.t.slice(this.i, this.i + 200));
    if (!m) return false;
    let lineStart = this.i + m[0].length;
    for (;;) {
      const end = this.t.indexOf('\n', lineStart);
      const line = this.t.slice(lineStart, end === -1 ? this.t.length : end);
      if (line.trim() === m[1]) {
        this.i = lineStart + line.length;
        return true;
      }
      if (end === -1) {
        this.i = this.t.length;
        return true;
      }
      lineStart = end + 1;
    }
  }

  /** Skip a comment when one starts here (`#` and `//` up to the line break, `/* … *\/`). */
  private comment(): boolean {
    const c = this.code();
    const d = this.t.charCodeAt(this.i + 1);
    if (c === 35 || (c === 47 && d === 47)) {
      const end = this.t.indexOf('\n', this.i);
      this.i = end === -1 ? this.t.length : end;
      return true;
    }
    if (c === 47 && d === 42) {
      const end = this.t.indexOf('*/', this.i + 2);
      this.i = end === -1 ? this.t.length : end + 2;
      return true;
    }
    return false;
  }

  /** Skip blanks and comments, and line breaks too when `newlines`. */
  private space(newlines: boolean): void {
    for (;;) {
      const c = this.code();
      if (c === 32 || c === 9 || c === 13 || (newlines && c === NL)) this.i++;
      else if (!this.comment()) return;
    }
  }

  private code(): number {
    return this.t.charCodeAt(this.i);
  }
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}

function add(node: Node, key: string, child: Node): void {
  const list = node.children.get(key);
  if (list) list.push(child);
  else node.children.set(key, [child]);
}

/** The block a file declares at a block address (see `FilePositions`). */
function findBlock(root: Node, address: string): Node | undefined {
  const key = blockKey(address);
  if (!key) return undefined;
  const labelled = (parent: Node | undefined, type: string, labels: string[]) =>
    (parent?.children.get(type) ?? []).find((b) => labels.every((l, i) => b.labels[i] === l));
  switch (key.section) {
    case 'provider':
      return (root.children.get('provider') ?? []).find((b) => b.labels[0] === key.labels[0] && b.children.get('alias')?.[0]?.literal === key.alias);
    case 'backend':
      for (const t of root.children.get('terraform') ?? []) {
        const b = labelled(t, 'backend', key.labels);
        if (b) return b;
      }
      return undefined;
    case 'required_providers':
      for (const t of root.children.get('terraform') ?? []) {
        for (const rp of t.children.get('required_providers') ?? []) {
          const entry = rp.children.get(key.labels[0])?.[0];
          if (entry) return entry;
        }
      }
      return undefined;
    default:
      return labelled(root, key.section, key.labels);
  }
}

/** Walk an argument path inside a block; the deepest node written. */
function walk(block: Node, path: string): Node | undefined {
  let cur: Node = block;
  let occurrences: Node[] | undefined;
  let found: Node | undefined;
  for (const seg of pathSegments(path)) {
    if (seg.name !== undefined) {
      const base = cur.items?.[0] ?? cur;
      let list = base.children.get(seg.name);
      if (!list) {
        // `dynamic "ingress" { content { … } }` writes what the engine reads as `ingress`.
        const dynamic = (base.children.get('dynamic') ?? []).filter((d) => d.labels[0] === seg.name);
        if (dynamic.length > 0) list = dynamic.map((d) => d.children.get('content')?.[0] ?? d);
      }
      if (!list || list.length === 0) break;
      occurrences = list;
      cur = list[0];
      found = cur;
    } else {
      const index = seg.index!;
      const next = occurrences && occurrences.length > 1 ? occurrences[index] : cur.items ? cur.items[index] : index === 0 ? cur : undefined;
      if (!next) break;
      occurrences = undefined;
      cur = next;
      found = next;
    }
  }
  return found;
}

/** Positions in an HCL file: a block at its type keyword, an argument at its name. @internal */
export function hclPositions(text: string): FilePositions {
  let root: Node | undefined;
  const lines = new LineIndex(text);
  const point = (n: Node | undefined): SourcePoint | undefined => (n ? lines.at(n.at) : undefined);
  const block = (address: string) => findBlock((root ??= new HclScanner(text).file()), address);
  return {
    block: (address) => point(block(address)),
    attribute: (address, path) => {
      const b = block(address);
      return b ? point(walk(b, path)) : undefined;
    },
  };
}
