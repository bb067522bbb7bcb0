/* CiliumWireGuardEncryption: the encryption values field by field, and what may not override them. */
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { CiliumWireGuardEncryption } from '../../lib/network/cni';
import { expectError, only, stackOf, synth } from './helpers';

describe('CiliumWireGuardEncryption', () => {
  test('a pinned Cilium release with WireGuard encryption of pod and node traffic', () => {
    const stack = stackOf();
    const helm = new HelmProvider(stack, 'helm', { kubernetes: { configPath: '~/.kube/config' } });
    new CiliumWireGuardEncryption(stack, 'Cni', { provider: helm, values: { kubeProxyReplacement: 'true' } });
    const release = only(synth(stack), 'helm_release');
    expect(release).toEqual(expect.objectContaining({ name: 'cilium', chart: 'cilium', repository: 'https://helm.cilium.io/', version: '1.20.2', namespace: 'kube-system', atomic: true }));
    expect(release.set).toEqual([
      { name: 'encryption.enabled', value: 'true' },
      { name: 'encryption.type', value: 'wireguard' },
      { name: 'encryption.nodeEncryption', value: 'true' },
      { name: 'kubeProxyReplacement', value: 'true' },
    ]);
    expect(release.provider).toBe('helm');
  });

  test('node encryption can be switched off explicitly; pod encryption cannot', () => {
    const stack = stackOf();
    new CiliumWireGuardEncryption(stack, 'Cni', { nodeEncryption: false });
    expect(only(synth(stack), 'helm_release').set).toEqual(expect.arrayContaining([{ name: 'encryption.nodeEncryption', value: 'false' }, { name: 'encryption.enabled', value: 'true' }]));
    expectError(() => new CiliumWireGuardEncryption(stackOf(), 'Cni', { values: { 'encryption.enabled': 'false' } }), 'ENCRYPTION_VALUE_REFUSED');
    expectError(() => new CiliumWireGuardEncryption(stackOf(), 'Cni', { values: { 'encryption.type': 'ipsec' } }), 'ENCRYPTION_VALUE_REFUSED');
  });

  test('the chart version is pinned', () => {
    expectError(() => new CiliumWireGuardEncryption(stackOf(), 'Cni', { chartVersion: '1.20' }), 'UNPINNED_CHART');
  });

  test('the WireGuard port between nodes is UDP 51871', () => {
    expect(CiliumWireGuardEncryption.WIREGUARD_PORT.toString()).toBe('udp/51871');
  });
});
