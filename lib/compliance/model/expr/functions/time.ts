/**
 * Date and time functions on RFC 3339 timestamps: `formatdate`, `timeadd`, `timecmp`.
 * (`timestamp()` and `plantimestamp()` depend on when Terraform runs: they stay unknown.)
 * https://developer.hashicorp.com/terraform/language/functions/formatdate
 * @internal
 */
import { EvalError } from '../value';
import { FunctionTable, STRING, str } from './support';

interface Timestamp {
  /** Nanoseconds since the epoch (UTC). */
  readonly ns: bigint;
  /** Offset from UTC in minutes, as written. */
  readonly offset: number;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

function parseTimestamp(text: string): Timestamp {
  const m = RFC3339.exec(text);
  if (!m) throw new EvalError(`not a valid RFC 3339 timestamp: ${JSON.stringify(text)} (use e.g. "2024-01-31T12:00:00Z")`);
  const [, y, mo, d, h, mi, s, frac = '', z, sign, oh, om] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(Number(y), month, 0)).getUTCDate() || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    throw new EvalError(`not a valid RFC 3339 timestamp: ${JSON.stringify(text)} (a field is out of range)`);
  }
  const offset = z ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  if (!z && (Number(oh) > 23 || Number(om) > 59)) throw new EvalError(`not a valid RFC 3339 timestamp: ${JSON.stringify(text)} (the time zone offset is out of range)`);
  const ms = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s)) - offset * 60000;
  const nanos = BigInt(frac.padEnd(9, '0') || '0');
  return { ns: BigInt(ms) * 1000000n + nanos, offset };
}

/** The calendar fields of a timestamp in its own offset. */
function fields(t: Timestamp): Date {
  const ms = Number(t.ns / 1000000n - (t.ns % 1000000n < 0n ? 1n : 0n)) + t.offset * 60000;
  return new Date(ms);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function offsetText(offset: number, colon: boolean): string {
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  return `${sign}${pad2(Math.floor(a / 60))}${colon ? ':' : ''}${pad2(a % 60)}`;
}

/** Terraform's `formatdate` specification language. */
function formatDate(spec: string, t: Timestamp): string {
  const d = fields(t);
  let out = '';
  let i = 0;
  while (i < spec.length) {
    const c = spec[i];
    if (c === "'") {
      if (spec[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let literal = '';
      for (;;) {
        if (j >= spec.length) throw new EvalError("formatdate: unterminated literal '");
        if (spec[j] === "'") {
          if (spec[j + 1] === "'") {
            literal += "'";
            j += 2;
            continue;
          }
          break;
        }
        literal += spec[j++];
      }
      out += literal;
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    while (spec[j] === c) j++;
    const token = spec.slice(i, j);
    i = j;
    out += verb(token, d, t.offset);
  }
  return out;
}

function verb(token: string, d: Date, offset: number): string {
  const n = token.length;
  const bad = (allowed: string) => new EvalError(`formatdate: invalid date format verb ${JSON.stringify(token)}: ${allowed}`);
  switch (token[0]) {
    case 'Y':
      if (n === 2) return pad2(d.getUTCFullYear() % 100);
      if (n === 4) return String(d.getUTCFullYear()).padStart(4, '0');
      throw bad('year must either be "YY" or "YYYY"');
    case 'M': {
      const m = d.getUTCMonth();
      if (n === 1) return String(m + 1);
      if (n === 2) return pad2(m + 1);
      if (n === 3) return MONTHS[m].slice(0, 3);
      if (n === 4) return MONTHS[m];
      throw bad('month must be "M", "MM", "MMM", or "MMMM"');
    }
    case 'D':
      if (n === 1) return String(d.getUTCDate());
      if (n === 2) return pad2(d.getUTCDate());
      throw bad('day of month must either be "D" or "DD"');
    case 'E':
      if (n === 3) return DAYS[d.getUTCDay()].slice(0, 3);
      if (n === 4) return DAYS[d.getUTCDay()];
      throw bad('day of week must either be "EEE" or "EEEE"');
    case 'h':
      if (n === 1) return String(d.getUTCHours());
      if (n === 2) return pad2(d.getUTCHours());
      throw bad('24-hour must either be "h" or "hh"');
    case 'H': {
      const h = d.getUTCHours() % 12 || 12;
      if (n === 1) return String(h);
      if (n === 2) return pad2(h);
      throw bad('12-hour must either be "H" or "HH"');
    }
    case 'A': case 'a': {
      if (n !== 2) throw bad(`must be "${token[0]}${token[0]}"`);
      const pm = d.getUTCHours() >= 12;
      const text = pm ? 'PM' : 'AM';
      return token[0] === 'A' ? text : text.toLowerCase();
    }
    case 'm':
      if (n === 1) return String(d.getUTCMinutes());
      if (n === 2) return pad2(d.getUTCMinutes());
      throw bad('minute must either be "m" or "mm"');
    case 's':
      if (n === 1) return String(d.getUTCSeconds());
      if (n === 2) return pad2(d.getUTCSeconds());
      throw bad('second must either be "s" or "ss"');
    case 'Z':
      if (n === 1) return offset === 0 ? 'Z' : offsetText(offset, true);
      if (n === 3) return offset === 0 ? 'UTC' : offsetText(offset, false);
      if (n === 4) return offsetText(offset, false);
      if (n === 5) return offsetText(offset, true);
      throw bad('timezone must be Z, ZZZZ, or ZZZZZ');
    default:
      throw new EvalError(`formatdate: invalid date format verb ${JSON.stringify(token)}`);
  }
}

const UNITS: { readonly [unit: string]: bigint } = { ns: 1n, us: 1000n, 'µs': 1000n, 'μs': 1000n, ms: 1000000n, s: 1000000000n, m: 60000000000n, h: 3600000000000n };

/** Go's time.ParseDuration, in nanoseconds. */
function parseDuration(text: string): bigint {
  const bad = () => new EvalError(`timeadd: invalid duration ${JSON.stringify(text)} (use e.g. "1h30m", "-10s")`);
  let s = text;
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s.startsWith('-');
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') throw bad();
  let total = 0n;
  const part = /^(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/;
  while (s.length > 0) {
    const m = part.exec(s);
    if (!m || (m[1] === '' && (m[2] === undefined || m[2] === ''))) throw bad();
    const unit = UNITS[m[3]];
    const whole = BigInt(m[1] || '0') * unit;
    const frac = m[2] ? (BigInt(m[2]) * unit) / 10n ** BigInt(m[2].length) : 0n;
    total += whole + frac;
    s = s.slice(m[0].length);
  }
  return negative ? -total : total;
}

/** RFC 3339 at second precision in the timestamp's own offset (`Z` for UTC), as Go formats it. */
function formatRfc3339(t: Timestamp): string {
  const d = fields(t);
  const date = `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  return `${date}T${time}${t.offset === 0 ? 'Z' : offsetText(t.offset, true)}`;
}

export const TIME_FUNCTIONS: FunctionTable = {
  formatdate: { params: [STRING, STRING], impl: ([spec, ts]) => formatDate(str(spec), parseTimestamp(str(ts))) },
  timeadd: {
    params: [STRING, STRING],
    impl: ([ts, duration]) => {
      const t = parseTimestamp(str(ts));
      return formatRfc3339({ ns: t.ns + parseDuration(str(duration)), offset: t.offset });
    },
  },
  timecmp: {
    params: [STRING, STRING],
    impl: ([a, b]) => {
      const x = parseTimestamp(str(a)).ns;
      const y = parseTimestamp(str(b)).ns;
      return x === y ? 0 : x < y ? -1 : 1;
    },
  },
};
