/**
 * The labels of the regression corpus (test/corpus/labels.json): what a strict reviewer expects
 * the engine to report at error level on each configuration, and which resources must stay free
 * of errors. Read by `npm run corpus` (scripts/corpus.ts) and checked by labels.test.ts, so that
 * a label cannot point at a resource that no longer exists. Schema: test/corpus/README.md.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Where the corpus lives. */
export const CORPUS_DIR = __dirname;
/** The labels file. */
export const LABELS_FILE = path.join(CORPUS_DIR, 'labels.json');

/** Failure classes of issue 16 (1–11), the encrypted-network checks of issue 17, and `baseline` for everything else a reviewer labels. */
export const CATEGORIES = {
  'fix-site': '1. a finding sits on the resource whose argument must change, not on attachments or other dependants',
  'known-location': '2. locations known from documented provider defaults, all-EU providers, or reported once on the provider configuration',
  'unverified-fact': '3. an error never rests on an unverified catalog fact',
  'default-deny': '4. a NetworkPolicy selecting every pod with both policy types is a default deny, with or without exceptions',
  'location-arguments': '5. every argument that carries a location is read (lists, deprecated spellings, parents that decide for their children)',
  'public-objects': '6. objects uploaded with a public ACL or visibility are public exposure',
  'firewall-off': '7. a server or NIC on a public network with its firewall switched off is exposed',
  'secrets': '8. secrets outside password arguments (PSKs, keys and passwords in user data, connection strings) and the non-secrets that look like them',
  'container-escape': '9. privileged, root, privilege escalation, host namespaces and host paths are errors; missing hardening alone is not',
  'expressions': '10. expressions Terraform knows at plan time are evaluated (lookup, format, try, coalesce, conditionals, for, tfvars, count/for_each)',
  'reusable-module': '11. a module without provider configuration is judged where it is called; on its own it gives no error per resource',
  'network-security': 'issue 17: VPN tunnels and IPsec policies below BSI TR-02102-3, CNI encryption off, firewall default policies that accept',
  'databases': 'managed databases (issue 18): backups outside the jurisdiction, public endpoints with open allow lists, encryption or TLS switched off, literal admin passwords',
  'baseline': 'ordinary problems and clean resources outside the classes above',
} as const;

export type Category = keyof typeof CATEGORIES;

/** Top-level folders of the corpus, one per provider (plus Kubernetes and hashicorp/aws on EU S3 endpoints). */
export const PROVIDERS = ['hetzner', 'scaleway', 'ovhcloud', 'stackit', 'otc', 'ionos', 'exoscale', 'upcloud', 'openstack', 'kubernetes', 'aws-eu-s3'] as const;

export type CorpusProvider = (typeof PROVIDERS)[number];

/** A problem the engine must report at error level. */
export interface ProblemLabel {
  /** Terraform address (`type.name`, `type.name[0]`, `module.m.type.name`, `provider.name[.alias]`). */
  readonly address: string;
  /** Rule IDs any one of which catches the problem. */
  readonly rules: string[];
  readonly category: Category;
  /** The reviewer's reasoning, with the provider doc where a fact matters. */
  readonly why: string;
}

/** A resource on which no error may sit (warnings and infos are allowed). */
export interface CleanLabel {
  readonly address: string;
  readonly category: Category;
  readonly why: string;
}

/** One labelled configuration: a module directory under test/corpus. */
export interface ConfigurationLabel {
  /** Directory relative to test/corpus, `<provider>/<case>`. */
  readonly path: string;
  readonly provider: CorpusProvider;
  /** What the configuration is about, in one sentence. */
  readonly summary: string;
  readonly problems: ProblemLabel[];
  readonly clean: CleanLabel[];
}

export interface Labels {
  readonly version: 1;
  readonly settings: { readonly packs: string[]; readonly jurisdiction: string };
  readonly configurations: ConfigurationLabel[];
}

/** Read the labels file (no validation: see `validateLabels`). */
export function readLabels(file = LABELS_FILE): Labels {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Labels;
}

/**
 * Whether a finding's address is the labelled address or one of its instances: a label
 * `hcloud_server.node` covers `hcloud_server.node["a"]` and `hcloud_server.node[0]`; a label
 * with an index covers that instance only.
 */
export function addressCovers(label: string, findingAddress: string): boolean {
  if (findingAddress === label) return true;
  return !label.endsWith(']') && findingAddress.startsWith(`${label}[`);
}

// ---------------------------------------------------------------------------------------
// Validation: the schema, and that every labelled address exists in its configuration
// ---------------------------------------------------------------------------------------

const ADDRESS = /^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?\.)*(?:[a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[(?:\d+|"[^"]+")\])?)$|^provider\.[a-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?$/;

/** What a module directory declares, read from its .tf files. */
interface Declarations {
  /** `type.name` → whether it has count or for_each. */
  readonly resources: Map<string, boolean>;
  /** module name → source. */
  readonly modules: Map<string, string>;
  /** Module calls with count or for_each (their resources have instances). */
  readonly repeatedModules: Set<string>;
  /** `name` or `name.alias` of provider blocks. */
  readonly providers: Set<string>;
}

/** Top-level blocks of the .tf files in `dir` (the fixtures are written in canonical `terraform fmt` layout). */
export function declarations(dir: string): Declarations {
  const resources = new Map<string, boolean>();
  const modules = new Map<string, string>();
  const repeatedModules = new Set<string>();
  const providers = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tf')).sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const block of topLevelBlocks(text)) {
      const head = /^(resource|module|provider)\s+"([^"]+)"(?:\s+"([^"]+)")?\s*\{/.exec(block);
      if (!head) continue;
      const [, kind, first, second] = head;
      if (kind === 'resource' && second) resources.set(`${first}.${second}`, /^\s{2}(count|for_each)\s*=/m.test(block));
      if (kind === 'module') {
        modules.set(first, /^\s{2}source\s*=\s*"([^"]+)"/m.exec(block)?.[1] ?? '');
        if (/^\s{2}(count|for_each)\s*=/m.test(block)) repeatedModules.add(first);
      }
      if (kind === 'provider') {
        const alias = /^\s{2}alias\s*=\s*"([^"]+)"/m.exec(block)?.[1];
        providers.add(alias ? `${first}.${alias}` : first);
      }
    }
  }
  return { resources, modules, repeatedModules, providers };
}

/** Blocks that start in column 0 and end at the next `}` in column 0 (or on their first line, `x "y" {}`). */
function topLevelBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (current === undefined) {
      if (/^[a-z]+\s.*\{\s*\}\s*$/.test(line)) blocks.push(line);
      else if (/^[a-z]+\s.*\{\s*$/.test(line)) current = [line];
      continue;
    }
    current.push(line);
    if (line === '}') {
      blocks.push(current.join('\n'));
      current = undefined;
    }
  }
  return blocks;
}

/**
 * Why `address` does not name something declared in the module at `dir`, or undefined when it
 * does. `calledRepeatedly`: the module is called with count or for_each, so each of its
 * resources has instances even without a count of its own (the engine names them
 * `module.m.type.name["key"]`).
 */
export function missingAddress(dir: string, address: string, calledRepeatedly = false): string | undefined {
  const decl = declarations(dir);
  const provider = /^provider\.(.+)$/.exec(address);
  if (provider) return decl.providers.has(provider[1]) ? undefined : `no provider block "${provider[1]}" in ${dir}`;
  const inModule = /^module\.([A-Za-z0-9_-]+)(?:\[[^\]]+\])?\.(.+)$/.exec(address);
  if (inModule) {
    const source = decl.modules.get(inModule[1]);
    if (source === undefined) return `no module "${inModule[1]}" in ${dir}`;
    if (!source.startsWith('./') && !source.startsWith('../')) return `module "${inModule[1]}" has the non-local source "${source}"`;
    return missingAddress(path.join(dir, source), inModule[2], decl.repeatedModules.has(inModule[1]));
  }
  const m = /^([a-z0-9_]+\.[A-Za-z0-9_-]+)(\[.+\])?$/.exec(address);
  if (!m) return `"${address}" is not a resource address`;
  const repeated = decl.resources.get(m[1]);
  if (repeated === undefined) return `no resource ${m[1]} in ${dir}`;
  if (m[2] !== undefined && !repeated && !calledRepeatedly) return `${m[1]} has no count or for_each, so it has no instance ${m[2]}`;
  return undefined;
}

/** Every way the labels break the schema or point at nothing; empty when they are sound. */
export function validateLabels(labels: Labels, corpusDir = CORPUS_DIR): string[] {
  const errors: string[] = [];
  if (labels.version !== 1) errors.push(`version must be 1, got ${JSON.stringify(labels.version)}`);
  if (!Array.isArray(labels.settings?.packs) || typeof labels.settings?.jurisdiction !== 'string') errors.push('settings needs packs (list) and jurisdiction (string)');
  if (!Array.isArray(labels.configurations)) return [...errors, 'configurations must be a list'];
  const seenPaths = new Set<string>();
  for (const [i, c] of labels.configurations.entries()) {
    const where = `configurations[${i}] (${c?.path})`;
    if (typeof c?.path !== 'string' || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(c.path)) {
      errors.push(`${where}: path must be "<provider>/<case>" in lower-case kebab case`);
      continue;
    }
    if (seenPaths.has(c.path)) errors.push(`${where}: labelled twice`);
    seenPaths.add(c.path);
    if (!(PROVIDERS as readonly string[]).includes(c.provider)) errors.push(`${where}: provider must be one of ${PROVIDERS.join(', ')}`);
    else if (c.path.split('/')[0] !== c.provider) errors.push(`${where}: provider "${c.provider}" does not match its folder`);
    if (typeof c.summary !== 'string' || c.summary.trim().length === 0) errors.push(`${where}: summary is empty`);
    const dir = path.join(corpusDir, c.path);
    if (!fs.existsSync(dir) || !fs.readdirSync(dir).some((f) => f.endsWith('.tf'))) {
      errors.push(`${where}: ${dir} holds no .tf files`);
      continue;
    }
    if (!Array.isArray(c.problems) || !Array.isArray(c.clean)) {
      errors.push(`${where}: problems and clean must be lists`);
      continue;
    }
    if (c.problems.length + c.clean.length === 0) errors.push(`${where}: labels nothing`);
    const seenAddresses = new Set<string>();
    const entries: Array<[string, ProblemLabel | CleanLabel]> = [
      ...c.problems.map((p, j): [string, ProblemLabel] => [`problems[${j}]`, p]),
      ...c.clean.map((p, j): [string, CleanLabel] => [`clean[${j}]`, p]),
    ];
    for (const [key, label] of entries) {
      const at = `${where} ${key} (${label?.address})`;
      if (typeof label?.address !== 'string' || !ADDRESS.test(label.address)) {
        errors.push(`${at}: address is not a Terraform resource, module resource or provider address`);
        continue;
      }
      if (seenAddresses.has(label.address)) errors.push(`${at}: address labelled twice in one configuration`);
      seenAddresses.add(label.address);
      if (!(label.category in CATEGORIES)) errors.push(`${at}: category must be one of ${Object.keys(CATEGORIES).join(', ')}`);
      if (typeof label.why !== 'string' || label.why.trim().length < 12) errors.push(`${at}: why must give the reviewer's reasoning`);
      if ('rules' in label && (!Array.isArray(label.rules) || label.rules.length === 0 || label.rules.some((r) => !/^SOV-[A-Z-]+$/.test(r)))) {
        errors.push(`${at}: rules must list rule IDs such as SOV-LOCATION`);
      }
      const missing = missingAddress(dir, label.address);
      if (missing) errors.push(`${at}: ${missing}`);
    }
    for (const [j, p] of c.problems.entries()) if (!Array.isArray(p.rules)) errors.push(`${where} problems[${j}]: rules missing`);
  }
  return errors;
}

/** Case directories (`<provider>/<case>`) present on disk, to find unlabelled ones. */
export function caseDirectories(corpusDir = CORPUS_DIR): string[] {
  const out: string[] = [];
  for (const provider of PROVIDERS) {
    const base = path.join(corpusDir, provider);
    if (!fs.existsSync(base)) continue;
    for (const entry of fs.readdirSync(base, { withFileTypes: true })) if (entry.isDirectory()) out.push(`${provider}/${entry.name}`);
  }
  return out.sort();
}
