import { Catalog } from '../../catalog/catalog';
import { BlockMatch, ValueTest } from '../../catalog/facts/match';
import { KubernetesKind } from '../../catalog/facts/kubernetes';
import { ResourceTypeFact } from '../../catalog/types';
import { blocks, getAll, referencesIn } from '../model/expressions';
import { ResourceView, RuleContext } from '../model/view';
import { CatalogFactReference } from '../types';

/*
 * How rules read the catalog's per-resource-type facts: rules name no resource type and no
 * provider argument; they ask the catalog what a type is and interpret the facts it holds.
 */

/** The catalog's facts on a resource type (undefined for types it does not describe). @internal */
export function typeFact(resourceType: string): ResourceTypeFact | undefined {
  return Catalog.resourceType(resourceType);
}

/** Every catalogued type with a fact `pick` returns, sorted by type (rule metadata lists them). @internal */
export function typesWith(pick: (fact: ResourceTypeFact) => unknown): string[] {
  return Catalog.resourceTypes().filter((f) => pick(f) !== undefined && pick(f) !== false).map((f) => f.resourceType).sort();
}

/** Every catalogued type with a fact `pick` returns, with that fact, in catalog order. @internal */
export function factsOf<T>(pick: (fact: ResourceTypeFact) => T | undefined): Array<{ resourceType: string; fact: T }> {
  const out: Array<{ resourceType: string; fact: T }> = [];
  for (const f of Catalog.resourceTypes()) {
    const fact = pick(f);
    if (fact !== undefined) out.push({ resourceType: f.resourceType, fact });
  }
  return out;
}

const KINDS = new Map<string, KubernetesKind | null>();

/** The Kubernetes object a resource type writes (undefined for other types). @internal */
export function kubernetesKind(resourceType: string): KubernetesKind | undefined {
  let kind = KINDS.get(resourceType);
  if (kind === undefined) {
    kind = typeFact(resourceType)?.kubernetes?.kind ?? null;
    KINDS.set(resourceType, kind);
  }
  return kind ?? undefined;
}

/** The catalogued Kubernetes types of some kinds, in catalog order. @internal */
export function kubernetesTypes(...kinds: KubernetesKind[]): string[] {
  return Catalog.kubernetesPlatform().resourceTypes.filter((f) => f.kubernetes && kinds.includes(f.kubernetes.kind)).map((f) => f.resourceType);
}

/** Fill `{name}` placeholders of a catalog message. @internal */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? values[name] : m));
}

/** Whether a value supplies something: a non-empty literal or any expression. */
function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(isSet);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).some(isSet);
  return true;
}

const HTTPS_URL = /^https:\/\//i;

function passes(test: ValueTest, block: Record<string, unknown>, context: RuleContext): boolean {
  const values = getAll(block, test.path);
  if (test.isPresent) return values.length > 0;
  if (test.isAbsent) return values.length === 0;
  if (test.isUnset) return !values.some(isSet);
  if (test.isSet) return values.some(isSet);
  return values.some((raw) => {
    const literal = typeof raw === 'string' && raw.includes('${') ? context.literal(raw) : raw;
    if (test.httpsUrl) {
      const v = typeof raw === 'string' ? raw : literal;
      return typeof v === 'string' && (HTTPS_URL.test(v.trim()) || HTTPS_URL.test(String(context.literal(v) ?? '')));
    }
    if (test.isTrue) return literal === true || literal === 1 || literal === 'true' || literal === '1';
    if (test.equalTo !== undefined) return literal !== undefined && literal !== null && String(literal).trim().toLowerCase() === test.equalTo.toLowerCase();
    return true;
  });
}

/** Whether a block (a resource body or a nested block) satisfies a catalog `BlockMatch`. @internal */
export function matches(match: BlockMatch, block: Record<string, unknown>, context: RuleContext): boolean {
  const candidates = match.path ? blocks(getAll(block, match.path)) : [block];
  const holds = (b: Record<string, unknown>) => (match.tests ?? []).every((t) => passes(t, b, context))
    && (match.all ?? []).every((m) => matches(m, b, context))
    && (!match.any || match.any.length === 0 || match.any.some((m) => matches(m, b, context)));
  return match.every ? candidates.length > 0 && candidates.every(holds) : candidates.some(holds);
}

/** A catalog fact a verdict rests on: whether it is verified, what it says, where to check it. @internal */
export interface RestingFact {
  readonly verified: boolean;
  readonly fact: string;
  readonly source: string;
}

/**
 * The `unverifiedFacts` of a violation that rests on `facts`: the unverified ones, which make the
 * engine lower an error to a warning and name them in the finding. @internal
 */
export function restsOn(...facts: Array<RestingFact | undefined>): { unverifiedFacts?: CatalogFactReference[] } {
  const open = facts.filter((f): f is RestingFact => f !== undefined && !f.verified).map(({ fact, source }) => ({ fact, source }));
  return open.length > 0 ? { unverifiedFacts: open } : {};
}

/** The first resource of `type` a reference argument's value points at (`backend_id = <type>.<name>.id`), if it is in the configuration. @internal */
export function referencedOfType(raw: unknown, type: string, context: RuleContext): ResourceView | undefined {
  if (typeof raw !== 'string') return undefined;
  for (const ref of referencesIn(raw)) {
    const target = context.find(ref.address);
    if (target?.resourceType === type) return target;
  }
  return undefined;
}
