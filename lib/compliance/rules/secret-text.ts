/*
 * Secrets inside free text: private keys, passwords inside connection strings, and — in user
 * data, cloud-init and scripts — password / token lines, `chpasswd`, SQL `IDENTIFIED BY`,
 * passwords on command lines and registry credentials. Used by SOV-SECRETS (secrets.ts) on
 * every literal string (unmistakable formats only) and on the arguments that hold user data
 * (all patterns). See docs/secrets.md for what counts and what does not.
 */

/**
 * Placeholder text that asks to be replaced: nothing secret is disclosed by writing it.
 * `REPLACE_ME`, `<your-password>`, `TODO`, `…PLACEHOLDER…`, `example-password`, `api_key_value_here`, `eyJxxx`, runs of X / 0 / *
 * (`SCWXXXXXXXXXXXXXXXXX`, an all-zero UUID), values elided with `...`. Well-known default passwords (`changeme`,
 * `admin`, `password`) are not placeholders: deployed as written they are working
 * credentials that everyone knows, so they stay findings.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (v.startsWith('-----BEGIN')) return PRIVATE_KEY_BLOCK.test(v) && !plausibleKeyBlock(v);
  if (/^<[^<>]+>$/.test(v) || /^\{\{[^{}]+\}\}$/.test(v)) return true;
  if (PLACEHOLDER_WORDS.test(v) || ASKS_FOR_VALUE.test(v)) return true;
  // A token's well-known prefix and filler: `eyJxxx` (a JWT), `AKIAxxxx`.
  if (/^[A-Za-z0-9]{1,4}x{3,}$/.test(v)) return true;
  // Elided in documentation (`LS0tLS1CRUdJTiBQUkl...`): the example names no working value.
  if (v.endsWith('...') || v.endsWith('\u2026')) return true;
  // Mostly one filler character (X, x, 0, *, .) after an optional short prefix, with separators.
  const body = v.replace(/^[A-Z]{0,4}(?=[Xx0*.]{8})/, '').replace(/[-_\s]/g, '');
  return body.length >= 8 && /^([Xx0*.])\1+$/.test(body.replace(/x/g, 'X'));
}

/** Whole values that are placeholders (case-insensitive). */
const PLACEHOLDER_WORDS = /^(?:[\w-]*[_-])?(replace[_-]?me|replace[_-]?with[_-][\w-]+|placeholder|todo|tbd|fixme|redacted|example|your[_-][\w-]*|xxx+)(?:[_-][\w-]*)?$/i;

/** Text that asks for the value instead of being one: `database_password_here`, `Put your key here`, `insert_password`. */
const ASKS_FOR_VALUE = /^(?:[\w\s-]*[\s_-]here|(?:enter|insert|put)[\s_-][\w\s-]+)$/i;

/** Values that switch something (a rotation trigger, a flag), never a secret. */
export const TRIGGER_WORD = /^(reset|rotate|regenerate|generate|generated|random|auto|true|false|yes|no|on|off|enabled?|disabled?|none|null|required|optional|always|never)$/i;

/**
 * A value that starts as an HCL reference or function call (`var.password, })}`, `module.x.key`,
 * `base64encode(...)`): in the text of an expression Terraform cannot resolve before apply, that
 * is an argument of the expression, not a value written in the user data.
 */
const HCL_REFERENCE = /^\(?\s*(?:[A-Za-z_][\w-]*(?:\.[A-Za-z_*][\w-]*|\[[^\]]*\])+|[a-z][a-z0-9_]*\s*\()/;

/**
 * Whether a value found in text is a literal secret: not a placeholder, a variable, a template
 * or a flag; in the text of an unresolved expression, not a reference either.
 */
function literalInText(value: string, expression = false): boolean {
  if (expression && HCL_REFERENCE.test(value.trim())) return false;
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (v.length < 4) return false;
  if (v.startsWith('$') || v.includes('${') || v.includes('{{') || v.includes('%{')) return false;
  if (v.startsWith('/') || v.startsWith('./') || v.startsWith('~/')) return false;
  return !isPlaceholder(v) && !TRIGGER_WORD.test(v);
}

/** `-----BEGIN OPENSSH PRIVATE KEY-----`, `-----BEGIN RSA PRIVATE KEY-----`, `-----BEGIN ENCRYPTED PRIVATE KEY-----`, PGP private key blocks. */
const PRIVATE_KEY_BLOCK = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/;

/**
 * The fewest base64 characters any private key block has: the smallest key format, a PKCS#8
 * Ed25519 key, is 48 bytes (64 characters, RFC 8410 §10.3); RSA and OpenSSH keys are far
 * longer. A shorter body (`MIIE...`, a few words of base64) is a placeholder in an example.
 */
const MIN_KEY_BODY = 64;

/** Whether the private key block at the start of `text` has a body that can be a key (`MIN_KEY_BODY`). */
function plausibleKeyBlock(text: string): boolean {
  const header = text.indexOf('-----', 10);
  const start = header < 0 ? text.length : header + 5;
  const end = text.indexOf('-----END', start);
  const body = text.slice(start, end < 0 ? undefined : end);
  // Headers of encrypted PEM (`Proc-Type: 4,ENCRYPTED`, `DEK-Info: …`) are not key material.
  const material = body.split(/\r?\n/).filter((line) => !line.includes(':')).join('');
  return (material.match(/[A-Za-z0-9+/=]/g) ?? []).length >= MIN_KEY_BODY;
}

/** `scheme://user:password@host`: group 1 scheme, 2 user, 3 password. */
const CONNECTION_STRING = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:@/'"]*):([^\s@/'"]+)@/gi;

/** A `key: value` (YAML) or `KEY=value` / `Key = value` (env, INI, WireGuard) line: group 1 the key, 2 the separator, 3 the value. */
const KEY_VALUE_LINE = /^[ \t-]*["']?([A-Za-z_][\w.-]*)["']?([ \t]*(?::[ \t]+|=[ \t]*))(.+?)[ \t]*$/gm;

/** Final words of a key that holds a secret in user data (snake_case of the key). */
const SECRET_KEY_SUFFIX = /(^|_)(password|passwd|pass|pwd|token|secret|api_key|access_key|secret_key|secret_access_key|client_secret|private_key|preshared_key|pre_shared_key|psk|passphrase|auth_token)$/;
/** Words before that suffix that make the key a flag or metadata about a secret (`lock_passwd`, `hashed_passwd`, `reset_password`, `existing_secret`). */
const NOT_SECRET_PREFIX = /(^|_)(lock|hashed|hash|reset|rotate|existing|min|max|length|policy|require|requires|expire|show|no)(_|$)/;

/** `echo 'root:secret' | chpasswd`, `echo "user:pw" | sudo chpasswd`. */
const CHPASSWD = /echo\s+(['"]?)[\w.-]+:([^'"\s|]+)\1\s*\|\s*(?:sudo\s+)?chpasswd/;
/** SQL `IDENTIFIED BY 'secret'` / `PASSWORD 'secret'` (CREATE/ALTER USER/ROLE). */
const SQL_PASSWORD = /(?<![\w-])(IDENTIFIED\s+BY|PASSWORD)\s+'([^']+)'/i;
/** A command-line option or word naming a password followed by a quoted or `=` value: `--password 'x'`, `reset-admin-password "x"`, `--db-password=x`. */
const CLI_PASSWORD = /(?:^|\s)(-{0,2}[\w-]*passw(?:or)?d[\w-]*)(?:\s+(['"])([^'"\n]+)\2|=(['"]?)([^\s'"]+)\4)/im;
/** A Docker / OCI registry credential in a config.json: `"auth": "base64(user:token)"`. */
const REGISTRY_AUTH = /"auth"\s*:\s*"([A-Za-z0-9+/=]{12,})"/;

function snake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-.]/g, '_').toLowerCase();
}

/** `password`, `api_token`, `AWS_SECRET_ACCESS_KEY`, `PrivateKey`: yes. `password_file`, `lock_passwd`, `ssh_pwauth`: no. */
function isSecretKey(key: string): boolean {
  const s = snake(key);
  const m = SECRET_KEY_SUFFIX.exec(s);
  return m !== null && !NOT_SECRET_PREFIX.test(s.slice(0, m.index));
}

/**
 * How a text holds a secret, one phrase per kind found (in a fixed order), or none.
 * `userData`: the text is user data / cloud-init / a script, where `password: …` lines and
 * the other shell/config patterns count; elsewhere only private-key blocks and passwords in
 * connection strings do (they are secrets wherever they appear). `expression`: the text is a
 * Terraform expression whose value is not known before apply (`templatefile(…, { password =
 * var.password })` over module outputs), whose references are not literal values.
 */
export function findSecretsInText(text: string, userData: boolean, expression = false): string[] {
  const found: string[] = [];
  const key = PRIVATE_KEY_BLOCK.exec(text);
  if (key && plausibleKeyBlock(text.slice(key.index))) found.push(`a private key (BEGIN ${key[1]})`);
  if (text.includes('://')) {
    for (const m of text.matchAll(CONNECTION_STRING)) {
      if (!literalInText(m[3])) continue;
      found.push(`a password inside a connection string (${m[1]}://${m[2]}:…@)`);
      break;
    }
  }
  if (!userData) return found;
  const chpasswd = CHPASSWD.exec(text);
  if (chpasswd && literalInText(chpasswd[2], expression)) found.push('a password piped into chpasswd');
  const sql = SQL_PASSWORD.exec(text);
  if (sql && literalInText(sql[2], expression)) found.push(`a password in SQL (${sql[1].toUpperCase().replace(/\s+/, ' ')} …)`);
  const auth = REGISTRY_AUTH.exec(text);
  if (auth) found.push('a registry credential ("auth": …)');
  for (const m of text.matchAll(KEY_VALUE_LINE)) {
    const [, k, separator, value] = m;
    if (!isSecretKey(k) || !literalInText(value, expression) || value.startsWith('|') || value.startsWith('>')) continue;
    if (value.includes('://') || value.includes('-----BEGIN')) continue;
    const sep = separator.trim();
    const assignment = sep === ':' ? `${k}: …` : separator.includes(' ') ? `${k} = …` : `${k}=…`;
    found.push(/passw|pwd|(^|_)pass$/.test(snake(k)) ? `a password line (${assignment})` : `a secret line (${assignment})`);
    break;
  }
  if (!found.some((f) => f.startsWith('a password'))) {
    const cli = CLI_PASSWORD.exec(text);
    const value = cli ? cli[3] ?? cli[5] : undefined;
    if (cli && value !== undefined && literalInText(value, expression) && !/^(ssh_pwauth|lock_passwd|chpasswd)$/.test(cli[1])) {
      found.push(`a password on a command line (${cli[1]} …)`);
    }
  }
  return found;
}
