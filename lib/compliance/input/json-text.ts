/**
 * JSON parsing that says where a file is broken. `JSON.parse` is fast but its messages
 * name no line (and often no position at all), so on failure a small scanner walks the
 * text again to find the first offending character.
 */
import { SovereignError } from '../../errors';

/** A line/column position (both 1-based). @internal */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Parse JSON text read from `file`; throws an `INVALID_JSON` error naming the file, line and column. @internal */
export function parseJson(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim().length === 0) {
    throw new SovereignError('INVALID_JSON', `Invalid JSON in ${file}: the file is empty. Allowed: a Terraform JSON configuration or the output of \`terraform show -json\`. Fix: synthesize or export the configuration again.`);
  }
  try {
    return JSON.parse(body);
  } catch (e) {
    const found = findJsonError(body);
    const where = found ? ` at ${describePosition(positionAt(body, found.offset))}` : '';
    const reason = found?.reason ?? (e instanceof Error ? e.message : String(e));
    throw new SovereignError('INVALID_JSON', `Invalid JSON in ${file}${where}: ${reason}. Fix: correct the file (or synthesize / export it again).`);
  }
}

/** `line 3, column 7`. @internal */
export function describePosition(p: TextPosition): string {
  return `line ${p.line}, column ${p.column}`;
}

/** Line and column of a character offset. @internal */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

interface JsonError {
  readonly offset: number;
  readonly reason: string;
}

class Stop extends Error {
  constructor(public readonly offset: number, public readonly reason: string) {
    super(reason);
  }
}

/** The offset and reason of the first syntax error in `text`, or undefined when it is valid. @internal */
export function findJsonError(text: string): JsonError | undefined {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the file' : `${JSON.stringify(text[at])}`);
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (c: string, context: string) => {
    ws();
    if (text[i] !== c) fail(`expected "${c}" ${context}, found ${describe(i)}`);
    i++;
  };
  const string = () => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid \\u escape in string');
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) fail(`invalid escape "\\${next ?? ''}" in string`);
        i += 2;
        continue;
      }
      if (c < 0x20) fail('unescaped control character (e.g. a line break) in string');
      i++;
    }
    fail('unterminated string', start);
  };
  const value = (depth: number): void => {
    if (depth > 2000) fail('nesting too deep');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
        string();
        expect(':', 'after the property name');
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') fail('trailing comma before "}"');
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected "," or "}" after a property value, found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') fail('trailing comma before "]"');
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected "," or "]" after an array element, found ${describe(i)}`);
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal && literal[0].length > 0) {
      i += literal[0].length;
      return;
    }
    fail(`expected a value, found ${describe(i)}`);
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, reason: e.reason };
    throw e;
  }
}
