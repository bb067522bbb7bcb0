/*
 * The hetzner-patient-service example end to end: synthesized by a real cdktf App with the gdpr
 * and gaiax-l3 packs under a Germany-only policy, asserting zero open findings, the suppressions
 * with their reasons, and the network's security-relevant fields one by one: private nodes, one
 * named public entry point, a Firewall that admits only the clinic's WireGuard endpoint, the
 * tunnel key from a sensitive variable, Cilium WireGuard encryption between the nodes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { FirewallPeer, FirewallPort, HetznerNetwork, PublicEntryPointKind, SovereigntyChecks } from '../../lib';
import { CLOUD_SUBNET, HetznerPatientServiceStack, ON_PREMISES_CIDR, PATIENT_SERVICE_PACKS } from '../../examples/hetzner-patient-service/stack';
import { missingReports, resourceAt, suppressedFindings } from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function synthesize(): { stack: HetznerPatientServiceStack; dir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-example-hetzner-'));
  const app = new App({ outdir });
  const stack = new HetznerPatientServiceStack(app, 'hetzner-patient-service');
  app.synth();
  return { stack, dir: path.join(outdir, 'stacks', 'hetzner-patient-service') };
}

describe('hetzner-patient-service synthesized with the checks', () => {
  const { stack, dir } = synthesize();
  const config: Json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  const report = SovereigntyChecks.reportOf(stack)!;
  const servers = Object.values(config.resource.hcloud_server as Record<string, Json>);

  test('zero open findings with gdpr and gaiax-l3 under a Germany-only policy', () => {
    expect(report.context.packs).toEqual(PATIENT_SERVICE_PACKS.map((p) => p.id));
    expect(report.context.policy).toEqual(expect.objectContaining({ jurisdiction: 'DE', gaiaxLabel: 'L3', clusterLocation: 'DE' }));
    expect(report.summary).toEqual(expect.objectContaining({ errors: 0, warnings: 0, infos: 0, notEvaluated: 0 }));
    expect(report.findings.filter((f) => !f.suppressed)).toEqual([]);
    expect(missingReports(dir)).toEqual([]);
  });

  test('the only suppressions are Pod Security of the audit pipeline, each with its reason', () => {
    const suppressed = suppressedFindings(report);
    expect(suppressed).toHaveLength(3);
    for (const [ruleId, constructPath, reason] of suppressed) {
      expect(ruleId).toBe('SOV-POD-SECURITY');
      expect(constructPath).toMatch(/^hetzner-patient-service\/AuditPipeline\//);
      expect(reason).toMatch(/hostPath \/var\/log \(read-only\)/);
    }
  });

  test('every node is private: no public IPv4 or IPv6, a fixed address in the cloud subnet, in Falkenstein', () => {
    const nodes = servers.filter((s) => s.name.startsWith('k3s-'));
    expect(nodes.map((s) => s.name).sort()).toEqual(['k3s-agent-1', 'k3s-agent-2', 'k3s-agent-3', 'k3s-server']);
    for (const node of nodes) {
      expect(node.public_net).toEqual([{ ipv4_enabled: false, ipv6_enabled: false }]);
      expect(node.location).toBe('fsn1');
      expect(node.network[0].ip).toMatch(/^10\.10\.0\.1[0-3]$/);
      expect(node.labels['sovereign-public-entry']).toBeUndefined();
      expect(node.user_data).toContain('flannel-backend: none');
      expect(node.user_data).toContain('token: ${var.k3s_token}');
    }
    expect(config.variable.k3s_token).toEqual(expect.objectContaining({ sensitive: true, nullable: false }));
  });

  test('one public entry point, the WireGuard gateway, IPv4 only, behind the Firewall', () => {
    expect(stack.network.publicEntryPoints).toEqual([{ name: 'Gateway', kind: PublicEntryPointKind.GATEWAY, constructPath: 'hetzner-patient-service/Network/Gateway/Resource' }]);
    const gateway = resourceAt(config, 'hcloud_server', 'Network/Gateway/Resource');
    expect(gateway.public_net).toEqual([{ ipv4_enabled: true, ipv6_enabled: false }]);
    expect(gateway.labels['sovereign-public-entry']).toBe('patient-service');
    expect(resourceAt(config, 'hcloud_firewall', 'Network/Firewall').apply_to).toEqual([{ label_selector: 'sovereign-public-entry=patient-service' }]);
  });

  test('the Firewall admits only WireGuard from the clinic and sends only into the network and to the clinic', () => {
    const rules = resourceAt(config, 'hcloud_firewall', 'Network/Firewall').rule;
    expect(rules.filter((r: Json) => r.direction === 'in')).toEqual([
      { direction: 'in', protocol: 'udp', port: '51820', source_ips: ['198.51.100.10/32'], description: 'WireGuard from the clinic' },
    ]);
    expect(rules.filter((r: Json) => r.direction === 'out').map((r: Json) => [r.protocol, r.port, r.destination_ips])).toEqual([
      ['tcp', 'any', ['10.0.0.0/8']], ['udp', 'any', ['10.0.0.0/8']], ['icmp', undefined, ['10.0.0.0/8']], ['udp', '51820', ['198.51.100.10/32']],
    ]);
  });

  test('the tunnel: key from a sensitive variable, the clinic\'s block routed through the gateway', () => {
    const gateway = resourceAt(config, 'hcloud_server', 'Network/Gateway/Resource');
    expect(gateway.user_data).toContain('PrivateKey = ${var.gateway_wireguard_private_key}');
    expect(gateway.user_data).toContain(`AllowedIPs = 10.99.0.2/32, ${ON_PREMISES_CIDR}`);
    expect(gateway.user_data).toContain('net.ipv4.ip_forward = 1');
    expect(config.variable.gateway_wireguard_private_key).toEqual(expect.objectContaining({ type: 'string', sensitive: true, nullable: false }));
    expect(config.variable.gateway_wireguard_private_key.default).toBeUndefined();
    expect(resourceAt(config, 'hcloud_network_route', 'Network/ClinicRoute')).toEqual(expect.objectContaining({ destination: ON_PREMISES_CIDR, gateway: gateway.network[0].ip }));
    expect(resourceAt(config, 'hcloud_network_subnet', 'Network/Subnet0').ip_range).toBe(CLOUD_SUBNET);
  });

  test('pod and node traffic between the nodes is encrypted by Cilium with WireGuard', () => {
    const release = resourceAt(config, 'helm_release', 'Cni/Resource');
    expect(release.set).toEqual(expect.arrayContaining([
      { name: 'encryption.enabled', value: 'true' }, { name: 'encryption.type', value: 'wireguard' }, { name: 'encryption.nodeEncryption', value: 'true' },
    ]));
    expect(release.provider).toBe('helm');
    expect(config.provider.helm[0].kubernetes.host).toContain('yamldecode(var.k3s_kubeconfig)');
  });

  test('exports and audit logs in Germany, state too', () => {
    expect((config.provider.aws as Json[]).map((p) => [p.alias, p.endpoints[0].s3])).toEqual([['ionos_eu_central_3', 'https://s3.eu-central-3.ionoscloud.com']]);
    expect(config.terraform.backend.s3).toEqual(expect.objectContaining({ bucket: 'patient-service-tfstate', use_lockfile: true }));
    expect(resourceAt(config, 'aws_s3_bucket_object_lock_configuration', 'AuditLogs/Resource/ObjectLock').rule[0].default_retention[0].mode).toBe('COMPLIANCE');
  });
});

describe('hetzner-patient-service: the network refuses what the policy forbids, while it is built', () => {
  const build = () => new HetznerPatientServiceStack(new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'sov-example-hetzner-policy-')) }), 'hetzner-patient-service');

  test('SSH from every address', () => {
    expect(() => build().network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(22))).toThrow(/ADMIN|SSH \(22\)/);
  });

  test('a network in Helsinki', () => {
    const stack = build();
    expect(() => new HetznerNetwork(stack, 'Finland', { location: 'hel1' })).toThrow(/hel1.*FI|jurisdiction \(DE\)/);
  });
});
