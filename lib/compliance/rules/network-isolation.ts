import { KubernetesKind } from '../../catalog/facts/kubernetes';
import { simpleReference } from '../model/configuration';
import { getPath, isUnresolved, referencesIn } from '../model/expressions';
import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { cniOf, judgeCniEncryption } from './cni-encryption';
import { RuleId } from './ids';
import { kubernetesTypes, typeFact } from './catalog-facts';
import { refs } from './refs';

/*
 * SOV-NETWORK-ISOLATION: every namespace the configuration creates has a default deny
 * for ingress and egress — one or more NetworkPolicies in it with an empty pod selector
 * that together cover both policy types and allow named exceptions only.
 *
 * Kubernetes semantics (https://kubernetes.io/docs/concepts/services-networking/network-policies/):
 *  - an empty podSelector selects every pod of the namespace;
 *  - policyTypes omitted means Ingress, plus Egress when the policy has egress rules;
 *  - policies are additive: a policy that allows everything to every pod undoes the deny;
 *  - a policy that selects every pod and lists a policy type isolates them for that direction:
 *    its rules are then the only traffic allowed ("default deny with exceptions"). A rule admits
 *    any of its peers on any of its ports; a missing peer list means every peer, a missing port
 *    list every port. So a select-all policy is a default deny for a direction unless one of its
 *    rules reaches every peer (no peers, an ipBlock of /0, an empty namespace selector) on every
 *    port (no ports, a port entry without a port, 1-65535) — such a policy opens everything and
 *    is reported on itself, where it must be fixed. DNS to any peer on 53, or one CIDR on 443,
 *    are exceptions.
 *
 * Also: a Helm release of a CNI chart with node-to-node encryption off (cni-encryption.ts).
 *
 * Terraform spellings: the NetworkPolicy types of hashicorp/kubernetes (catalog, kind
 * NetworkPolicy) write `spec { pod_selector, policy_types, ingress { from, ports }, egress { to,
 * ports } }`; manifests (kind manifest) write a networking.k8s.io/v1 NetworkPolicy in the
 * Kubernetes API's camelCase fields.
 */

const NAMESPACE_TYPES = new Set(kubernetesTypes(KubernetesKind.NAMESPACE));
const POLICY_TYPES = new Set(kubernetesTypes(KubernetesKind.NETWORK_POLICY));
const MANIFEST_TYPES = kubernetesTypes(KubernetesKind.MANIFEST);
/** Helm release types that can install a CNI with node-to-node encryption. */
const CNI_TYPES = kubernetesTypes(KubernetesKind.HELM_RELEASE).filter((t) => typeFact(t)?.kubernetes?.cniEncryption);
/** The argument that holds a manifest's object (`manifest`). */
const MANIFEST = typeFact(MANIFEST_TYPES[0])?.kubernetes?.manifestArgument ?? 'manifest';
/** The NetworkPolicy type a fix names: the newest one the catalog describes. */
const POLICY_TYPE = [...POLICY_TYPES].pop();

/** One NetworkPolicy, normalized from either spelling. */
interface PolicyFacts {
  readonly view: ResourceView;
  /** Whether the pod selector is empty (selects every pod); undefined when unknown before apply. */
  readonly selectsAll: boolean | undefined;
  /** Policy types in effect; undefined when unknown before apply. */
  readonly types: Set<'Ingress' | 'Egress'> | undefined;
  readonly ingressRules: Array<Record<string, unknown>>;
  readonly egressRules: Array<Record<string, unknown>>;
  /** Argument names of this spelling, for messages. */
  readonly names: { readonly podSelector: string; readonly policyTypes: string; readonly ingress: string; readonly egress: string; readonly from: string; readonly to: string };
}

const TF_NAMES = { podSelector: 'spec.pod_selector', policyTypes: 'spec.policy_types', ingress: 'spec.ingress', egress: 'spec.egress', from: 'from', to: 'to' };
const MANIFEST_NAMES = { podSelector: `${MANIFEST}.spec.podSelector`, policyTypes: `${MANIFEST}.spec.policyTypes`, ingress: `${MANIFEST}.spec.ingress`, egress: `${MANIFEST}.spec.egress`, from: 'from', to: 'to' };

function objects(value: unknown): Array<Record<string, unknown>> {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v));
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every(isEmpty);
  return false;
}

/** Whether a selector block selects everything: present and without labels or expressions. */
function emptySelector(selector: unknown): boolean | undefined {
  if (selector === undefined || selector === null) return false;
  if (typeof selector === 'string') return undefined;
  const blocks = objects(selector);
  if (blocks.length === 0) return false;
  if (blocks.some((b) => isUnresolved(b))) {
    return blocks.every((b) => Object.values(b).every((v) => isEmpty(v) || isUnresolved(v))) ? undefined : false;
  }
  return blocks.every((b) => isEmpty(b));
}

function policyTypes(raw: unknown, context: RuleContext, hasEgressRules: boolean): Set<'Ingress' | 'Egress'> | undefined {
  // Kubernetes defaults an omitted or empty list (`len(spec.PolicyTypes) == 0`, SetDefaults_NetworkPolicy in
  // https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/networking/v1/defaults.go):
  // Ingress always, Egress when there are egress rules.
  const defaults = () => new Set<'Ingress' | 'Egress'>(hasEgressRules ? ['Ingress', 'Egress'] : ['Ingress']);
  if (raw === undefined || raw === null) return defaults();
  // `${var.types}` resolves to the variable's default list; anything else unknown stays unknown.
  const list: unknown = typeof raw === 'string' ? context.literal(raw) : raw;
  if (!Array.isArray(list)) return undefined;
  if (list.length === 0) return defaults();
  const out = new Set<'Ingress' | 'Egress'>();
  for (const item of list) {
    const v = typeof item === 'string' ? context.literal(item) : undefined;
    if (typeof v !== 'string') return undefined;
    if (v.toLowerCase() === 'ingress') out.add('Ingress');
    else if (v.toLowerCase() === 'egress') out.add('Egress');
  }
  return out;
}

function terraformPolicy(view: ResourceView, context: RuleContext): PolicyFacts {
  const ingressRules = objects(view.values('spec.ingress'));
  const egressRules = objects(view.values('spec.egress'));
  return {
    view,
    selectsAll: emptySelector(view.attribute('spec.pod_selector')),
    types: policyTypes(view.attribute('spec.policy_types'), context, egressRules.length > 0),
    ingressRules,
    egressRules,
    names: TF_NAMES,
  };
}

function manifestPolicy(view: ResourceView, context: RuleContext): PolicyFacts {
  const spec = getPath(view.attributes, `${MANIFEST}.spec`);
  const ingressRules = objects(getPath(spec, 'ingress'));
  const egressRules = objects(getPath(spec, 'egress'));
  const selector = getPath(spec, 'podSelector');
  return {
    view,
    // In the Kubernetes API an absent podSelector is the empty selector.
    selectsAll: selector === undefined || selector === null ? true : emptySelector(selector),
    types: policyTypes(getPath(spec, 'policyTypes'), context, egressRules.length > 0),
    ingressRules,
    egressRules,
    names: MANIFEST_NAMES,
  };
}

function isManifestPolicy(view: ResourceView): boolean {
  if (!MANIFEST_TYPES.includes(view.resourceType)) return false;
  const kind = view.attribute(`${MANIFEST}.kind`);
  return typeof kind === 'string' && kind === 'NetworkPolicy';
}

// ---------------------------------------------------------------------------------------
// Rules: an exception, or everything?
// ---------------------------------------------------------------------------------------

type Direction = 'Ingress' | 'Egress';
/** How far one axis of a rule (its peers or its ports) reaches. */
type Reach = { readonly all: true; readonly reason: string } | { readonly all: false; readonly unknown: boolean };

const NAMED: Reach = { all: false, unknown: false };
const UNKNOWN: Reach = { all: false, unknown: true };

/**
 * A peer's selector in either spelling: absent, empty (selects everything), naming pods or
 * namespaces by label (`match_labels`, or `match_expressions` with In / Exists; label values
 * may be expressions), or unknown (the selector itself is an expression). NotIn and
 * DoesNotExist select everything but a few, so they count as empty.
 */
function selectorState(value: unknown): 'absent' | 'empty' | 'labels' | 'unknown' {
  if (value === undefined || value === null) return 'absent';
  if (typeof value === 'string') return 'unknown';
  const list = objects(value);
  if (list.length === 0) return Array.isArray(value) ? 'absent' : 'unknown';
  let state: 'empty' | 'labels' | 'unknown' = 'empty';
  for (const b of list) {
    const labels = b.match_labels ?? b.matchLabels;
    const expressions = b.match_expressions ?? b.matchExpressions;
    if (typeof labels === 'string' || typeof expressions === 'string') {
      state = 'unknown';
      continue;
    }
    if (labels && typeof labels === 'object' && Object.keys(labels).length > 0) return 'labels';
    for (const e of objects(expressions)) {
      const operator = typeof e.operator === 'string' ? e.operator.toLowerCase() : undefined;
      if (operator === 'in' || operator === 'exists') return 'labels';
      if (operator === undefined) state = 'unknown';
    }
  }
  return state;
}

/**
 * One peer (`from` / `to` entry): every address (an ip_block of /0, with or without `except`:
 * it still admits the whole internet), every pod of the cluster (an empty namespace selector
 * without pod labels), or named (a narrower CIDR, labelled selectors, the namespace's own pods).
 */
function peerReach(peer: unknown, preposition: string, context: RuleContext): Reach {
  if (typeof peer === 'string') return UNKNOWN;
  const p = objects(peer)[0];
  if (!p) return { all: true, reason: `with an empty ${preposition} peer` };
  const block = p.ip_block ?? p.ipBlock;
  if (block !== undefined && block !== null) {
    const b = objects(block)[0];
    if (!b) return UNKNOWN;
    const cidr = context.literal(b.cidr);
    if (typeof cidr !== 'string') return UNKNOWN;
    if (!/\/0$/.test(cidr.trim())) return NAMED;
    const except = Array.isArray(b.except) ? b.except.map((e) => context.literal(e)).filter((e): e is string => typeof e === 'string') : [];
    return { all: true, reason: `${preposition} ${cidr.trim()}${except.length > 0 ? ` (except ${except.join(', ')})` : ''}` };
  }
  const pods = selectorState(p.pod_selector ?? p.podSelector);
  const namespaces = selectorState(p.namespace_selector ?? p.namespaceSelector);
  if (pods === 'unknown' || namespaces === 'unknown') return UNKNOWN;
  if (namespaces === 'empty' && pods !== 'labels') return { all: true, reason: `${preposition} every namespace (empty namespace selector)` };
  if (namespaces === 'absent' && pods === 'absent') return { all: true, reason: `with an empty ${preposition} peer` };
  return NAMED;
}

/** One `ports` entry: a port (number or name) is named; no port, or a range over 1-65535, is every port. */
function portReach(entry: unknown, context: RuleContext): Reach {
  if (typeof entry === 'string') return UNKNOWN;
  const e = objects(entry)[0];
  if (!e) return { all: true, reason: 'on every port' };
  const port = e.port;
  if (port === undefined || port === null || port === '') return { all: true, reason: 'on every port' };
  const end = e.end_port ?? e.endPort;
  if (end === undefined || end === null) return NAMED;
  const lo = Number(context.literal(port));
  const hi = Number(context.literal(end));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return UNKNOWN;
  return lo <= 1 && hi >= 65535 ? { all: true, reason: 'on every port' } : NAMED;
}

/** Every entry of a list axis: all when one entry reaches all, named when every entry is named. */
function listReach(entries: unknown[], reach: (entry: unknown) => Reach): Reach {
  let unknown = false;
  for (const entry of entries) {
    const r = reach(entry);
    if (r.all) return r;
    if (r.unknown) unknown = true;
  }
  return unknown ? UNKNOWN : NAMED;
}

/** Whether a rule opens the direction to everything ('yes', with what it admits), is a named exception ('no'), or cannot be told. */
type RuleVerdict = { readonly opens: 'yes'; readonly reason: string } | { readonly opens: 'no' | 'unknown' };

/**
 * Kubernetes: a rule admits traffic matching any of its peers AND any of its ports; a missing
 * peer list admits every peer, a missing port list every port. A rule opens everything only when
 * both axes reach everything; a narrower axis makes it an exception of a default deny.
 */
function ruleVerdict(rule: Record<string, unknown>, direction: Direction, context: RuleContext): RuleVerdict {
  const key = direction === 'Ingress' ? 'from' : 'to';
  const peers = rule[key];
  const ports = rule.ports;
  const peerList = Array.isArray(peers) ? peers : peers === undefined || peers === null ? [] : [peers];
  const portList = Array.isArray(ports) ? ports : ports === undefined || ports === null ? [] : [ports];
  const peerAxis: Reach = typeof peers === 'string' ? UNKNOWN
    : peerList.length === 0 ? { all: true, reason: `without ${key} peers` } : listReach(peerList, (p) => peerReach(p, key, context));
  const portAxis: Reach = typeof ports === 'string' ? UNKNOWN
    : portList.length === 0 ? { all: true, reason: 'on every port' } : listReach(portList, (e) => portReach(e, context));
  if ((!peerAxis.all && !peerAxis.unknown) || (!portAxis.all && !portAxis.unknown)) return { opens: 'no' };
  if (peerAxis.all && portAxis.all) return { opens: 'yes', reason: `${peerAxis.reason} ${portAxis.reason}` };
  return { opens: 'unknown' };
}

function rulesOf(p: PolicyFacts, direction: Direction): Array<Record<string, unknown>> {
  return direction === 'Ingress' ? p.ingressRules : p.egressRules;
}

/** The first rule of a select-all policy that opens a direction to everything, if any. */
function opener(p: PolicyFacts, direction: Direction, context: RuleContext): string | undefined {
  if (p.selectsAll !== true || !p.types?.has(direction)) return undefined;
  for (const rule of rulesOf(p, direction)) {
    const v = ruleVerdict(rule, direction, context);
    if (v.opens === 'yes') return v.reason;
  }
  return undefined;
}

/**
 * What a policy does for one direction of its namespace: a default deny (it selects every pod,
 * lists the type, and its rules are exceptions only), unknown before apply, or not a deny and why.
 */
function directionVerdict(p: PolicyFacts, direction: Direction, context: RuleContext): { readonly state: 'deny' | 'unknown' } | { readonly state: 'no'; readonly why: string } {
  const address = p.view.address;
  if (p.selectsAll === false) return { state: 'no', why: `${address} selects only some pods` };
  if (p.types === undefined) return { state: 'unknown' };
  if (!p.types.has(direction)) {
    return { state: 'no', why: p.types.size === 0 ? `${address} lists no policy types` : `${address} has policy types ${[...p.types].join(' and ')} only` };
  }
  let unknown = p.selectsAll === undefined;
  for (const rule of rulesOf(p, direction)) {
    const v = ruleVerdict(rule, direction, context);
    if (v.opens === 'yes') return { state: 'no', why: `${address} allows every peer on every port` };
    if (v.opens === 'unknown') unknown = true;
  }
  return { state: unknown ? 'unknown' : 'deny' };
}

// ---------------------------------------------------------------------------------------
// Policies written as manifests are not linked by the model: index them once.
// ---------------------------------------------------------------------------------------

const MANIFEST_INDEX = new WeakMap<RuleContext, Map<string, ResourceView[]>>();

/** Manifest NetworkPolicies by the address of the namespace resource they are in. */
function manifestPoliciesByNamespace(context: RuleContext): Map<string, ResourceView[]> {
  let index = MANIFEST_INDEX.get(context);
  if (index) return index;
  index = new Map();
  const manifests = MANIFEST_TYPES.flatMap((t) => context.resourcesOfType(t)).filter(isManifestPolicy);
  if (manifests.length > 0) {
    const byName = new Map<string, string>();
    for (const type of NAMESPACE_TYPES) {
      for (const ns of context.resourcesOfType(type)) {
        const name = ns.attribute('metadata.name');
        if (typeof name === 'string' && !name.includes('${')) byName.set(name, ns.address);
      }
    }
    for (const m of manifests) {
      const namespace = m.attribute(`${MANIFEST}.metadata.namespace`);
      if (typeof namespace !== 'string') continue;
      let address: string | undefined;
      if (namespace.includes('${')) {
        address = simpleReference(namespace) ?? referencesIn(namespace).find((r) => NAMESPACE_TYPES.has(r.address.split('.')[0]))?.address;
      } else {
        address = byName.get(namespace);
      }
      if (!address) continue;
      const list = index.get(address) ?? [];
      list.push(m);
      index.set(address, list);
    }
  }
  MANIFEST_INDEX.set(context, index);
  return index;
}

// ---------------------------------------------------------------------------------------
// Verdicts
// ---------------------------------------------------------------------------------------

const DENY_FIX_TF = (ns: string) =>
  `Add a ${POLICY_TYPE} in namespace ${ns} with spec { pod_selector {} policy_types = ["Ingress", "Egress"] } and no ingress or egress rules, then allow what each workload needs.`;

function namespaceName(ns: ResourceView): string {
  const name = ns.attribute('metadata.name');
  return typeof name === 'string' && !name.includes('${') ? `"${name}"` : ns.address;
}

const DIRECTIONS: Direction[] = ['Ingress', 'Egress'];

function judgeNamespace(ns: ResourceView, context: RuleContext): RuleViolation[] {
  const policies: PolicyFacts[] = [
    ...ns.children.filter((c) => POLICY_TYPES.has(c.resourceType)).map((v) => terraformPolicy(v, context)),
    ...(manifestPoliciesByNamespace(context).get(ns.address) ?? []).map((v) => manifestPolicy(v, context)),
  ];
  const name = namespaceName(ns);
  if (policies.length === 0) {
    return [{
      message: `Namespace ${name} has no NetworkPolicy: every pod in it accepts traffic from anywhere in the cluster and can reach any destination.`,
      fix: DENY_FIX_TF(name),
    }];
  }

  // Policies are additive: one default deny per direction is enough; a policy that opens
  // everything is reported on itself (judgePolicy), where it must be fixed.
  const verdicts = new Map<Direction, { state: 'yes' | 'unknown' | 'no'; why: string[] }>();
  for (const direction of DIRECTIONS) {
    let state: 'yes' | 'unknown' | 'no' = 'no';
    const why: string[] = [];
    for (const p of policies) {
      const v = directionVerdict(p, direction, context);
      if (v.state === 'deny') {
        state = 'yes';
        break;
      }
      if (v.state === 'no') why.push(v.why);
      else state = 'unknown';
    }
    verdicts.set(direction, { state, why });
  }
  const out: RuleViolation[] = [];
  const listed = policies.map((p) => p.view.address).join(', ');
  const missing = DIRECTIONS.filter((d) => verdicts.get(d)!.state === 'no');
  if (missing.length > 0) {
    const types = missing.join(' and ');
    const rules = missing.map((d) => d.toLowerCase()).join(' and ');
    const reasons = missing.map((d) => verdicts.get(d)!.why.join('; '));
    const because = reasons.length === 2 && reasons[0] !== reasons[1]
      ? `do not deny Ingress: ${reasons[0]}; they do not deny Egress: ${reasons[1]}.`
      : `do not deny ${types}: ${reasons[0]}.`;
    out.push({
      message: `Namespace ${name} has no default-deny ${types} NetworkPolicy (one whose pod selector is empty, whose policy types include ${types} `
        + `and whose ${rules} rules, if any, allow named exceptions only); its policies (${listed}) ${because}`,
      fix: DENY_FIX_TF(name),
    });
  }
  const unknown = DIRECTIONS.filter((d) => verdicts.get(d)!.state === 'unknown');
  if (unknown.length > 0) {
    out.push({
      message: `Whether namespace ${name} denies ${unknown.join(' and ')} by default cannot be verified before apply: the pod selector, policy types or rule peers and ports of ${listed} are expressions.`,
      fix: 'Write the default-deny policy\'s pod_selector, policy_types and rule peers and ports literally.',
    });
  }
  return out;
}

/** A policy that opens every pod of its namespace to all traffic undoes any default deny. */
function judgePolicy(p: PolicyFacts, context: RuleContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  const ingress = opener(p, 'Ingress', context);
  if (ingress) {
    const from = /every namespace/.test(ingress) ? 'anywhere in the cluster' : 'anywhere';
    out.push({
      message: `${p.names.ingress} has a rule ${ingress}, and ${p.names.podSelector} is empty: every pod accepts traffic from ${from}, which overrides the namespace's default deny.`,
      attribute: p.names.ingress,
      fix: `Name the allowed peers in ${p.names.from} (pod, namespace selectors or ip_block) and the ports, or select only the pods that must be reachable.`,
    });
  }
  const egress = opener(p, 'Egress', context);
  if (egress) {
    const to = /every namespace/.test(egress) ? 'any pod in the cluster' : 'anywhere';
    out.push({
      message: `${p.names.egress} has a rule ${egress}, and ${p.names.podSelector} is empty: every pod may connect ${to === 'anywhere' ? to : `to ${to}`}, which overrides the namespace's default deny.`,
      attribute: p.names.egress,
      fix: `Name the allowed destinations in ${p.names.to} and the ports (e.g. DNS to kube-system on 53), or select only the pods that need them.`,
    });
  }
  return out;
}

export const networkIsolationRule = defineRule({
  metadata: {
    id: RuleId.NETWORK_ISOLATION,
    title: 'Every Kubernetes namespace denies traffic by default',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'C5-COS-06', 'C5-COS-01', 'GAIAX-P3.1.8'),
    rationale:
      'Without a default-deny NetworkPolicy every pod can reach every other pod and the internet. BSI C5 COS-06 asks for segregation of data traffic; a default deny for ingress and egress is the Kubernetes form of it.',
    remediation: 'Add a NetworkPolicy with an empty pod selector and policy types Ingress and Egress to every namespace, then allow the traffic each workload needs.',
    resourceTypes: [...NAMESPACE_TYPES, ...POLICY_TYPES, ...MANIFEST_TYPES, ...CNI_TYPES],
  },
  appliesTo: (resource) => NAMESPACE_TYPES.has(resource.resourceType) || POLICY_TYPES.has(resource.resourceType)
    || isManifestPolicy(resource) || CNI_TYPES.includes(resource.resourceType),
  evaluate: (resource, context) => {
    if (NAMESPACE_TYPES.has(resource.resourceType)) return judgeNamespace(resource, context);
    if (CNI_TYPES.includes(resource.resourceType)) {
      const cni = cniOf(resource, context);
      return cni ? judgeCniEncryption(resource, context, cni) : [];
    }
    if (POLICY_TYPES.has(resource.resourceType)) return judgePolicy(terraformPolicy(resource, context), context);
    return judgePolicy(manifestPolicy(resource, context), context);
  },
});
