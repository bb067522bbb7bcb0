import { Catalog } from '../../catalog/catalog';
import { KubernetesKind } from '../../catalog/facts/kubernetes';
import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { RuleId } from './ids';
import { kubernetesKind, kubernetesTypes, typeFact } from './catalog-facts';
import { refs } from './refs';

/*
 * Where the pod spec sits in each workload type is a catalog fact (`kubernetes.podSpecPath`,
 * hashicorp/kubernetes 2.38 schema); manifests are read by their `kind` in the Kubernetes API's
 * camelCase fields.
 */
const NAMESPACE_TYPES = new Set(kubernetesTypes(KubernetesKind.NAMESPACE));
const WORKLOAD_TYPES = Catalog.kubernetesPlatform().resourceTypes.filter((f) => f.kubernetes?.podSpecPath).map((f) => f.resourceType);
const MANIFEST_TYPES = kubernetesTypes(KubernetesKind.MANIFEST);

/** Manifest kinds (camelCase Kubernetes API fields) and where their pod spec is. */
const MANIFEST_POD_SPEC_PATHS: Record<string, string> = {
  Pod: 'spec',
  Deployment: 'spec.template.spec',
  StatefulSet: 'spec.template.spec',
  DaemonSet: 'spec.template.spec',
  Job: 'spec.template.spec',
  ReplicaSet: 'spec.template.spec',
  ReplicationController: 'spec.template.spec',
  CronJob: 'spec.job_template.spec.template.spec',
};

const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';
/** Pod Security Standard restricted allows adding only this capability: https://kubernetes.io/docs/concepts/security/pod-security-standards/ */
const ALLOWED_ADDED_CAPABILITIES = new Set(['NET_BIND_SERVICE']);
/** Seccomp profiles the restricted profile accepts (RuntimeDefault, or a Localhost profile). */
const ALLOWED_SECCOMP = new Set(['RuntimeDefault', 'Localhost']);
/**
 * Privileged mode, root, privilege escalation, host namespaces and hostPath volumes break the
 * isolation of every other workload on the node (forbidden by the Baseline standard or, for
 * root and escalation, by Restricted): an error in every pack, not only a hardening gap.
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/
 */
const ESCAPE_NOTE = 'it breaks the isolation of every other workload on the node, an error in every pack';

/**
 * SOV-POD-SECURITY: namespaces enforce the Pod Security Standard `restricted`; every
 * container and init container of every workload runs as non-root, without privilege
 * escalation or privileged mode, with all capabilities dropped, a RuntimeDefault (or
 * Localhost) seccomp profile and a read-only root filesystem; pods use no host network,
 * PID or IPC namespace, host ports or hostPath volumes. Written for the hashicorp/kubernetes
 * provider's snake_case schema; manifests (camelCase) are judged the same way.
 */
export const podSecurityRule = defineRule({
  metadata: {
    id: RuleId.POD_SECURITY,
    title: 'Namespaces enforce Pod Security restricted; workloads run hardened',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'C5-OPS-23', 'C5-PSS-11'),
    rationale:
      'A container that runs as root, can escalate privileges or keeps Linux capabilities turns a compromised application into a compromised node. The Kubernetes Pod Security Standard restricted profile is the baseline hardening (BSI C5 OPS-23).',
    remediation: 'Label namespaces pod-security.kubernetes.io/enforce=restricted and give every container runAsNonRoot, allowPrivilegeEscalation=false, capabilities drop ALL, seccomp RuntimeDefault and a read-only root filesystem.',
    resourceTypes: [...NAMESPACE_TYPES, ...WORKLOAD_TYPES, ...MANIFEST_TYPES],
  },
  appliesTo: (resource) => kubernetesKind(resource.resourceType) !== KubernetesKind.MANIFEST || manifestKind(resource) !== undefined,
  evaluate: (resource, context) => {
    if (NAMESPACE_TYPES.has(resource.resourceType)) return checkNamespace(resource.attribute('metadata.labels'), 'metadata.labels', context);
    const k8s = typeFact(resource.resourceType)?.kubernetes;
    if (k8s?.kind === KubernetesKind.MANIFEST) {
      const argument = k8s.manifestArgument!;
      const kind = manifestKind(resource)!;
      const manifest = one(resource.attribute(argument));
      if (kind === 'Namespace') return checkNamespace(get(get(manifest, 'metadata'), 'labels'), `${argument}.metadata.labels`, context);
      const path = MANIFEST_POD_SPEC_PATHS[kind];
      return checkPod(at(manifest, path), `${argument}.${camelPath(path)}`, context);
    }
    const path = k8s!.podSpecPath!;
    return checkPod(at(resource.attributes, path), path, context);
  },
});

function manifestKind(resource: ResourceView): string | undefined {
  const argument = typeFact(resource.resourceType)?.kubernetes?.manifestArgument;
  if (!argument) return undefined;
  const kind = get(one(resource.attribute(argument)), 'kind');
  return typeof kind === 'string' && (kind === 'Namespace' || MANIFEST_POD_SPEC_PATHS[kind]) ? kind : undefined;
}

function checkNamespace(labelsValue: unknown, path: string, context: RuleContext): RuleViolation[] {
  const labels = one(labelsValue) as Record<string, unknown> | undefined;
  const raw = labels && typeof labels === 'object' ? labels[ENFORCE_LABEL] : undefined;
  const fix = `Add the label "${ENFORCE_LABEL}" = "restricted" to ${path}.`;
  if (raw === undefined) {
    return [{ message: `The namespace does not enforce a Pod Security Standard: ${path} has no "${ENFORCE_LABEL}" label.`, attribute: path, fix }];
  }
  const value = context.literal(raw);
  if (value === undefined) {
    return [{ message: `The namespace's "${ENFORCE_LABEL}" label is an expression, so enforcing "restricted" cannot be verified before apply.`, attribute: path, fix }];
  }
  if (value !== 'restricted') {
    return [{ message: `The namespace enforces Pod Security "${String(value)}", not "restricted".`, attribute: path, fix }];
  }
  return [];
}

/** A tri-state literal: the value, or UNKNOWN when it is an expression. */
const UNKNOWN = Symbol('unknown');

function literal(value: unknown, context: RuleContext): unknown {
  if (value === undefined || value === null) return undefined;
  const v = context.literal(value);
  if (v === undefined) return UNKNOWN;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return v;
}

function checkPod(podValue: unknown, podPath: string, context: RuleContext): RuleViolation[] {
  const pod = one(podValue);
  if (!pod || typeof pod !== 'object') {
    return [{ message: `The workload has no pod spec at ${podPath}, so its security settings cannot be verified.`, attribute: podPath, fix: 'Write the pod template in the configuration.' }];
  }
  const violations: RuleViolation[] = [];
  const podContext = one(get(pod, 'security_context'));

  // Host namespaces and hostPath volumes are an escape to the node (an error in every pack);
  // an expression in their place cannot be verified (the pack's level).
  const hostEscapes: string[] = [];
  const hostUnknown: string[] = [];
  for (const key of ['host_network', 'host_pid', 'host_ipc']) {
    const v = literal(get(pod, key), context);
    if (v === true) hostEscapes.push(`${key} = true`);
    else if (v === UNKNOWN) hostUnknown.push(`${key} is an expression (cannot be verified before apply)`);
  }
  list(get(pod, 'volume')).forEach((volume, i) => {
    if (get(volume, 'host_path') !== undefined) hostEscapes.push(`volume[${i}]${nameOf(volume)} is a hostPath volume`);
  });
  const hostFix = 'Remove host_network/host_pid/host_ipc and hostPath volumes; use a PersistentVolumeClaim, ConfigMap or emptyDir instead.';
  if (hostEscapes.length > 0) {
    violations.push({
      message: `The pod shares the node (${ESCAPE_NOTE}): ${hostEscapes.join('; ')}.`,
      attribute: podPath,
      fix: hostFix,
      minimumLevel: FindingLevel.ERROR,
    });
  }
  if (hostUnknown.length > 0) violations.push({ message: `The pod may share the node: ${hostUnknown.join('; ')}.`, attribute: podPath, fix: hostFix });

  const groups: Array<[string, string]> = [['container', 'container'], ['init_container', 'init container']];
  let containers = 0;
  for (const [key, label] of groups) {
    list(get(pod, key)).forEach((container, i) => {
      containers++;
      const { escapes, problems } = containerProblems(container, podContext, context);
      const name = `The ${label}${nameOf(container) || ` #${i}`}`;
      const attribute = `${podPath}.${key}[${i}].security_context`;
      if (escapes.length > 0) {
        violations.push({
          message: `${name} can escape to its node (${ESCAPE_NOTE}): ${escapes.join('; ')}.`,
          attribute,
          fix: 'Remove privileged = true, run as a non-root user (run_as_user > 0, run_as_non_root = true) and set allow_privilege_escalation = false.',
          minimumLevel: FindingLevel.ERROR,
        });
      }
      if (problems.length === 0) return;
      violations.push({
        message: `${name} is not hardened: ${problems.join('; ')}.`,
        attribute,
        fix: 'Set security_context { run_as_non_root = true, allow_privilege_escalation = false, read_only_root_filesystem = true, '
          + 'capabilities { drop = ["ALL"] }, seccomp_profile { type = "RuntimeDefault" } } on the container (run_as_non_root and seccomp_profile may be set on the pod).',
      });
    });
  }
  if (containers === 0) {
    violations.push({ message: `The pod spec at ${podPath} has no literal containers, so their security settings cannot be verified.`, attribute: podPath, fix: 'Write the containers in the configuration.' });
  }
  return violations;
}

/**
 * What a container does that breaks out of its isolation (`escapes`: privileged mode, root,
 * privilege escalation allowed) and which hardening it lacks (`problems`).
 */
function containerProblems(container: unknown, podContext: unknown, context: RuleContext): { escapes: string[]; problems: string[] } {
  const escapes: string[] = [];
  const problems: string[] = [];
  const sc = one(get(container, 'security_context'));
  const pick = (key: string) => {
    const own = get(sc, key);
    return own !== undefined && own !== null ? own : get(podContext, key);
  };

  const user = literal(pick('run_as_user'), context);
  const root = user === 0 || user === '0';
  if (root) escapes.push('run_as_user = 0 (root)');
  const nonRoot = literal(pick('run_as_non_root'), context);
  if (nonRoot === UNKNOWN) problems.push('run_as_non_root is an expression (cannot be verified before apply)');
  else if (nonRoot !== true && !root) problems.push(nonRoot === undefined ? 'run_as_non_root is not set' : `run_as_non_root = ${String(nonRoot)}`);

  const escalation = literal(get(sc, 'allow_privilege_escalation'), context);
  if (escalation === true) escapes.push('allow_privilege_escalation = true');
  else if (escalation === UNKNOWN) problems.push('allow_privilege_escalation is an expression (cannot be verified before apply)');
  else if (escalation !== false) problems.push(escalation === undefined ? 'allow_privilege_escalation is not set to false' : `allow_privilege_escalation = ${String(escalation)}`);

  const privileged = literal(get(sc, 'privileged'), context);
  if (privileged === true) escapes.push('privileged = true');
  else if (privileged === UNKNOWN) problems.push('privileged is an expression (cannot be verified before apply)');

  const readOnly = literal(get(sc, 'read_only_root_filesystem'), context);
  if (readOnly === UNKNOWN) problems.push('read_only_root_filesystem is an expression (cannot be verified before apply)');
  else if (readOnly !== true) problems.push(readOnly === undefined ? 'read_only_root_filesystem is not set to true' : `read_only_root_filesystem = ${String(readOnly)}`);

  const capabilities = one(get(sc, 'capabilities'));
  const drop = capabilityList(get(capabilities, 'drop'), context);
  if (drop === UNKNOWN) problems.push('capabilities.drop is an expression (cannot be verified before apply)');
  else if (!drop.includes('ALL')) problems.push(drop.length === 0 ? 'capabilities.drop does not include "ALL"' : `capabilities.drop is [${drop.join(', ')}], without "ALL"`);
  const add = capabilityList(get(capabilities, 'add'), context);
  if (add === UNKNOWN) problems.push('capabilities.add is an expression (cannot be verified before apply)');
  else {
    const extra = add.filter((c) => !ALLOWED_ADDED_CAPABILITIES.has(c));
    if (extra.length > 0) problems.push(`capabilities.add includes ${extra.join(', ')}`);
  }

  const own = one(get(sc, 'seccomp_profile'));
  const seccomp = own !== undefined ? own : one(get(podContext, 'seccomp_profile'));
  const type = literal(get(seccomp, 'type'), context);
  if (type === UNKNOWN) problems.push('seccomp_profile.type is an expression (cannot be verified before apply)');
  else if (typeof type !== 'string' || !ALLOWED_SECCOMP.has(type)) problems.push(type === undefined ? 'no seccomp_profile (type RuntimeDefault) on the container or pod' : `seccomp_profile.type = ${String(type)}`);

  list(get(container, 'port')).forEach((port) => {
    const hostPort = literal(get(port, 'host_port'), context);
    if (typeof hostPort === 'number' && hostPort !== 0) problems.push(`host_port ${hostPort}`);
  });
  return { escapes, problems };
}

function capabilityList(value: unknown, context: RuleContext): string[] | typeof UNKNOWN {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    const v = context.literal(item);
    if (typeof v !== 'string') return UNKNOWN;
    out.push(v);
  }
  return out;
}

// Both JSON spellings of nested blocks (object, or list of objects) and both field conventions
// (the provider's snake_case, and camelCase in manifests).

const CAMEL: Record<string, string> = {
  container: 'containers',
  init_container: 'initContainers',
  volume: 'volumes',
  port: 'ports',
  job_template: 'jobTemplate',
  host_ipc: 'hostIPC',
  host_pid: 'hostPID',
};

const CAMEL_CACHE = new Map<string, string>();

function camel(key: string): string {
  let out = CAMEL_CACHE.get(key);
  if (out === undefined) {
    out = CAMEL[key] ?? key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    CAMEL_CACHE.set(key, out);
  }
  return out;
}

function camelPath(path: string): string {
  return path.split('.').map((s) => (s === 'job_template' ? 'jobTemplate' : s)).join('.');
}

function one(value: unknown): any {
  return Array.isArray(value) ? value[0] : value;
}

function get(value: unknown, key: string): any {
  const obj = one(value);
  if (!obj || typeof obj !== 'object') return undefined;
  const record = obj as Record<string, unknown>;
  if (record[key] !== undefined) return record[key];
  if (key === 'host_path') return record.hostPath;
  return record[camel(key)];
}

function at(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const segment of path.split('.')) current = get(current, segment);
  return current;
}

function list(value: unknown): any[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v && typeof v === 'object');
}

function nameOf(block: unknown): string {
  const name = get(block, 'name');
  return typeof name === 'string' ? ` "${name}"` : '';
}
