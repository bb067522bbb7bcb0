/**
 * Which resources store data, and what the configuration says about each: location,
 * encryption (and who holds the key), retention, versioning, WORM, reachability, copies.
 *
 * Provider knowledge stays where it is: the verdicts come from the rules themselves
 * (SOV-ENCRYPTION-AT-REST probed under the policy with and without customer-managed keys,
 * SOV-PUBLIC-EXPOSURE, SOV-ENCRYPTION-IN-TRANSIT) and from the store facts the retention and
 * versioning rules read, so the inventory cannot contradict the findings.
 * @internal
 */
import { Catalog } from '../../catalog/catalog';
import { CloudProvider } from '../../catalog/provider';
import { KeyControl } from '../../catalog/sovereignty/types';
import { ResourceCategory, VolumeEncryptionMechanism } from '../../catalog/types';
import { Countries } from '../../core/countries';
import { SovereigntyPolicy } from '../../core/policy';
import { ResourceView, RuleContext } from '../model/view';
import { encryptionAtRestRule } from '../rules/encryption-at-rest';
import { encryptionInTransitRule } from '../rules/encryption-in-transit';
import { publicExposureRule } from '../rules/public-exposure';
import { expiryRules, isAuditLogStore, lockFacts, RETENTION_STORE_TYPES, versioningFacts } from '../rules/stores';
import { LocationStatus, ResourceLocation } from '../types';
import { EncryptionAtRest, InventoryCopy, InventoryLocation, InventoryProvider, Measure } from './model';

const STORE_CATEGORIES = new Set<ResourceCategory>([ResourceCategory.BUCKET, ResourceCategory.DATABASE, ResourceCategory.VOLUME]);
const OBJECT_STORES = new Set(RETENTION_STORE_TYPES);
const PERSONAL = new Set(['personal', 'special-category', 'pii', 'personal-data']);

/** What the configuration says about one store. @internal */
export interface StoreFacts {
  readonly view: ResourceView;
  readonly kind: string;
  readonly personal: boolean;
  readonly classification?: string;
  readonly provider?: CloudProvider;
  readonly location: ResourceLocation;
  readonly copies: ResourceLocation[];
}

/** Whether a resource stores data: a bucket, database or volume per the catalog, or anything the encryption-at-rest or retention rules judge as a store. @internal */
export function isStore(view: ResourceView, context: RuleContext): boolean {
  if (view.mode !== 'managed') return false;
  const category = view.category;
  if (category !== undefined && STORE_CATEGORIES.has(category)) return true;
  if (category === ResourceCategory.BUCKET_CONFIGURATION || category === ResourceCategory.KUBERNETES_CLUSTER) return false;
  if (OBJECT_STORES.has(view.resourceType)) return true;
  if (category === undefined && view.resourceType.startsWith('kubernetes_') && encryptionAtRestRule.appliesTo(view, context)) return true;
  return false;
}

/** Whether it is marked as holding personal or special-category data. @internal */
export function holdsPersonal(view: ResourceView): boolean {
  return view.holdsPersonalData || PERSONAL.has(view.dataClassification ?? '');
}

/** The stores of a configuration. @internal */
export function collectStores(context: RuleContext): StoreFacts[] {
  const out: StoreFacts[] = [];
  for (const view of context.resources()) {
    if (!isStore(view, context)) continue;
    out.push({
      view,
      kind: kindOf(view, context),
      personal: holdsPersonal(view),
      classification: view.dataClassification,
      provider: view.cloudProvider,
      location: view.location,
      copies: [...view.secondaryLocations, ...view.children.flatMap((c) => c.secondaryLocations)]
        .filter((c) => !c.source.includes(`→ ${view.address} (`)),
    });
  }
  return out;
}

/** A readable kind: the catalog category, a log store, or the resource type in words. */
function kindOf(view: ResourceView, context: RuleContext): string {
  if (isAuditLogStore(view, context)) return 'log store (audit logs)';
  switch (view.category) {
    case ResourceCategory.BUCKET: return 'object-storage bucket';
    case ResourceCategory.DATABASE: return 'managed database';
    case ResourceCategory.VOLUME: return 'block-storage volume';
    default: break;
  }
  const words = view.resourceType.replace(/_v\d+$/, '').split('_');
  if (words[0] === 'kubernetes') return `Kubernetes ${words.slice(1).join(' ')}`;
  return words.slice(1).join(' ') || view.resourceType;
}

/** The provider as the inventory shows it. @internal */
export function providerOf(provider: CloudProvider | undefined, providerId?: string): InventoryProvider | undefined {
  const p = provider ?? (providerId ? Catalog.tryProvider(providerId) : undefined);
  if (!p) return undefined;
  return {
    id: p.id,
    name: p.name,
    legalEntity: p.ownership.legalEntity,
    headquarters: `${p.ownership.headquartersCity}, ${Countries.nameOf(p.ownership.headquartersCountry)}`,
    ultimateParent: p.ownership.ultimateParent,
    ultimateParentCountry: p.ownership.ultimateParentCountry,
    euControlled: p.euControlled,
    verified: p.ownership.verified,
  };
}

/** A location with its city from the catalog. @internal */
export function locationOf(location: ResourceLocation): InventoryLocation {
  const region = location.providerId && location.region ? Catalog.findRegion(location.providerId, location.region) : undefined;
  const city = region && region.city !== 'unknown' ? `${region.city}${region.cityVerified ? '' : ' (unverified)'}` : undefined;
  return {
    status: location.status,
    countries: [...location.countries],
    region: location.region,
    city,
    determinedBy: location.source,
    verified: location.verified,
    reason: location.reason,
  };
}

/** Copies with their roles. @internal */
export function copiesOf(copies: ResourceLocation[]): InventoryCopy[] {
  return copies.map((c) => ({ ...locationOf(c), role: c.role ?? 'copy' }));
}

/** The policy with `requireCustomerManagedKeys` set as given: the probe of the encryption rule. */
function withKeys(policy: SovereigntyPolicy, required: boolean): SovereigntyPolicy {
  return Object.create(policy, { requireCustomerManagedKeys: { value: required, enumerable: true } }) as SovereigntyPolicy;
}

const probeContexts = new WeakMap<RuleContext, { plain: RuleContext; cmk: RuleContext }>();

function probes(context: RuleContext): { plain: RuleContext; cmk: RuleContext } {
  let p = probeContexts.get(context);
  if (!p) {
    p = {
      plain: RuleContext._create(context._config, withKeys(context.policy, false), context._resolver),
      cmk: RuleContext._create(context._config, withKeys(context.policy, true), context._resolver),
    };
    probeContexts.set(context, p);
  }
  return p;
}

const KEY_ATTRIBUTE = /(kms|key[_-]?id|key[_-]?arn|master[_-]?key|encryption[_-]?key|crypt[_-]?key|key[_-]?name)/i;

/** The first argument (of the store or an attached resource) that names a key, as `path = value`. */
function keyArgument(view: ResourceView): string | undefined {
  for (const r of [view, ...view.children]) {
    const hit = findKey(r.attributes, '');
    if (hit) return r === view ? hit : `${r.address} ${hit}`;
  }
  return undefined;
}

function findKey(value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = findKey(v, path);
      if (hit) return hit;
    }
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === '//') continue;
    const p = path ? `${path}.${k}` : k;
    if (KEY_ATTRIBUTE.test(k) && (typeof v === 'string' || typeof v === 'number') && String(v).length > 0) return `${p} = ${String(v)}`;
    const hit = findKey(v, p);
    if (hit) return hit;
  }
  return undefined;
}

/** Encryption at rest and who holds the key, from the encryption rule's verdicts. @internal */
export function encryptionOf(view: ResourceView, context: RuleContext): EncryptionAtRest {
  if (!encryptionAtRestRule.appliesTo(view, context)) {
    return { status: 'not determined', keyControl: KeyControl.UNKNOWN, evidence: 'SOV-ENCRYPTION-AT-REST does not judge this kind of store' };
  }
  const { plain, cmk } = probes(context);
  const off = encryptionAtRestRule.evaluate(view, plain);
  if (off.length > 0) {
    const unknown = off.some((v) => /not known before apply|cannot be verified|unknown/i.test(v.message));
    return { status: unknown ? 'not determined' : 'not encrypted', keyControl: unknown ? KeyControl.UNKNOWN : KeyControl.NONE, evidence: off.map((v) => v.message).join(' ') };
  }
  const providerKeys = encryptionAtRestRule.evaluate(view, cmk);
  if (providerKeys.length > 0) {
    return { status: 'encrypted', keyControl: KeyControl.PROVIDER, evidence: `Encrypted with provider-managed keys: ${providerKeys.map((v) => v.message).join(' ')}` };
  }
  const key = keyArgument(view);
  if (!key) return { status: 'encrypted', keyControl: KeyControl.PROVIDER, evidence: 'Encrypted by the platform with provider-managed keys (the provider offers no customer key for it).' };
  const secret = view.kubernetesCluster !== undefined
    && view.cloudProvider?.kubernetesStorage?.encryption.mechanism === VolumeEncryptionMechanism.STORAGE_CLASS_WITH_SECRET;
  return secret
    ? { status: 'encrypted', keyControl: KeyControl.CUSTOMER_HELD, evidence: `Encrypted with a passphrase the customer holds (${key}).` }
    : { status: 'encrypted', keyControl: KeyControl.CUSTOMER_KMS, evidence: `Encrypted with a customer-managed key: ${key}.` };
}

/** Encryption in transit. @internal */
export function transitOf(view: ResourceView, context: RuleContext, provider?: CloudProvider): Measure {
  if (encryptionInTransitRule.appliesTo(view, context)) {
    const v = encryptionInTransitRule.evaluate(view, context);
    return v.length > 0 ? { status: 'not enforced', evidence: v.map((x) => x.message).join(' ') } : { status: 'TLS', evidence: 'SOV-ENCRYPTION-IN-TRANSIT found TLS enforced.' };
  }
  const template = provider?.objectStorage?.endpointTemplate;
  if (OBJECT_STORES.has(view.resourceType) && template?.startsWith('https://')) {
    return { status: 'TLS (HTTPS)', evidence: `Reached through the provider's HTTPS S3 endpoint (${template}).` };
  }
  if (view.kubernetesCluster !== undefined) return { status: 'not expressed in the configuration', evidence: 'A volume attached to cluster nodes; the path to the storage back end is the provider\'s.' };
  return { status: 'not expressed in the configuration', evidence: 'No rule judges how this store is reached in transit.' };
}

/** Retention and deletion: lifecycle expiry for object stores. @internal */
export function retentionOf(view: ResourceView, context: RuleContext): Measure {
  if (!OBJECT_STORES.has(view.resourceType)) return { status: 'not expressed in the configuration', evidence: 'The configuration sets no expiry for this kind of store: deletion is an application or operations task.' };
  const rules = expiryRules(view, context).filter((r) => r.enabled !== false);
  const whole = rules.filter((r) => r.wholeStore && (typeof r.days === 'number' || r.date !== undefined));
  if (whole.length > 0) {
    const shortest = whole.reduce((a, b) => ((a.days ?? Infinity) <= (b.days ?? Infinity) ? a : b));
    return { status: shortest.days !== undefined && shortest.days !== null ? `expires after ${shortest.days} days` : `expires on ${shortest.date}`, evidence: `Lifecycle expiration at ${shortest.where}.` };
  }
  if (rules.length > 0) return { status: 'partial or not determined', evidence: `Expiry rules that cover part of the store or are unknown before apply: ${rules.map((r) => r.where).join(', ')}.` };
  return { status: 'kept until deleted', evidence: 'No lifecycle expiration rule.' };
}

/** Versioning (object stores). @internal */
export function versioningOf(view: ResourceView, context: RuleContext): Measure {
  if (!OBJECT_STORES.has(view.resourceType)) return { status: 'not applicable', evidence: 'Not an object store.' };
  const v = versioningFacts(view, context);
  return { status: v.enabled === true ? 'enabled' : v.enabled === false ? 'off' : 'not determined', evidence: v.where };
}

/** Object lock / WORM (object stores). @internal */
export function wormOf(view: ResourceView, context: RuleContext): Measure {
  if (!OBJECT_STORES.has(view.resourceType)) return { status: 'not applicable', evidence: 'Not an object store.' };
  const l = lockFacts(view, context);
  if (l.enabled === false) return { status: 'off', evidence: l.where };
  if (l.enabled === undefined) return { status: 'not determined', evidence: `${l.where} is unknown before apply` };
  const days = l.periods.map((p) => p.days).filter((d): d is number => typeof d === 'number');
  return { status: days.length > 0 ? `locked ${Math.max(...days)} days` : 'on (no default retention)', evidence: [...new Set([l.where, ...l.periods.map((p) => p.where)])].join('; ') };
}

const ALLOW_LIST = /(cidr|ip_filter|allowed_ip|ip_range|whitelist|allow_list|allowlist|source_ranges|ip_restriction|trusted_sources)/i;

/** Who can reach it: the public-exposure verdict, allow lists, or cluster-internal. @internal */
export function reachabilityOf(view: ResourceView, context: RuleContext): Measure {
  const allow = allowList(view.attributes, '');
  if (publicExposureRule.appliesTo(view, context)) {
    const v = publicExposureRule.evaluate(view, context);
    if (v.length > 0) return { status: 'public', evidence: v.map((x) => x.message).join(' ') };
    return { status: allow ? 'allow list' : 'not public', evidence: allow ? `SOV-PUBLIC-EXPOSURE passed; allow list ${allow}.` : 'SOV-PUBLIC-EXPOSURE found no public access.' };
  }
  if (allow) return { status: 'allow list', evidence: allow };
  if (view.kubernetesCluster !== undefined || view.resourceType.startsWith('kubernetes_')) {
    return { status: 'cluster-internal', evidence: 'Mounted by workloads in the cluster; no network endpoint of its own (see the namespace\'s NetworkPolicies).' };
  }
  return { status: 'not determined', evidence: 'No rule judges the exposure of this kind of store.' };
}

function allowList(value: unknown, path: string): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === '//') continue;
    const p = path ? `${path}.${k}` : k;
    if (ALLOW_LIST.test(k) && v !== undefined && v !== null && v !== '') return `${p} = ${JSON.stringify(v)}`;
    const hit = allowList(v, p);
    if (hit) return hit;
  }
  return undefined;
}

/** Whether a location is known and entirely in the EEA. @internal */
export function inEea(location: { status: LocationStatus; countries: string[] }): boolean {
  return location.status === LocationStatus.KNOWN && location.countries.every((c) => Countries.isEea(c));
}
