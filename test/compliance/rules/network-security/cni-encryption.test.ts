/* A CNI Helm release with node-to-node encryption off (SOV-NETWORK-ISOLATION: warning in gdpr, error in gaiax-l3 and bsi-c5). */
import { Pack } from '../../../../lib/compliance/packs';
import { RuleId } from '../../../../lib/compliance/rules/ids';
import { Finding } from '../../../../lib/compliance/report/model';
import { findingsOf } from '../../helpers';
import { hcl } from './hcl';

const N = RuleId.NETWORK_ISOLATION;

const RELEASES = `
resource "helm_release" "cilium_off" {
  name       = "cilium"
  repository = "https://helm.cilium.io/"
  chart      = "cilium"
  namespace  = "kube-system"
  set {
    name  = "encryption.enabled"
    value = "false"
  }
}
resource "helm_release" "cilium_default" {
  name       = "cilium"
  repository = "https://helm.cilium.io/"
  chart      = "cilium"
  namespace  = "kube-system"
}
resource "helm_release" "cilium_values_off" {
  name      = "cilium"
  chart     = "cilium/cilium"
  namespace = "kube-system"
  values = [<<-EOT
    kubeProxyReplacement: true
    encryption:
      enabled: false
      type: wireguard
    EOT
  ]
}
resource "helm_release" "cilium_wireguard" {
  name       = "cilium"
  repository = "https://helm.cilium.io/"
  chart      = "cilium"
  namespace  = "kube-system"
  set {
    name  = "encryption.enabled"
    value = "true"
  }
  set {
    name  = "encryption.type"
    value = "wireguard"
  }
}
resource "helm_release" "cilium_values_on" {
  name      = "cilium"
  chart     = "cilium"
  namespace = "kube-system"
  values = [<<-EOT
    encryption:
      enabled: true
      type: wireguard
      nodeEncryption: true
    EOT
  ]
}
resource "helm_release" "ingress" {
  name       = "ingress-nginx"
  repository = "https://kubernetes.github.io/ingress-nginx"
  chart      = "ingress-nginx"
  namespace  = "ingress"
}
`;

async function judged(packs: Pack[]): Promise<Finding[]> {
  return findingsOf(await hcl(RELEASES), N, { packs }).filter((f) => f.resourceType === 'helm_release');
}

describe('Cilium encryption in Helm releases', () => {
  test('off in set, off in values, or left at the chart default (false) is found; on in set or values passes', async () => {
    const findings = await judged([Pack.GAIAX_L3]);
    expect(findings.map((f) => [f.address, f.attribute ?? ''])).toEqual([
      ['helm_release.cilium_default', ''],
      ['helm_release.cilium_off', 'set'],
      ['helm_release.cilium_values_off', 'values'],
    ]);
    expect(findings[1].message).toBe('Cilium: encryption.enabled is false in set: pod traffic between nodes crosses the provider\'s private network unencrypted (no provider documents encryption of it).');
    expect(findings[0].message).toMatch(/^Cilium: encryption\.enabled is not set and the chart's default is false \(https:\/\/github\.com\/cilium\/cilium\/blob\/v1\.20\.2\/install\/kubernetes\/cilium\/values\.yaml\)/);
    expect(findings.every((f) => f.level === 'error')).toBe(true);
  });

  test('the pack decides the level: an error in bsi-c5, a warning in gdpr', async () => {
    expect((await judged([Pack.BSI_C5])).map((f) => f.level)).toEqual(['error', 'error', 'error']);
    expect((await judged([Pack.GDPR])).map((f) => f.level)).toEqual(['warning', 'warning', 'warning']);
  });

  test('an HCL object through yamlencode is read too', async () => {
    const config = await hcl(`
resource "helm_release" "cni" {
  name   = "cilium"
  chart  = "cilium"
  values = [yamlencode({ encryption = { enabled = false, type = "wireguard" } })]
}
`);
    expect(findingsOf(config, N).filter((f) => f.resourceType === 'helm_release').map((f) => f.attribute)).toEqual(['values']);
  });
});
