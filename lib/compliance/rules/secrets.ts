import { Catalog } from '../../catalog/catalog';
import { KubernetesKind } from '../../catalog/facts/kubernetes';
import { Node, ObjectNode, TemplateNode } from '../model/expr/ast';
import { parseString, usesInstance } from '../model/expr';
import { Reference, referencesIn, referencesOf } from '../model/expressions';
import { ResourceView, RuleContext } from '../model/view';
import { defineRule, NO_VIOLATIONS } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { RuleId } from './ids';
import { typeFact } from './catalog-facts';
import { findSecretsInText, isPlaceholder, TRIGGER_WORD } from './secret-text';
import { catalogTypePatterns } from './prefixes';
import { refs } from './refs';

/**
 * Argument names that hold a secret, matched case-insensitively against the last word(s) of
 * an argument name, a map key (`DB_PASSWORD`) or an env entry's `name`: password, secret,
 * token, private key, access/secret/API/consumer keys, passphrase, bearer token, client
 * secret, IPsec / WireGuard pre-shared keys (`psk`, `pre_shared_key`, `preshared_key`), and
 * their write-only `_wo` variants — the names every provider's Terraform schema
 * uses for database passwords, provider credentials, bearer tokens and access keys. Arguments
 * whose value is a secret although their names do not say so are catalog facts
 * (`ResourceTypeFact.secretArguments`, `providerCredentialArguments`, Kubernetes
 * `secretDataArguments`, Helm `sensitiveValueBlocks` and `chartValues`).
 */
const SECRET_NAME = /(^|[_.\-/])(password|passwd|pwd|pass|secret|token|private_?key|secret_?key|access_?key|api_?key|consumer_?key|application_?key|passphrase|bearer_?token|client_?secret|auth_?token|access_?token|credentials?|psk|psk_?key|pre_?shared_?key|preshared_?key|shared_?secret)(_wo)?$/i;

/** Names that match SECRET_NAME but hold no secret (idempotency tokens, types, references to secrets). */
const NOT_SECRET = /^(creation_token|client_token|idempotency_token|token_type|next_token|secret_type|secret_name|key_name|password_length|access_key_id|secret_arn|secret_id|credentials_file)$/i;

/** Provider-configuration arguments that are credentials, by the provider's Terraform local name (catalog facts). */
let providerCredentials: Map<string, string[]> | undefined;
function credentialsOf(localName: string): string[] {
  if (!providerCredentials) {
    providerCredentials = new Map();
    const add = (sources: string[], args: string[] | undefined) => {
      if (!args || args.length === 0) return;
      for (const source of sources) providerCredentials!.set(source.split('/').pop()!.toLowerCase(), args);
    };
    for (const provider of Catalog.providers()) add(provider.terraformSources, provider.providerCredentialArguments);
    const k8s = Catalog.kubernetesPlatform();
    add(k8s.terraformSources, k8s.providerCredentialArguments);
  }
  return providerCredentials.get(localName) ?? [];
}

/** A value of the resource instance (`each.value`, `count.index`, `self`): an expression reading one is no literal. */
const INSTANCE_VALUE = /(?<![\w.])(each|count|self)\.[A-Za-z_]/;

/** Functions that read secrets from outside the configuration: an expression calling them is not a literal. */
const EXTERNAL_FUNCTIONS = /\b(file|filebase64|templatefile|fileset|env|data)\s*\(/;

/**
 * Meta-arguments and blocks that never hold secrets. `connection` blocks do: their `password`,
 * `private_key`, `bastion_password` and `bastion_private_key` are login credentials
 * (https://developer.hashicorp.com/terraform/language/resources/provisioners/connection), so
 * they are scanned like any block, and so is the `connection` of each `provisioner`.
 */
const SKIP_KEYS = new Set(['//', 'depends_on', 'lifecycle', 'provider', 'count', 'for_each', 'provisioner', 'timeouts']);

/**
 * SOV-SECRETS: no literal secret values in the configuration. A secret-looking argument
 * (anywhere in a resource or provider block, including map keys such as `DB_PASSWORD` and
 * container `env { name, value }` entries) with a literal non-empty value is flagged; so is a
 * reference to a variable or local with a literal default/value. References to resources and
 * data sources (`random_password.p.result`, a secret manager data source) are fine.
 *
 * Variables are not resources: a sensitive-looking variable (its name, or `sensitive = true`)
 * with a literal default is reported on each resource that uses it, where the fix is made.
 */
export const secretsRule = defineRule({
  metadata: {
    id: RuleId.SECRETS,
    title: 'No literal secrets in the configuration',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'C5-CRY-04', 'C5-IDM-09'),
    rationale:
      'Terraform configuration and state are copied, versioned and read by many people and tools. A literal password, key or token in cdk.tf.json is disclosed to all of them (BSI C5 CRY-04: secure key management).',
    remediation: 'Take secrets from sensitive Terraform variables, a secret manager data source or a generated value (random_password), never as literals.',
    resourceTypes: [...catalogTypePatterns(), 'provider', 'terraform_backend'],
  },
  evaluate: (resource, context) => {
    const scan = new Scanner(context);
    const body = resource.attributes as Record<string, unknown>;
    if (resource.resourceType === 'provider') {
      for (const key of credentialsOf(resource.name.split('.')[0])) scan.value(body[key], key, true);
    }
    const fact = typeFact(resource.resourceType);
    const k8s = fact?.kubernetes;
    for (const key of k8s?.secretDataArguments ?? NO_KEYS) scan.secretMap(body[key], key);
    if (k8s?.manifestArgument) {
      const value = body[k8s.manifestArgument];
      const manifest = Array.isArray(value) ? value[0] : value;
      if (manifest && typeof manifest === 'object' && (manifest as Record<string, unknown>).kind === 'Secret') {
        for (const key of ['data', 'stringData']) scan.secretMap((manifest as Record<string, unknown>)[key], `${k8s.manifestArgument}.${key}`);
      }
    }
    const secretArguments = fact?.secretArguments;
    if (secretArguments && (!secretArguments.onlyWhen || context.literal(body[secretArguments.onlyWhen.argument]) === secretArguments.onlyWhen.value)) {
      for (const key of secretArguments.arguments) scan.payload(body[key], key);
    }
    for (const key of fact?.userDataArguments ?? NO_KEYS) scan.userData(body[key], key);
    if (k8s?.sensitiveValueBlocks) scan.sensitiveBlocks(body[k8s.sensitiveValueBlocks], k8s.sensitiveValueBlocks);
    if (k8s?.chartValues) scan.chartValues(body[k8s.chartValues], k8s.chartValues);
    scan.object(body, '');
    scan.provisionerConnections(body.provisioner);
    return toViolations(scan.found, resource);
  },
});

/**
 * The path segments of the walk in progress. One stack serves every resource: an array made per
 * resource (and the 17 slots its first push reserves) was most of what this rule allocated.
 */
const SEGMENTS: Array<string | number> = [];

interface Finding {
  readonly path: string;
  readonly what: string;
}

/** Walks a body once, recording literal secrets by path (`a.b[0].c`). */
class Scanner {
  private seenPaths?: Set<string>;
  private get seen(): Set<string> {
    return (this.seenPaths ??= new Set<string>());
  }
  /** What was found, in order (made on the first find: most bodies hold no secret). */
  public found: Finding[] = NO_FINDINGS;
  constructor(private readonly context: RuleContext) {}

  /** Every key of a block, recursively; `path` is the block's own path ('' for the body). */
  public object(value: unknown, path: string): void {
    // A walk inside a walk (not expected) gets a stack of its own.
    if (SEGMENTS.length !== 0) return this.walk(value, path === '' ? [] : [path]);
    if (path !== '') SEGMENTS.push(path);
    try {
      this.walk(value, SEGMENTS);
    } finally {
      SEGMENTS.length = 0;
    }
  }

  // Paths are kept as a stack of segments and joined only when something is reported:
  // most of the configuration holds no secret, and building a path per nested block for
  // 100,000 resources is most of this rule's cost.
  private walk(value: unknown, segs: Array<string | number>): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        // A string in a list (container args, chart values): only unmistakable formats count.
        if (typeof item === 'string') {
          if (item.length > 12 && (item.includes('://') || item.includes('-----BEGIN'))) this.text(item, joinPathIndex(segs, i), false);
          continue;
        }
        segs.push(i);
        this.walk(item, segs);
        segs.pop();
      }
      return;
    }
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    // env { name = "DB_PASSWORD", value = "…" }, helm set { name = "auth.password", value = "…" }
    if (typeof obj.name === 'string' && obj.value !== undefined && isSecretName(obj.name)) {
      this.value(obj.value, joinPath(segs, 'value'), true, ` (${obj.name})`);
    }
    const top = segs.length === 0;
    for (const key in obj) {
      if (top && SKIP_KEYS.has(key)) continue;
      const v = obj[key];
      if (USER_DATA_NAMES.has(key)) {
        this.userData(v, joinPath(segs, key));
      } else if (typeof v === 'string') {
        const named = isSecretName(key);
        if (named || (v.includes('${var.') || v.includes('${local.'))) this.value(v, joinPath(segs, key), named);
        if (v.length > 12 && (v.includes('://') || v.includes('-----BEGIN'))) this.text(v, joinPath(segs, key), false);
      } else if (typeof v === 'number') {
        if (isSecretName(key)) this.value(v, joinPath(segs, key), true);
      } else if (v && typeof v === 'object') {
        segs.push(key);
        this.walk(v, segs);
        segs.pop();
      }
    }
  }

  /** The `connection` block of each provisioner (`provisioner[0].remote-exec.connection`); the rest of a provisioner holds commands. */
  public provisionerConnections(value: unknown): void {
    // Most resources have no provisioner: no list or closure is made for them.
    if (value === undefined || value === null) return;
    (Array.isArray(value) ? value : [value]).forEach((block, i) => {
      if (!block || typeof block !== 'object') return;
      for (const [kind, body] of Object.entries(block as Record<string, unknown>)) {
        for (const [j, one] of (Array.isArray(body) ? body : [body]).entries()) {
          if (!one || typeof one !== 'object' || !('connection' in one)) continue;
          const at = Array.isArray(body) ? `provisioner[${i}].${kind}[${j}].connection` : `provisioner[${i}].${kind}.connection`;
          this.object((one as Record<string, unknown>).connection, at);
        }
      }
    });
  }

  /**
   * User data (cloud-init, a script, a map of such texts): every string in it, as Terraform
   * knows it before apply (`user_data = local.bootstrap`), is searched for embedded secrets.
   */
  public userData(value: unknown, path: string, key?: string): void {
    if (value === undefined || value === null) return;
    if (typeof value === 'string' || typeof value === 'number') {
      // An entry named like a secret (`user_data = { token = … }`) is judged as one first.
      const named = key !== undefined && isSecretName(key);
      if (named || (typeof value === 'string' && (value.includes('${var.') || value.includes('${local.')))) this.value(value, path, named);
      if (typeof value !== 'string') return;
      const known = value.includes('${') ? this.context.literal(value) : value;
      const text = typeof known === 'string' ? known : value;
      // User data the provider takes base64-encoded (IONOS volumes, `user_data_base64`, Azure `custom_data`).
      const decoded = decodeBase64Text(text);
      if (decoded !== undefined) this.text(decoded, path, true, ' (base64-encoded)');
      else this.text(text, path, true, '', typeof known !== 'string' && value.includes('${'));
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.userData(v, `${path}[${i}]`, key));
      return;
    }
    if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) this.userData(v, `${path}.${k}`, k);
    }
  }

  /**
   * Secrets embedded in a text (secret-text.ts); `userData` also admits password lines and shell
   * patterns; `expression`: the text is an expression not known before apply.
   */
  public text(value: string, path: string, userData: boolean, how = '', expression = false): void {
    if (this.seen.has(path)) return;
    const found = findSecretsInText(value, userData, expression);
    if (found.length > 0) this.add(path, `${path} holds ${found.join(' and ')}${how}`);
  }

  /** Every value of a map that holds secret values (Kubernetes secret data): one finding listing the keys. */
  public secretMap(value: unknown, path: string): void {
    const map = Array.isArray(value) ? value[0] : value;
    if (!map || typeof map !== 'object') return;
    const entries = Object.entries(map as Record<string, unknown>);
    const literalKeys = entries.filter(([k, v]) => literalSecret(v) !== undefined && !NOT_SECRET_DATA_KEY.test(k)).map(([k]) => `"${k}"`);
    if (literalKeys.length > 0) this.add(path, `${path} holds literal values for ${literalKeys.join(', ')}`);
    for (const [key, v] of entries) {
      const child = `${path}.${key}`;
      // A key that names no secret is searched for embedded secrets only, whatever its value
      // (`REGION = var.region` with a default is not a secret written down).
      if (NOT_SECRET_DATA_KEY.test(key)) {
        if (typeof v === 'string') this.text(v, child, false);
      } else if (literalSecret(v) === undefined && typeof v === 'string') this.value(v, child, true);
      this.seen.add(child);
    }
  }

  /** Every `value` of a list of `{ name, value }` blocks that are secret whatever their name (helm `set_sensitive`). */
  public sensitiveBlocks(value: unknown, path: string): void {
    (Array.isArray(value) ? value : value ? [value] : []).forEach((block, i) => {
      if (block && typeof block === 'object') this.value((block as Record<string, unknown>).value, `${path}[${i}].value`, true);
    });
  }

  /**
   * Literal secrets inside helm chart values: YAML (`postgresPassword: "S3cr3t"`, a heredoc) or
   * an HCL object passed through `yamlencode({ auth = { adminPassword = "…" } })`. The chart
   * hands them to the cluster, but they are written in the configuration (and the state).
   */
  public chartValues(value: unknown, path: string): void {
    const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    list.forEach((text, i) => {
      if (typeof text !== 'string') return;
      for (const m of text.matchAll(INLINE_ASSIGNMENT)) {
        const key = m[1];
        const literal = m[2] ?? m[3] ?? m[4];
        if (literal === undefined || literal.trim() === '' || !isChartSecretKey(key) || !isInlineLiteral(literal, m[4] !== undefined) || FILE_NAME.test(literal)) continue;
        this.add(`${path}[${i}].${key}`, `${path}[${i}] sets ${key} to a literal value`);
      }
    });
  }

  /**
   * A secret manager's payload (`data`, `secret_string`): the value is the secret, unless it is a
   * document whose parts say which of them are. An object (`jsonencode({ QWEN_MODEL = …,
   * API_KEY = … })`) is judged key by key as any map is (a key named like a secret holds one; a
   * model name or a timeout beside it does not); a connection string
   * (`postgresql://${var.user}:${var.password}@host/db`) holds its password between `:` and `@`,
   * and only that part is judged.
   */
  public payload(value: unknown, path: string): void {
    const root = typeof value === 'string' && value.includes('${') ? parsed(value) : undefined;
    const expr = root && root.t === 'template' && root.unwrap ? unparen((root.parts[0] as { expr: Node }).expr) : undefined;
    const document = expr && expr.t === 'call' && DOCUMENT_FUNCTIONS.has(expr.name) && expr.args.length === 1 ? unparen(expr.args[0]) : expr;
    if (document && document.t === 'object') {
      this.payloadObject(document, path);
      return;
    }
    if (root && root.t === 'template' && !root.unwrap && this.connectionString(root, path)) return;
    this.value(value, path, true);
  }

  private payloadObject(node: ObjectNode, path: string): void {
    for (const { key, value } of node.items) {
      const name = keyName(key);
      const child = name === undefined ? path : `${path}.${name}`;
      const inner = unparen(value);
      if (inner.t === 'object') this.payloadObject(inner, child);
      else this.node(inner, child, name === undefined || isSecretName(name));
    }
  }

  /** A template shaped `scheme://user:password@…`: the password part judged as a secret; false when it has no such shape. */
  private connectionString(root: TemplateNode, path: string): boolean {
    let flat = '';
    const exprs: Node[] = [];
    for (const part of root.parts) {
      if (part.t === 'text') flat += part.text;
      else if (part.t === 'interpolation') flat += `\u0001${exprs.push(part.expr) - 1}\u0002`;
      else return false;
    }
    const m = USERINFO.exec(flat);
    if (!m) return false;
    const password = m[3];
    const parts = [...password.matchAll(/\u0001(\d+)\u0002/g)].map((p) => exprs[Number(p[1])]);
    const text = password.replace(/\u0001\d+\u0002/g, '');
    if (parts.length === 0) {
      if (literalSecret(text) !== undefined) this.add(path, `${path} holds a password inside a connection string (${m[1]}://${m[2].replace(/\u0001\d+\u0002/g, '…')}:…@)`);
      return true;
    }
    for (const part of parts) this.node(part, path, true, ' (the password of a connection string)');
    return true;
  }

  /** One part of a parsed payload: a literal, or an expression whose variables and locals may have literal values. */
  private node(node: Node, path: string, named: boolean, label = ''): void {
    const literal = literalOf(node);
    if (literal !== undefined) {
      if (named) this.value(literal, path, true, label);
      else if (typeof literal === 'string' && literal.length > 12) this.text(literal, path, false);
      return;
    }
    if (usesInstance(node)) return;
    this.references(referencesOf(node), path, named, label);
  }

  /** One value at `path`; `named` says whether its name marks it as a secret. */
  public value(value: unknown, path: string, named: boolean, label = ''): void {
    if (this.seen.has(path)) return;
    if (named) {
      const why = literalSecret(value);
      if (why !== undefined) {
        this.add(path, `${path}${label} ${why}`);
        return;
      }
    }
    if (typeof value === 'string' && (value.includes('${var.') || value.includes('${local.'))) this.variableDefault(value, path, named, label);
  }

  /** `${var.x}` with a literal default (or `${local.x}` with a literal value) that looks like a secret. */
  private variableDefault(value: string, path: string, named: boolean, label: string): void {
    this.references(referencesIn(value), path, named, label);
  }

  /** The first of `refs` that is a variable with a literal default (or a local with a literal value) that looks like a secret. */
  private references(refs: readonly Reference[], path: string, named: boolean, label: string): void {
    // An argument that names an entry holds a name, whatever the variable is called.
    const namesEntry = !named && ENTRY_NAME_ARGUMENTS.has(path.slice(path.lastIndexOf('.') + 1));
    for (const ref of refs) {
      const [kind, id] = ref.address.split('.');
      if (kind === 'var') {
        const decl = this.context._config.variables.get(id);
        if (literalSecret(decl?.default) === undefined) continue;
        const sensitive = decl?.sensitive === true;
        if (!(named || sensitive || (isSecretName(id) && !namesEntry))) continue;
        this.add(path, `${path}${label} takes var.${id}, whose default is a literal${sensitive ? ' (the variable is marked sensitive, but its default is still written in the configuration)' : ''}`);
        return;
      }
      if (kind === 'local') {
        const local = this.local(id);
        if (literalSecret(local) === undefined || !(named || (isSecretName(id) && !namesEntry))) continue;
        this.add(path, `${path}${label} takes local.${id}, which is a literal`);
        return;
      }
    }
  }

  private local(id: string): unknown {
    const raw = this.context._config.raw.locals;
    for (const block of Array.isArray(raw) ? raw : [raw]) {
      if (block && typeof block === 'object' && id in (block as Record<string, unknown>)) return (block as Record<string, unknown>)[id];
    }
    return undefined;
  }

  private add(path: string, what: string): void {
    if (this.seen.has(path)) return;
    this.seen.add(path);
    if (this.found === NO_FINDINGS) this.found = [{ path, what }];
    else this.found.push({ path, what });
  }
}

/**
 * Arguments whose value names an entry rather than holding one: `key` of a Kubernetes
 * `secret_key_ref` / `config_map_key_ref` / secret volume `items` (the key inside the Secret,
 * https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1),
 * an object key or a tag key. A variable passed to them (`key = var.db_secret_key`) is the
 * entry's name, so its name alone does not make it a secret (a `sensitive` variable still does).
 */
const ENTRY_NAME_ARGUMENTS: ReadonlySet<string> = new Set(['key']);

const SECRET_NAMES = new Map<string, boolean>();

/** `a`, `[0]`, `b` + `c` → `a[0].b.c` */
function joinPath(segs: ReadonlyArray<string | number>, last: string): string {
  let out = '';
  for (const seg of segs) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out === '' ? last : `${out}.${last}`;
}

/** `a`, `[0]` + index 2 → `a[0][2]` */
function joinPathIndex(segs: ReadonlyArray<string | number>, index: number): string {
  return `${joinPath(segs, '').replace(/\.$/, '')}[${index}]`;
}

/**
 * The text a base64 value encodes, when the whole value is base64 of printable UTF-8 (at least
 * 16 characters); undefined for anything else (a plain cloud-init text is not base64).
 */
function decodeBase64Text(value: string): string | undefined {
  const v = value.replace(/\s+/g, '');
  if (v.length < 16 || v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return undefined;
  const text = Buffer.from(v, 'base64').toString('utf8');
  return /^[\t\n\r\x20-\x7e\u00a0-\uffff]*$/.test(text) && !text.includes('\ufffd') ? text : undefined;
}

/** Whether an argument or key name looks like it holds a secret (memoized: names repeat a lot). */
function isSecretName(name: string): boolean {
  let secret = SECRET_NAMES.get(name);
  if (secret === undefined) {
    secret = SECRET_NAME.test(name) && !NOT_SECRET.test(name);
    if (SECRET_NAMES.size < 100_000) SECRET_NAMES.set(name, secret);
  }
  return secret;
}

/**
 * `key: value` (YAML) or `key = value` (HCL object): group 1 the key, then a double-quoted,
 * single-quoted or bare value.
 */
const INLINE_ASSIGNMENT = /(?:^|[\s{,])["']?([A-Za-z_][\w-]*)["']?\s*[:=][ \t]*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'|([^\s,#{}[\]"']+))/gm;

/** Final words of a chart-value key that hold a secret (camelCase or snake_case). */
const CHART_SECRET_SUFFIX = /(^|_)(password|passwd|token|api_key|access_key|secret_key|client_secret|private_key|secret)$/;
/** Words that make a key metadata about a secret (`existingSecret`, `passwordSecretKey`, `secretName`). */
const SECRET_WORD = /(^|_)(password|passwd|token|secret|key|existing)(_|$)/;

function snake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase();
}

/** `postgresPassword`, `admin_password`, `apiToken`: yes. `existingSecret`, `passwordSecretKey`, `secretName`: no. */
function isChartSecretKey(key: string): boolean {
  const s = snake(key);
  const m = CHART_SECRET_SUFFIX.exec(s);
  if (!m) return false;
  const before = s.slice(0, m.index);
  return !SECRET_WORD.test(before) && !NOT_SECRET.test(s);
}

/**
 * A file name (`config.yaml`, `tls.key`): charts name the key of a file inside a Secret this way
 * (`configSecretKey: config.yaml`, `secretKey: tls.key`); the value names where a secret is, it is none.
 */
const FILE_NAME = /^[\w.-]+\.(?:ya?ml|json|conf|cfg|ini|toml|txt|env|properties|pem|crt|cert|key|p12|pfx|jks)$/i;

/** A literal, not an expression or a reference (`var.x`, `random_password.p.result`, a function call). */
function isInlineLiteral(value: string, bare: boolean): boolean {
  if (value.includes('${') || value.includes('{{')) return false;
  if (bare && (/^(var|local|data|module|each|count|ephemeral)\./.test(value) || /^[a-z_][\w]*\.[a-z_][\w]*\./.test(value) || value.includes('('))) return false;
  return !/^(true|false|null|~)$/i.test(value);
}

/**
 * Keys of secret data that name no secret: who and where (a user name, a host, an endpoint, a
 * region, a bucket), certificates, and which implementation or mode (`SECRETS_BACKEND =
 * "Postgres"`, `AUTHZ_BACKEND`, a driver, a type). Their values are searched for embedded secrets only.
 */
const NOT_SECRET_DATA_KEY = /(^|[_.\-])(user|username|login|host|hostname|port|endpoint|url|uri|region|zone|bucket|bucket_name|database|db|dbname|db_name|namespace|email|schema|sslmode|crt|cert|certificate|backend|driver|type|mode|provider|protocol|scheme)$/i;

/** Argument names that hold user data (cloud-init, a boot script), searched for embedded secrets. */
const USER_DATA_NAMES: ReadonlySet<string> = new Set(['user_data', 'user_data_base64', 'custom_data', 'cloud_init', 'cloud-init', 'user-data', 'startup-script', 'startup_script', 'metadata_startup_script']);

/**
 * How a value is a literal secret, or undefined when it is not one. Placeholders
 * (`REPLACE_ME`, `<your-password>`, `SCWXXXX…XXXX`) and trigger words (`reset`, `true`) disclose
 * nothing and are not secrets.
 */
function literalSecret(value: unknown): string | undefined {
  if (typeof value === 'number') return 'is a literal number';
  if (typeof value !== 'string' || value.trim().length === 0) return undefined;
  if (!value.includes('${')) return isPlaceholder(value) || TRIGGER_WORD.test(value.trim()) ? undefined : 'is a literal value';
  if (referencesIn(value).length > 0) return undefined;
  // `${lookup(each.value, "password")}`: the quoted text is a key, the value is the instance's.
  if (INSTANCE_VALUE.test(value)) return undefined;
  // `${base64encode("s3cr3t")}`, `${sensitive("…")}`: an expression around a literal.
  return /"[^"]+"/.test(value) && !EXTERNAL_FUNCTIONS.test(value) ? 'is a literal wrapped in an expression' : undefined;
}

/** No keys to scan (shared: no array per resource). */
const NO_KEYS: readonly string[] = [];
const NO_FINDINGS: Finding[] = [];

/** Functions that turn an object into a document (JSON, YAML): a payload written with them is judged key by key. */
const DOCUMENT_FUNCTIONS: ReadonlySet<string> = new Set(['jsonencode', 'yamlencode']);

/** `scheme://user:password@` in a flattened template (interpolations are `\u0001n\u0002`): group 1 scheme, 2 user, 3 password. */
const USERINFO = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:@/'"]*):([^\s@/'"]+)@/i;

function parsed(value: string): Node | undefined {
  try {
    return parseString(value);
  } catch {
    return undefined;
  }
}

function unparen(node: Node): Node {
  return node.t === 'paren' ? unparen(node.expr) : node;
}

/** A literal string or number written in the expression (a template without interpolations), else undefined. */
function literalOf(node: Node): string | number | undefined {
  if (node.t === 'literal') return typeof node.value === 'string' || typeof node.value === 'number' ? node.value : undefined;
  if (node.t === 'template' && node.parts.every((p) => p.t === 'text')) return node.parts.map((p) => (p as { text: string }).text).join('');
  return undefined;
}

/** The name of an object key written as a bare name or a quoted string. */
function keyName(key: Node): string | undefined {
  const name = literalOf(key);
  return typeof name === 'string' ? name : undefined;
}

function toViolations(findings: Finding[], resource: ResourceView): RuleViolation[] {
  if (findings.length === 0) return NO_VIOLATIONS;
  return findings.map((f) => ({
    message: `A secret is written into the configuration: ${f.what}.`,
    attribute: f.path,
    fix: fixFor(f, resource),
  }));
}

function fixFor(f: Finding, resource: ResourceView): string {
  if (f.what.includes(' takes var.')) return 'Remove the default and pass the value at apply time (TF_VAR_… from a secret store), keeping the variable sensitive.';
  if (resource.resourceType === 'provider') return `Remove ${f.path} from the provider block and use the provider's environment variables or a credentials file outside the configuration.`;
  const kind = typeFact(resource.resourceType)?.kubernetes?.kind;
  if (kind === KubernetesKind.SECRET || kind === KubernetesKind.MANIFEST) {
    return 'Fill the secret from a sensitive variable, a generated value (random_password) or an external secret manager (e.g. External Secrets Operator), not literals.';
  }
  return `Set ${f.path} from a sensitive variable without default, a secret manager data source or a generated value (random_password.x.result).`;
}
