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
 * that together cover both policy types and allow nothing.
 *
 * Kubernetes semantics (https://kubernetes.io/docs/concepts/services-networking/network-policies/):
 *  - an empty podSelector selects every pod of the namespace;
 *  - policyTypes omitted means Ingress, plus Egress when the policy has egress rules;
 *  - policies are additive: a policy that allows everything to every pod undoes the deny;
 *  - once any policy with type Egress selects a pod, all egress not allowed by some policy is
 *    denied ("isolated for egress"). So a select-all Egress policy whose rules only allow named
 *    peers on named ports (e.g. the cluster DNS: namespaceSelector kube-system + podSelector
 *    k8s-app=kube-dns, port 53) is a default deny for Egress — unless a rule reaches everything
 *    (no `to`, an ipBlock of /0, an empty selector) or leaves the ports open. Ingress is judged
 *    the strict way (a deny policy has no ingress rules).
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
  if (raw === undefined || raw === null) {
    // Kubernetes defaults: Ingress always, Egress when there are egress rules.
    return new Set(hasEgressRules ? ['Ingress', 'Egress'] : ['Ingress']);
  }
  // `${var.types}` resolves to the variable's default list; anything else unknown stays unknown.
  const list: unknown = typeof raw === 'string' ? context.literal(raw) : raw;
  if (!Array.isArray(list)) return undefined;
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

/** A rule that admits every peer on every port: no peers and no ports, or a peer of 0.0.0.0/0 (::/0) and no ports. */
function allowsEverything(rule: Record<string, unknown>, peers: string): boolean {
  if (!isEmpty(rule.ports)) return false;
  const list = objects(rule[peers]);
  if (list.length === 0) return true;
  return list.some((peer) => {
    const block = objects(peer.ip_block ?? peer.ipBlock)[0];
    const cidr = block?.cidr;
    return typeof cidr === 'string' && /\/0$/.test(cidr.trim()) && isEmpty(block.except);
  });
}

interface OpenDirections {
  readonly ingress: boolean;
  readonly egress: boolean;
}

/** What a policy opens to every pod of its namespace. */
function opensEverything(p: PolicyFacts): OpenDirections {
  if (p.selectsAll !== true || !p.types) return { ingress: false, egress: false };
  return {
    ingress: p.types.has('Ingress') && p.ingressRules.some((r) => allowsEverything(r, 'from')),
    egress: p.types.has('Egress') && p.egressRules.some((r) => allowsEverything(r, 'to')),
  };
}

// ---------------------------------------------------------------------------------------
// Egress rules that only allow named peers on named ports
// ---------------------------------------------------------------------------------------

type Narrowness = 'narrow' | 'wide' | 'unknown';

function worst(a: Narrowness, b: Narrowness): Narrowness {
  if (a === 'wide' || b === 'wide') return 'wide';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'narrow';
}

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

/** One `to` peer: an ip_block that is not /0, or selectors that name pods or namespaces by label. */
function peerNarrowness(peer: unknown, context: RuleContext): Narrowness {
  if (typeof peer === 'string') return 'unknown';
  const p = objects(peer)[0];
  if (!p) return 'wide';
  const block = p.ip_block ?? p.ipBlock;
  if (block !== undefined && block !== null) {
    const b = objects(block)[0];
    if (!b) return 'unknown';
    const cidr = context.literal(b.cidr);
    if (typeof cidr !== 'string') return 'unknown';
    return /\/0$/.test(cidr.trim()) ? 'wide' : 'narrow';
  }
  const pods = selectorState(p.pod_selector ?? p.podSelector);
  const namespaces = selectorState(p.namespace_selector ?? p.namespaceSelector);
  if (pods === 'unknown' || namespaces === 'unknown') return 'unknown';
  // Labels on either selector name the peers; empty or absent selectors alone reach every pod
  // of the namespace (or of the cluster).
  return pods === 'labels' || namespaces === 'labels' ? 'narrow' : 'wide';
}

/** One `ports` entry: a port (number or name), not a range over every port. */
function portNarrowness(entry: unknown, context: RuleContext): Narrowness {
  const e = objects(entry)[0];
  if (!e) return typeof entry === 'string' ? 'unknown' : 'wide';
  const port = e.port;
  if (port === undefined || port === null || port === '') return 'wide';
  const end = e.end_port ?? e.endPort;
  if (end === undefined || end === null) return 'narrow';
  const lo = Number(context.literal(port));
  const hi = Number(context.literal(end));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return 'unknown';
  return lo <= 1 && hi >= 65535 ? 'wide' : 'narrow';
}

/** Whether an egress rule allows only named peers on named ports. */
function egressRuleNarrowness(rule: Record<string, unknown>, context: RuleContext): Narrowness {
  const peers = rule.to;
  const ports = rule.ports;
  if (typeof peers === 'string' || typeof ports === 'string') return 'unknown';
  const peerList = Array.isArray(peers) ? peers : peers === undefined || peers === null ? [] : [peers];
  const portList = Array.isArray(ports) ? ports : ports === undefined || ports === null ? [] : [ports];
  if (peerList.length === 0 || portList.length === 0) return 'wide';
  let verdict: Narrowness = 'narrow';
  for (const peer of peerList) verdict = worst(verdict, peerNarrowness(peer, context));
  for (const entry of portList) verdict = worst(verdict, portNarrowness(entry, context));
  return verdict;
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

  const denies = (direction: 'Ingress' | 'Egress'): 'yes' | 'unknown' | 'no' => {
    let unknown = false;
    for (const p of policies) {
      const rules = direction === 'Ingress' ? p.ingressRules : p.egressRules;
      if (rules.length > 0) {
        // Egress: rules that only allow named peers on named ports still deny everything else.
        if (direction === 'Ingress' || p.selectsAll === false || !p.types?.has('Egress')) continue;
        const narrow = rules.reduce<Narrowness>((v, r) => worst(v, egressRuleNarrowness(r, context)), 'narrow');
        if (narrow === 'wide') continue;
        if (narrow === 'narrow' && p.selectsAll === true) return 'yes';
        unknown = true;
        continue;
      }
      if (p.types === undefined) {
        if (p.selectsAll !== false) unknown = true;
        continue;
      }
      if (!p.types.has(direction)) continue;
      if (p.selectsAll === true) return 'yes';
      if (p.selectsAll === undefined) unknown = true;
    }
    return unknown ? 'unknown' : 'no';
  };
  const ingress = denies('Ingress');
  const egress = denies('Egress');
  const out: RuleViolation[] = [];
  const listed = policies.map((p) => p.view.address).join(', ');
  const missing = [ingress === 'no' ? 'Ingress' : undefined, egress === 'no' ? 'Egress' : undefined].filter((d): d is string => !!d);
  if (missing.length > 0) {
    const openers = policies.filter((p) => {
      const open = opensEverything(p);
      return open.ingress || open.egress;
    }).map((p) => p.view.address);
    const allowAll = openers.length > 0 ? ` ${openers.join(', ')} allow${openers.length === 1 ? 's' : ''} all traffic to every pod.` : '';
    out.push({
      message: `Namespace ${name} has no default-deny ${missing.join(' and ')} NetworkPolicy (an empty pod selector with policy type ${missing.join(' and ')} and no rules); its policies (${listed}) do not deny by default.${allowAll}`,
      fix: DENY_FIX_TF(name),
    });
  }
  const unknown = [ingress === 'unknown' ? 'Ingress' : undefined, egress === 'unknown' ? 'Egress' : undefined].filter((d): d is string => !!d);
  if (unknown.length > 0) {
    out.push({
      message: `Whether namespace ${name} denies ${unknown.join(' and ')} by default cannot be verified before apply: the pod selector, policy types or egress peers and ports of ${listed} are expressions.`,
      fix: 'Write the default-deny policy\'s pod_selector, policy_types and egress peers literally.',
    });
  }
  return out;
}

/** A policy that opens every pod of its namespace to all traffic undoes any default deny. */
function judgePolicy(p: PolicyFacts): RuleViolation[] {
  const open = opensEverything(p);
  const out: RuleViolation[] = [];
  if (open.ingress) {
    out.push({
      message: `${p.names.ingress} has a rule without ${p.names.from} peers (or with 0.0.0.0/0) and without ports, and ${p.names.podSelector} is empty: every pod accepts traffic from anywhere, which overrides the namespace's default deny.`,
      attribute: p.names.ingress,
      fix: `Name the allowed peers in ${p.names.from} (pod, namespace selectors or ip_block) and the ports, or select only the pods that must be reachable.`,
    });
  }
  if (open.egress) {
    out.push({
      message: `${p.names.egress} has a rule without ${p.names.to} peers (or with 0.0.0.0/0) and without ports, and ${p.names.podSelector} is empty: every pod may connect anywhere, which overrides the namespace's default deny.`,
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
    if (POLICY_TYPES.has(resource.resourceType)) return judgePolicy(terraformPolicy(resource, context));
    return judgePolicy(manifestPolicy(resource, context));
  },
});
