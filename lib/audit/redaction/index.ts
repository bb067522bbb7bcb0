import * as fs from 'fs';
import * as path from 'path';
import { Token } from 'cdktf';
import { invalidInput, listAllowed } from '../../errors';
import { RedactionPattern } from './pattern';

export { RedactionPattern } from './pattern';

/** A kind of personal data the redaction filter finds without configuration. */
export enum PiiKind {
  /**
   * E-mail addresses (RFC 5322/6531 `local@domain.tld`, also UTF-8, URL-encoded `%40` and
   * address literals), and the user name of `scheme://user@host` and `user@host:path`
   * (as `<user:…>`, the host kept).
   */
  EMAIL = 'email',
  /** IPv4 addresses in dotted-quad form (also with tcpdump's `.port`). */
  IPV4 = 'ipv4',
  /** IPv6 addresses: full, compressed (`::`), with an IPv4 tail, a zone (`%eth0`), a label or a port. */
  IPV6 = 'ipv6',
}

/** What the filter does when its key is missing, shorter than 16 bytes or of fewer than 8 distinct bytes. */
export enum MissingKeyBehavior {
  /**
   * Keep records, but replace every match by a fixed marker `<type:unkeyed>`:
   * no personal data and no correlation until the key is fixed.
   */
  MASK = 'mask',
  /** Drop every record until the key is fixed. */
  DROP = 'drop',
}

/** What the filter does with a record larger than `maxRecordBytes` when user patterns are configured. */
export enum OversizeBehavior {
  /**
   * Replace the record by a tombstone (`pii_redaction_error`, `pii_redaction_record_bytes`):
   * nothing of it reaches the log store, so nothing a user pattern would have found either.
   */
  TOMBSTONE = 'tombstone',
  /**
   * Keep the record, redacted by the built-in matchers only (e-mail, IPv4, IPv6), and mark it
   * with `pii_redaction_oversize`. What only a user pattern finds stays in clear text.
   */
  BUILTINS_ONLY = 'builtins',
}

/** Default of `PiiRedactionProps.maxRecordBytes`: 1 MiB, the audit pipeline's tail buffer for container logs. */
const DEFAULT_MAX_RECORD_BYTES = 1048576;
const MIN_RECORD_BYTES = 1024;

/** Properties of {@link PiiRedaction}. */
export interface PiiRedactionProps {
  /**
   * Built-in matchers to switch off. Opting out means that kind of personal data
   * reaches the log store in clear text.
   *
   * @default - none: e-mail, IPv4 and IPv6 addresses are all redacted
   */
  readonly disabledMatchers?: PiiKind[];

  /**
   * Extra patterns to redact (customer numbers, IBANs, phone numbers …). More can
   * be added with `addPattern()`.
   *
   * @default - none
   */
  readonly patterns?: RedactionPattern[];

  /**
   * Environment variable of the Fluent Bit container that holds the pseudonym key
   * (fill it from a Kubernetes secret; at least 16 bytes and 8 distinct byte values, e.g.
   * `openssl rand -hex 32`; trailing newlines are ignored).
   *
   * @default "REDACTION_KEY"
   */
  readonly keyEnvironmentVariable?: string;

  /**
   * What happens while the key is missing, too short or of too few distinct bytes. Either
   * way no personal data passes.
   *
   * @default MissingKeyBehavior.MASK
   */
  readonly missingKeyBehavior?: MissingKeyBehavior;

  /**
   * Whether map keys are redacted too (for logs such as `{"alice@example.com": 3}`).
   * Opting out leaves personal data that appears as a key in clear text.
   *
   * @default true
   */
  readonly redactMapKeys?: boolean;

  /**
   * Bound on the text of one record (bytes of all strings and map keys) for user patterns.
   * User patterns are checked to run in time linear in the line length; this is the second
   * line of defence: a larger record gets `oversizeBehavior`, is counted, and a line on
   * Fluent Bit's stderr reports it (the 1st, 10th, 100th, 1000th and every 10,000th).
   * Without user patterns it has no effect: the built-in matchers run on records of any size.
   *
   * @default 1048576 (1 MiB)
   */
  readonly maxRecordBytes?: number;

  /**
   * What happens to a record larger than `maxRecordBytes` when user patterns are configured.
   * Either way it is never passed on unredacted.
   *
   * @default OversizeBehavior.TOMBSTONE
   */
  readonly oversizeBehavior?: OversizeBehavior;

  /**
   * Fluent Bit `Match` pattern selecting the records to redact.
   *
   * @default "*" (every record)
   */
  readonly match?: string;
}

const DEFAULT_KEY_ENV = 'REDACTION_KEY';
const SCRIPT_FILE = 'redact.lua';

let scriptCache: string | undefined;

/**
 * Where redact.lua lives: next to this module in the sources (lib/audit/redaction),
 * and under lib/ of the package when running from the compiled out/ tree, which is
 * why the package's "files" must list lib/audit/redaction/redact.lua.
 */
function readScript(): string {
  if (scriptCache !== undefined) return scriptCache;
  const candidates = [
    path.join(__dirname, SCRIPT_FILE),
    path.join(__dirname, '..', '..', '..', 'lib', 'audit', 'redaction', SCRIPT_FILE),
  ];
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) {
      scriptCache = fs.readFileSync(candidate, 'utf8');
      return scriptCache;
    }
  }
  throw new Error(
    `cdktf-sovereign: ${SCRIPT_FILE} is missing from the installed package (looked in ${candidates.join(', ')}). ` +
      'Reinstall cdktf-sovereign; the package must ship lib/audit/redaction/redact.lua.',
  );
}

/** A Lua string literal for any text: printable ASCII as is, every other byte as \ddd. */
function luaString(text: string): string {
  let out = '"';
  for (const b of Buffer.from(text, 'utf8')) {
    if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += '\\\\';
    else if (b >= 0x20 && b <= 0x7e) out += String.fromCharCode(b);
    else out += `\\${b.toString().padStart(3, '0')}`;
  }
  return `${out}"`;
}

/** A single-line Fluent Bit value: non-empty, no control characters or surrounding spaces. */
function checkConfigValue(code: string, what: string, value: string, allowed: string, fix: string): void {
  const ok =
    typeof value === 'string' &&
    !Token.isUnresolved(value) &&
    value.length > 0 &&
    value.trim() === value &&
    !/[\u0000-\u001f\u007f]/.test(value);
  if (!ok) throw invalidInput({ code, what, given: value, allowed, fix });
}

/**
 * The PII redaction filter for a Fluent Bit pipeline: the Lua script and the
 * filter section that loads it.
 *
 * Every string of every record (values at any depth, and map keys) is scanned
 * for e-mail, IPv4 and IPv6 addresses and the user's patterns; each match is
 * replaced by a keyed pseudonym `<type:hhhhhhhhhhhhhhhh>` (the first 16 hex
 * digits of HMAC-SHA256 over the type and the normalized value). The key comes
 * from an environment variable, so the same value stays correlatable across
 * records without being stored, and nobody without the key can test guesses.
 *
 * This is not a construct: the audit pipeline puts `renderScript()` into its
 * ConfigMap under `PiiRedaction.SCRIPT_FILE_NAME`, adds `renderClassicFilter()`
 * (or `filterProperties()` for YAML) before its outputs, and maps the key secret
 * to `keyEnvironmentVariable`.
 *
 * @example
 * const redaction = new PiiRedaction({
 *   patterns: [RedactionPattern.luaPattern('customer=(%d+)', 'customer')],
 * });
 * const script = redaction.renderScript();
 * const filter = redaction.renderClassicFilter('/fluent-bit/scripts/redact.lua');
 */
export class PiiRedaction {
  /** Name of the Lua function Fluent Bit calls (`call redact`). */
  public static readonly CALL_FUNCTION = 'redact';
  /** File name the script expects to be mounted as. */
  public static readonly SCRIPT_FILE_NAME = SCRIPT_FILE;

  /** The redact.lua source as shipped, without configuration (defaults apply when loaded alone). */
  public static scriptSource(): string {
    return readScript();
  }

  /** Environment variable the key is read from. */
  public readonly keyEnvironmentVariable: string;
  /** Behaviour while the key is missing or too short. */
  public readonly missingKeyBehavior: MissingKeyBehavior;
  /** Whether map keys are redacted too. */
  public readonly redactMapKeys: boolean;
  /** Fluent Bit `Match` pattern of the filter. */
  public readonly match: string;
  /** Bound on the text of one record for user patterns, in bytes. */
  public readonly maxRecordBytes: number;
  /** What happens to a record over `maxRecordBytes` when user patterns are configured. */
  public readonly oversizeBehavior: OversizeBehavior;

  private readonly disabled: Set<PiiKind>;
  private readonly userPatterns: RedactionPattern[] = [];

  constructor(props: PiiRedactionProps = {}) {
    this.keyEnvironmentVariable = props.keyEnvironmentVariable ?? DEFAULT_KEY_ENV;
    const keyEnv = this.keyEnvironmentVariable;
    if (typeof keyEnv !== 'string' || Token.isUnresolved(keyEnv) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(keyEnv)) {
      throw invalidInput({
        code: 'INVALID_ENVIRONMENT_VARIABLE_NAME',
        what: 'PiiRedaction keyEnvironmentVariable',
        given: keyEnv,
        allowed: 'an environment variable name: letters, digits and _, not starting with a digit',
        fix: `use a name such as "${DEFAULT_KEY_ENV}" and map the key secret to it in the Fluent Bit container.`,
      });
    }

    const kinds = Object.values(PiiKind) as string[];
    const behaviors = Object.values(MissingKeyBehavior) as string[];
    this.missingKeyBehavior = props.missingKeyBehavior ?? MissingKeyBehavior.MASK;
    if (!behaviors.includes(this.missingKeyBehavior)) {
      throw invalidInput({
        code: 'INVALID_MISSING_KEY_BEHAVIOR',
        what: 'PiiRedaction missingKeyBehavior',
        given: this.missingKeyBehavior,
        allowed: listAllowed(behaviors),
        fix: 'use MissingKeyBehavior.MASK (keep records, mask personal data) or MissingKeyBehavior.DROP.',
        candidates: behaviors,
      });
    }

    this.disabled = new Set<PiiKind>();
    for (const kind of props.disabledMatchers ?? []) {
      if (!kinds.includes(kind)) {
        throw invalidInput({
          code: 'UNKNOWN_PII_KIND',
          what: 'PiiRedaction disabledMatchers entry',
          given: kind,
          allowed: listAllowed(kinds),
          fix: 'list only PiiKind values (PiiKind.EMAIL, PiiKind.IPV4, PiiKind.IPV6).',
          candidates: kinds,
        });
      }
      this.disabled.add(kind);
    }

    this.maxRecordBytes = props.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    const max = this.maxRecordBytes;
    if (typeof max !== 'number' || Token.isUnresolved(max) || !Number.isSafeInteger(max) || max < MIN_RECORD_BYTES) {
      throw invalidInput({
        code: 'INVALID_MAX_RECORD_BYTES',
        what: 'PiiRedaction maxRecordBytes',
        given: max,
        allowed: `a whole number of bytes, at least ${MIN_RECORD_BYTES}, known at synth time`,
        fix: `leave it at the default (${DEFAULT_MAX_RECORD_BYTES}, 1 MiB) or give the size of the largest record your user patterns must see.`,
      });
    }
    const oversize = Object.values(OversizeBehavior) as string[];
    this.oversizeBehavior = props.oversizeBehavior ?? OversizeBehavior.TOMBSTONE;
    if (!oversize.includes(this.oversizeBehavior)) {
      throw invalidInput({
        code: 'INVALID_OVERSIZE_BEHAVIOR',
        what: 'PiiRedaction oversizeBehavior',
        given: this.oversizeBehavior,
        allowed: listAllowed(oversize),
        fix: 'use OversizeBehavior.TOMBSTONE (drop the content of oversized records) or OversizeBehavior.BUILTINS_ONLY.',
        candidates: oversize,
      });
    }

    this.redactMapKeys = props.redactMapKeys ?? true;
    this.match = props.match ?? '*';
    checkConfigValue(
      'INVALID_FLUENT_BIT_MATCH',
      'PiiRedaction match',
      this.match,
      'a Fluent Bit Match pattern on one line, e.g. "*" or "kube.*"',
      'give the tag pattern without spaces around it or line breaks in it.',
    );

    for (const pattern of props.patterns ?? []) this.addPattern(pattern);
    if (this.disabled.size === kinds.length && this.userPatterns.length === 0) {
      throw invalidInput({
        code: 'NOTHING_TO_REDACT',
        what: 'PiiRedaction disabledMatchers',
        given: [...this.disabled],
        allowed: 'at most two of email, ipv4, ipv6 disabled, or at least one pattern',
        fix: 'keep at least one built-in matcher or add a pattern; a redaction filter that redacts nothing only hides the gap.',
      });
    }
  }

  /** Add a pattern; it lands in the script however late it is added before rendering. */
  public addPattern(pattern: RedactionPattern): void {
    if (!(pattern instanceof RedactionPattern)) {
      throw invalidInput({
        code: 'INVALID_REDACTION_PATTERN',
        what: 'PiiRedaction pattern',
        given: pattern,
        allowed: 'a RedactionPattern',
        fix: "create it with RedactionPattern.luaPattern('…', 'label').",
      });
    }
    const duplicate = this.userPatterns.some((p) => p.pattern === pattern.pattern && p.label === pattern.label);
    if (duplicate) {
      throw invalidInput({
        code: 'DUPLICATE_REDACTION_PATTERN',
        what: 'PiiRedaction pattern',
        given: pattern.pattern,
        allowed: 'each pattern and label once',
        fix: 'remove the repeated pattern.',
      });
    }
    this.userPatterns.push(pattern);
  }

  /** The built-in matchers that are on. */
  public get enabledMatchers(): PiiKind[] {
    return Object.values(PiiKind).filter((kind) => !this.disabled.has(kind));
  }

  /** The user patterns, in the order they are applied. */
  public get patterns(): RedactionPattern[] {
    return [...this.userPatterns];
  }

  /**
   * The script to mount as `SCRIPT_FILE_NAME`: a `PII_REDACTION_CONFIG` table with
   * this configuration, followed by redact.lua unchanged. No key is in it.
   */
  public renderScript(): string {
    const on = (kind: PiiKind) => (this.disabled.has(kind) ? 'false' : 'true');
    const lines = [
      '-- Configuration rendered by cdktf-sovereign (PiiRedaction); redact.lua follows unchanged.',
      'PII_REDACTION_CONFIG = {',
      `  key_env = ${luaString(this.keyEnvironmentVariable)},`,
      `  email = ${on(PiiKind.EMAIL)},`,
      `  ipv4 = ${on(PiiKind.IPV4)},`,
      `  ipv6 = ${on(PiiKind.IPV6)},`,
      `  on_missing_key = ${luaString(this.missingKeyBehavior)},`,
      `  redact_keys = ${this.redactMapKeys ? 'true' : 'false'},`,
      `  max_record_bytes = ${this.maxRecordBytes},`,
      `  on_oversize = ${luaString(this.oversizeBehavior)},`,
      '  patterns = {',
      ...this.userPatterns.map((p) => `    { label = ${luaString(p.label)}, pattern = ${luaString(p.pattern)} },`),
      '  },',
      '}',
      '',
    ];
    return lines.join('\n') + readScript();
  }

  /**
   * The filter's settings, keyed by their Fluent Bit names, for a YAML pipeline
   * (`pipeline.filters[]`) or any other renderer.
   *
   * `protected_mode` is off on purpose: in protected mode Fluent Bit passes a
   * record on unchanged when the Lua call fails, which would let personal data
   * through. The script catches its own errors (and emits a tombstone instead),
   * so only a failure of the Lua VM itself can surface, and that must stop Fluent Bit.
   *
   * @param scriptPath path of the script as Fluent Bit sees it (relative paths are
   *   resolved against the main configuration file)
   */
  public filterProperties(scriptPath?: string): { [key: string]: string } {
    const script = scriptPath ?? SCRIPT_FILE;
    checkConfigValue(
      'INVALID_SCRIPT_PATH',
      'PiiRedaction script path',
      script,
      'a file path on one line, e.g. "redact.lua" or "/fluent-bit/scripts/redact.lua"',
      'give the path where the ConfigMap holding renderScript() is mounted.',
    );
    return {
      name: 'lua',
      match: this.match,
      script,
      call: PiiRedaction.CALL_FUNCTION,
      protected_mode: 'false',
    };
  }

  /** The filter as a classic-format `[FILTER]` section (ends with a newline). */
  public renderClassicFilter(scriptPath?: string): string {
    const props = this.filterProperties(scriptPath);
    const width = Math.max(...Object.keys(props).map((k) => k.length)) + 1;
    const body = Object.entries(props).map(([key, value]) => `    ${key.padEnd(width)}${value}`);
    return ['[FILTER]', ...body, ''].join('\n');
  }
}
