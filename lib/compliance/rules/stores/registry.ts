import { Catalog } from '../../../catalog/catalog';
import { StoreFact } from '../../../catalog/facts/stores';
import { ResourceRecord } from '../../model/configuration';
import { isLiteral, referencesIn } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { factsOf, typeFact } from '../catalog-facts';

// ---------------------------------------------------------------------------------------
// Which resources are stores, and which configuration resources belong to each one: both are
// catalog facts (`ResourceTypeFact.store`, `configures`, `storeConfiguration.linkArgument`).
// ---------------------------------------------------------------------------------------

/** Stores whose retention the rules can read, in catalog order. @internal */
export const RETENTION_STORE_TYPES: readonly string[] = factsOf((f) => f.store).map((x) => x.resourceType);

/** @internal */
export const STORE_TYPES = new Set(RETENTION_STORE_TYPES);

/** The catalog's store facts of a resource, if it is a store. @internal */
export function storeOf(resource: ResourceView): StoreFact | undefined {
  return typeFact(resource.resourceType)?.store;
}

/** Configuration resources that point at their store through an argument the engine does not link. */
const EXTRA_LINKS = new Map(factsOf((f) => f.storeConfiguration?.linkArgument).map((x) => [x.resourceType, x.fact]));

/** A literal bucket reference as a name: without an ARN prefix, and the last part of `region/name`. @internal */
export function bucketNameOf(value: string): string {
  let name = value;
  for (const prefix of Catalog._bucketReferencePrefixes()) if (name.startsWith(prefix)) name = name.slice(prefix.length);
  return name.split('/').pop() ?? name;
}

interface StoreIndex {
  /** Store (and container) address → configuration resources linked through EXTRA_LINKS. */
  readonly extraChildren: Map<string, ResourceView[]>;
  /** Literal bucket names → store. */
  readonly byName: Map<string, ResourceRecord>;
}

const STORE_INDEX = new WeakMap<RuleContext, StoreIndex>();

function storeIndex(context: RuleContext): StoreIndex {
  let index = STORE_INDEX.get(context);
  if (index) return index;
  const extraChildren = new Map<string, ResourceView[]>();
  const byName = new Map<string, ResourceRecord>();
  const pending: ResourceRecord[] = [];
  for (let at = 0, all = context._config.resources; at < all.length; at++) {
    const r = all[at];
    if (r.mode !== 'managed') continue;
    const store = typeFact(r.type)?.store;
    if (store) {
      const name = (store.nameArguments ?? ['bucket', 'name']).map((a) => r.body[a]).find((v) => v !== undefined && v !== null);
      if (typeof name === 'string' && isLiteral(name)) byName.set(name, r);
    } else if (EXTRA_LINKS.has(r.type)) {
      pending.push(r);
    }
  }
  index = { extraChildren, byName };
  STORE_INDEX.set(context, index);
  for (const r of pending) {
    const target = resolveRecord(r.body[EXTRA_LINKS.get(r.type)!], context);
    if (!target) continue;
    const list = extraChildren.get(target.address) ?? [];
    list.push(context._view(r));
    extraChildren.set(target.address, list);
  }
  return index;
}

/**
 * The resource a value points at: the first resource reference in it, or a store whose
 * literal name it is (also as an ARN or `region/name`).
 * @internal
 */
export function resolveStore(value: unknown, context: RuleContext): ResourceView | undefined {
  const record = resolveRecord(value, context);
  return record ? context._view(record) : undefined;
}

function resolveRecord(value: unknown, context: RuleContext): ResourceRecord | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  if (value.includes('${')) {
    for (const ref of referencesIn(value)) {
      const target = context._config.find(ref.address);
      if (target) return target;
    }
    return undefined;
  }
  return storeIndex(context).byName.get(bucketNameOf(value));
}

/** Children linked by the engine plus those linked by EXTRA_LINKS. */
export function attached(resource: ResourceView, context: RuleContext): ResourceView[] {
  const extra = storeIndex(context).extraChildren.get(resource.address);
  return extra ? [...resource.children, ...extra] : resource.children;
}
