import { RuleId } from '../../../lib/compliance/rules/ids';
import { Pack } from '../../../lib/compliance/packs';
import { FindingLevel } from '../../../lib/compliance/types';
import { findingsOf, flagged, run, tf } from '../helpers';

const P = RuleId.POD_SECURITY;

/** A container security context that meets the restricted profile (object spelling, as cdktf writes it). */
const hardened = {
  run_as_non_root: true,
  allow_privilege_escalation: false,
  read_only_root_filesystem: true,
  capabilities: { drop: ['ALL'] },
  seccomp_profile: { type: 'RuntimeDefault' },
};

const podSpec = (container: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  container: [{ name: 'app', image: 'registry.example.eu/app:1.0', ...container }],
  ...extra,
});

describe('SOV-POD-SECURITY: namespaces', () => {
  test('a namespace must enforce restricted', () => {
    const config = tf({
      variable: { pss: { type: 'string', default: 'restricted' } },
      resource: {
        kubernetes_namespace_v1: {
          ok: { metadata: { name: 'ok', labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } },
          viaVar: { metadata: [{ name: 'v', labels: { 'pod-security.kubernetes.io/enforce': '${var.pss}' } }] },
          none: { metadata: { name: 'none' } },
          baseline: { metadata: { name: 'b', labels: { 'pod-security.kubernetes.io/enforce': 'baseline' } } },
        },
        kubernetes_namespace: {
          computed: { metadata: { name: 'c', labels: { 'pod-security.kubernetes.io/enforce': '${kubernetes_config_map.x.data.level}' } } },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['kubernetes_namespace.computed', 'kubernetes_namespace_v1.baseline', 'kubernetes_namespace_v1.none']);
    const byAddress = Object.fromEntries(findingsOf(config, P).map((f) => [f.address, f.message]));
    expect(byAddress['kubernetes_namespace_v1.none']).toMatch(/has no "pod-security.kubernetes.io\/enforce" label/);
    expect(byAddress['kubernetes_namespace_v1.baseline']).toMatch(/enforces Pod Security "baseline", not "restricted"/);
    expect(byAddress['kubernetes_namespace.computed']).toMatch(/cannot be verified before apply/);
  });

  test('a Namespace written as kubernetes_manifest is judged the same way', () => {
    const config = tf({
      resource: {
        kubernetes_manifest: {
          ns: { manifest: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x', labels: { 'pod-security.kubernetes.io/enforce': 'privileged' } } } },
          cm: { manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 'b' } } },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['kubernetes_manifest.ns']);
    const report = run(config, P);
    expect(report.summary.notEvaluated).toBe(1);
  });
});

describe('SOV-POD-SECURITY: workloads', () => {
  test('a hardened deployment (HCL list spelling) passes; pod-level run_as_non_root and seccomp count', () => {
    const config = tf({
      resource: {
        kubernetes_deployment_v1: {
          app: {
            metadata: [{ name: 'app' }],
            spec: [{
              template: [{
                metadata: [{ labels: { app: 'x' } }],
                spec: [{
                  security_context: [{ run_as_non_root: true, seccomp_profile: [{ type: 'RuntimeDefault' }] }],
                  container: [{
                    name: 'app',
                    image: 'app:1',
                    security_context: [{ allow_privilege_escalation: false, read_only_root_filesystem: true, capabilities: [{ drop: ['ALL'], add: ['NET_BIND_SERVICE'] }] }],
                  }],
                }],
              }],
            }],
          },
        },
      },
    });
    expect(flagged(config, P)).toEqual([]);
  });

  test('each missing setting of a container is named', () => {
    const config = tf({
      resource: {
        kubernetes_deployment: { bare: { metadata: { name: 'bare' }, spec: { template: { metadata: {}, spec: podSpec({}) } } } },
        kubernetes_stateful_set_v1: { ok: { metadata: { name: 'ok' }, spec: { template: { spec: podSpec({ security_context: hardened }) } } } },
      },
    });
    expect(flagged(config, P)).toEqual(['kubernetes_deployment.bare']);
    const [finding] = findingsOf(config, P);
    expect(finding.message).toMatch(/The container "app" is not hardened/);
    for (const part of ['run_as_non_root is not set', 'allow_privilege_escalation is not set to false', 'read_only_root_filesystem is not set to true',
      'capabilities.drop does not include "ALL"', 'no seccomp_profile']) {
      expect(finding.message).toContain(part);
    }
    expect(finding.attribute).toBe('spec.template.spec.container[0].security_context');
  });

  test('privileged, root user, added capabilities, host namespaces, host ports and hostPath volumes are flagged', () => {
    const config = tf({
      resource: {
        kubernetes_daemon_set_v1: {
          agent: {
            metadata: { name: 'agent' },
            spec: {
              template: {
                spec: podSpec(
                  { security_context: { ...hardened, privileged: true, run_as_user: 0, capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] } }, port: [{ container_port: 80, host_port: 80 }] },
                  { host_network: true, host_pid: true, volume: [{ name: 'root', host_path: { path: '/' } }] },
                ),
              },
            },
          },
        },
      },
    });
    const messages = findingsOf(config, P).map((f) => f.message).join('\n');
    expect(flagged(config, P)).toEqual(['kubernetes_daemon_set_v1.agent']);
    expect(messages).toMatch(/host_network = true; host_pid = true; volume\[0\] "root" is a hostPath volume/);
    expect(messages).toMatch(/privileged = true/);
    expect(messages).toMatch(/run_as_user = 0 \(root\)/);
    expect(messages).toMatch(/capabilities.add includes SYS_ADMIN/);
    expect(messages).toMatch(/host_port 80/);
  });

  test('an escape to the node is an error in every pack; a missing hardening setting keeps the pack level', () => {
    const workload = (name: string, container: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      metadata: { name }, spec: { template: { spec: podSpec(container, extra) } },
    });
    const config = tf({
      resource: {
        kubernetes_deployment_v1: {
          privileged: workload('p', { security_context: { ...hardened, privileged: true } }),
          root: workload('r', { security_context: { ...hardened, run_as_non_root: undefined, run_as_user: 0 } }),
          escalation: workload('e', { security_context: { ...hardened, allow_privilege_escalation: true } }),
          hostpath: workload('h', { security_context: hardened }, { volume: [{ name: 'root', host_path: { path: '/' } }] }),
          soft: workload('s', { security_context: { ...hardened, read_only_root_filesystem: undefined } }),
          hardened: workload('ok', { security_context: hardened }),
        },
      },
    });
    // The GDPR pack has SOV-POD-SECURITY as a warning.
    const findings = run(config, undefined, { packs: [Pack.GDPR] }).findings.filter((f) => f.ruleId === P);
    const levels = (address: string) => findings.filter((f) => f.address === address).map((f) => f.level).sort();
    expect(levels('kubernetes_deployment_v1.privileged')).toEqual([FindingLevel.ERROR]);
    expect(levels('kubernetes_deployment_v1.root')).toEqual([FindingLevel.ERROR]);
    expect(levels('kubernetes_deployment_v1.escalation')).toEqual([FindingLevel.ERROR]);
    expect(levels('kubernetes_deployment_v1.hostpath')).toEqual([FindingLevel.ERROR]);
    expect(levels('kubernetes_deployment_v1.soft')).toEqual([FindingLevel.WARNING]);
    expect(levels('kubernetes_deployment_v1.hardened')).toEqual([]);
    const root = findings.find((f) => f.address === 'kubernetes_deployment_v1.root');
    expect(root?.message).toMatch(/can escape to its node .*run_as_user = 0 \(root\)/);
    expect(root?.message).not.toMatch(/run_as_non_root is not set/);
  });

  test('init containers are checked too, and cron jobs nest the pod under job_template', () => {
    const config = tf({
      resource: {
        kubernetes_cron_job_v1: {
          nightly: {
            metadata: { name: 'n' },
            spec: {
              schedule: '0 1 * * *',
              job_template: { metadata: {}, spec: { template: { metadata: {}, spec: podSpec({ security_context: hardened }, { init_container: [{ name: 'migrate', image: 'm:1' }] }) } } },
            },
          },
        },
        kubernetes_job_v1: { ok: { metadata: { name: 'j' }, spec: { template: { spec: podSpec({ security_context: hardened }) } } } },
        kubernetes_pod_v1: { ok: { metadata: { name: 'p' }, spec: podSpec({ security_context: hardened }) } },
      },
    });
    expect(flagged(config, P)).toEqual(['kubernetes_cron_job_v1.nightly']);
    const [finding] = findingsOf(config, P);
    expect(finding.message).toMatch(/The init container "migrate" is not hardened/);
    expect(finding.attribute).toBe('spec.job_template.spec.template.spec.init_container[0].security_context');
  });

  test('settings taken from expressions cannot be verified (fail closed); variable defaults are used', () => {
    const config = tf({
      variable: { ro: { type: 'bool', default: true } },
      resource: {
        kubernetes_deployment_v1: {
          fromVar: { metadata: { name: 'a' }, spec: { template: { spec: podSpec({ security_context: { ...hardened, read_only_root_filesystem: '${var.ro}' } }) } } },
          computed: { metadata: { name: 'b' }, spec: { template: { spec: podSpec({ security_context: { ...hardened, run_as_non_root: '${local.non_root}' } }) } } },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['kubernetes_deployment_v1.computed']);
    expect(findingsOf(config, P)[0].message).toMatch(/run_as_non_root is an expression \(cannot be verified before apply\)/);
  });

  test('kubernetes_manifest workloads use the camelCase Kubernetes API fields', () => {
    const container = (securityContext: Record<string, unknown>) => ({ name: 'app', image: 'app:1', securityContext });
    const config = tf({
      resource: {
        kubernetes_manifest: {
          good: {
            manifest: {
              apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'g', namespace: 'x' },
              spec: {
                template: {
                  spec: {
                    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
                    containers: [container({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } })],
                  },
                },
              },
            },
          },
          bad: {
            manifest: {
              apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'b', namespace: 'x' },
              spec: { jobTemplate: { spec: { template: { spec: { hostIPC: true, containers: [container({ privileged: true })] } } } } },
            },
          },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['kubernetes_manifest.bad']);
    const messages = findingsOf(config, P).map((f) => f.message).join('\n');
    expect(messages).toMatch(/host_ipc = true/);
    expect(messages).toMatch(/privileged = true/);
  });

  test('a workload without a literal pod template cannot be verified', () => {
    const config = tf({ resource: { kubernetes_deployment_v1: { opaque: { metadata: { name: 'o' }, spec: '${local.spec}' } } } });
    expect(flagged(config, P)).toEqual(['kubernetes_deployment_v1.opaque']);
    expect(findingsOf(config, P)[0].message).toMatch(/has no pod spec at spec.template.spec/);
  });
});
