/**
 * Encoding, hashing, path and type conversion functions.
 * https://developer.hashicorp.com/terraform/language/functions
 * @internal
 */
import { createHash } from 'crypto';
import { convert } from '../convert';
import { DYNAMIC, EvalError, Type } from '../value';
import { ANY_UNKNOWN, FunctionSpec, FunctionTable, pending, STRING, str } from './support';

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function decodeBase64(text: string, what: string): Buffer {
  // Go's decoder skips line breaks, and nothing else.
  const compact = text.replace(/[\r\n]/g, '');
  if (!STRICT_BASE64.test(compact)) throw new EvalError(`${what}: failed to decode base64 data ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`);
  return Buffer.from(compact, 'base64');
}

function utf8(bytes: Buffer, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EvalError(`${what}: the result of decoding the provided string is not valid UTF-8`);
  }
}

/** Character encodings `textencodebase64` / `textdecodebase64` support here (others stay unknown). */
function encodingOf(name: string): 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1' | undefined {
  switch (name.toUpperCase().replace(/_/g, '-')) {
    case 'UTF-8': case 'UTF8': return 'utf-8';
    case 'UTF-16LE': return 'utf-16le';
    case 'UTF-16BE': return 'utf-16be';
    case 'ISO-8859-1': case 'LATIN1': case 'ISO8859-1': return 'latin1';
    default: return undefined;
  }
}

function textEncode(text: string, encodingName: string): string {
  const encoding = encodingOf(encodingName);
  if (encoding === undefined) pending();
  let bytes: Buffer;
  switch (encoding) {
    case 'utf-8': bytes = Buffer.from(text, 'utf8'); break;
    case 'utf-16le': bytes = Buffer.from(text, 'utf16le'); break;
    case 'utf-16be': bytes = Buffer.from(text, 'utf16le').swap16(); break;
    default:
      if ([...text].some((c) => c.codePointAt(0)! > 0xff)) throw new EvalError(`textencodebase64: the string contains characters that ${encodingName} cannot represent`);
      bytes = Buffer.from(text, 'latin1');
  }
  return bytes.toString('base64');
}

function textDecode(data: string, encodingName: string): string {
  const encoding = encodingOf(encodingName);
  if (encoding === undefined) pending();
  const bytes = decodeBase64(data, 'textdecodebase64');
  switch (encoding) {
    case 'utf-8': return utf8(bytes, 'textdecodebase64');
    case 'utf-16le': return bytes.toString('utf16le');
    case 'utf-16be': return Buffer.from(bytes).swap16().toString('utf16le');
    default: return bytes.toString('latin1');
  }
}

/** Go's url.QueryEscape. */
function queryEscape(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const NAMESPACES: { readonly [name: string]: string } = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};

function uuidBytes(text: string): Buffer {
  const hex = text.replace(/^urn:uuid:/i, '').replace(/^\{|\}$/g, '').replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new EvalError(`uuidv5: ${JSON.stringify(text)} is not a valid namespace UUID (or dns, url, oid, x500)`);
  return Buffer.from(hex, 'hex');
}

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
function uuidv5(namespace: string, name: string): string {
  const ns = uuidBytes(NAMESPACES[namespace] ?? namespace);
  const hash = createHash('sha1').update(ns).update(Buffer.from(name, 'utf8')).digest().subarray(0, 16);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const digest = (algorithm: string, encoding: 'hex' | 'base64'): FunctionSpec => ({
  params: [STRING],
  impl: ([s]) => createHash(algorithm).update(Buffer.from(str(s), 'utf8')).digest(encoding),
});

/** Go's path/filepath.Clean on Unix paths. */
function clean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

function basename(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return clean(p.slice(0, i + 1));
}

const to = (type: Type): FunctionSpec => ({
  params: [ANY_UNKNOWN],
  impl: ([v]) => convert(v, type),
});

export const ENCODING_FUNCTIONS: FunctionTable = {
  base64encode: { params: [STRING], impl: ([s]) => Buffer.from(str(s), 'utf8').toString('base64') },
  base64decode: { params: [STRING], impl: ([s]) => utf8(decodeBase64(str(s), 'base64decode'), 'base64decode') },
  textencodebase64: { params: [STRING, STRING], impl: ([s, e]) => textEncode(str(s), str(e)) },
  textdecodebase64: { params: [STRING, STRING], impl: ([s, e]) => textDecode(str(s), str(e)) },
  urlencode: { params: [STRING], impl: ([s]) => queryEscape(str(s)) },
  md5: digest('md5', 'hex'),
  sha1: digest('sha1', 'hex'),
  sha256: digest('sha256', 'hex'),
  sha512: digest('sha512', 'hex'),
  base64sha256: digest('sha256', 'base64'),
  base64sha512: digest('sha512', 'base64'),
  uuidv5: { params: [STRING, STRING], impl: ([ns, name]) => uuidv5(str(ns), str(name)) },
  basename: { params: [STRING], impl: ([p]) => basename(str(p)) },
  dirname: { params: [STRING], impl: ([p]) => dirname(str(p)) },
  tostring: to('string'),
  tonumber: to('number'),
  tobool: to('bool'),
  tolist: to({ kind: 'list', element: DYNAMIC }),
  toset: to({ kind: 'set', element: DYNAMIC }),
  tomap: to({ kind: 'map', element: DYNAMIC }),
  // Sensitivity changes how Terraform shows a value, not the value.
  sensitive: { params: [ANY_UNKNOWN], impl: ([v]) => v },
  nonsensitive: { params: [ANY_UNKNOWN], impl: ([v]) => v },
  ephemeralasnull: { params: [ANY_UNKNOWN], impl: ([v]) => v },
};

