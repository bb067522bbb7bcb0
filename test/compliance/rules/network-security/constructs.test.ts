/* The network constructs' synthesized Terraform: none of the network-security checks fires on it. */
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { TerraformStack } from 'cdktf';
import { ComplianceEngine } from '../../../../lib/compliance/engine';
import { Pack } from '../../../../lib/compliance/packs';
import { RuleId } from '../../../../lib/compliance/rules/ids';
import { Finding } from '../../../../lib/compliance/report/model';
import { CiliumWireGuardEncryption } from '../../../../lib/network/cni';
import { ExoscaleNetwork } from '../../../../lib/network/exoscale/network';
import { HetznerNetwork } from '../../../../lib/network/hetzner/network';
import { IonosNetwork } from '../../../../lib/network/ionos/network';
import { IonosIpsecVpn } from '../../../../lib/network/ionos/vpn';
import { OvhcloudNetwork } from '../../../../lib/network/ovhcloud/network';
import { ScalewayNetwork } from '../../../../lib/network/scaleway/network';
import { ScalewaySiteToSiteVpn } from '../../../../lib/network/scaleway/vpn';
import { StackitNetwork } from '../../../../lib/network/stackit/network';
import { UpcloudNetwork } from '../../../../lib/network/upcloud/network';
import { UpcloudGatewayVpn } from '../../../../lib/network/upcloud/vpn';
import { OtcNetwork } from '../../../../lib/providers/otc/network';
import { OtcSiteToSiteVpn } from '../../../../lib/providers/otc/vpn';
import { stackOf, synth } from '../../../network/helpers';

const VPN = { remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'DE', remoteCidrs: ['10.200.0.0/16'] };

/** Findings of the checks this suite is about: VPN crypto, firewall switches, CNI encryption, default policies. */
function networkSecurityFindings(stack: TerraformStack): Finding[] {
  const report = new ComplianceEngine({ packs: [Pack.GDPR, Pack.GAIAX_L3, Pack.BSI_C5], asOf: '2026-11-28' }).check(synth(stack), 'constructs');
  return report.findings.filter((f) => !f.suppressed && (
    (f.ruleId === RuleId.ENCRYPTION_IN_TRANSIT && /TR-02102-3|perfect forward secrecy/.test(f.message))
    || (f.ruleId === RuleId.PUBLIC_EXPOSURE && /= false (on|, and whether)|default_policy|accepts traffic no rule drops/.test(f.message))
    || (f.ruleId === RuleId.NETWORK_ISOLATION && f.resourceType === 'helm_release')));
}

describe('network constructs produce none of the network-security findings', () => {
  test('UpCloud: servers, a public gateway and a site-to-site VPN', () => {
    const stack = stackOf();
    const network = new UpcloudNetwork(stack, 'Net', { zone: 'de-fra1' });
    const server = { plan: '1xCPU-2GB', template: 'Debian GNU/Linux 12 (Bookworm)' };
    network.addServer('Db', server);
    network.addGateway('Web', server);
    new UpcloudGatewayVpn(stack, 'OnPrem', { network, ...VPN });
    expect(networkSecurityFindings(stack)).toEqual([]);
  });

  test('IONOS: the network and its IPsec VPN', () => {
    const stack = stackOf();
    const network = new IonosNetwork(stack, 'Net', { location: 'de/fra' });
    new IonosIpsecVpn(stack, 'OnPrem', { network, ...VPN });
    expect(networkSecurityFindings(stack)).toEqual([]);
  });

  test('Scaleway: a server, a public gateway and a site-to-site VPN', () => {
    const stack = stackOf();
    const network = new ScalewayNetwork(stack, 'Net', { region: 'fr-par' });
    network.addServer('Db', { commercialType: 'PRO2-S', image: 'debian_bookworm', cloudInit: '#cloud-config\n' });
    network.addPublicGateway('Gw');
    new ScalewaySiteToSiteVpn(stack, 'OnPrem', { network, ...VPN, remoteCountry: 'FR' });
    expect(networkSecurityFindings(stack)).toEqual([]);
  });

  test('Open Telekom Cloud: the network and its Enterprise VPN connection', () => {
    const stack = stackOf();
    const network = new OtcNetwork(stack, 'Net', { region: 'eu-de' });
    new OtcSiteToSiteVpn(stack, 'OnPrem', { network, ...VPN });
    expect(networkSecurityFindings(stack)).toEqual([]);
  });

  test('Hetzner, OVHcloud, STACKIT, Exoscale: servers and gateways', () => {
    const stack = stackOf();
    const hetzner = new HetznerNetwork(stack, 'Hetzner', { location: 'fsn1' });
    hetzner.addServer('Db', { serverType: 'cx33', image: 'debian-12' });
    hetzner.addGateway('Gw', { serverType: 'cx23', image: 'debian-12' });
    new OvhcloudNetwork(stack, 'Ovh', { serviceName: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', region: 'GRA11' }).addServer('Db', { flavorId: 'b3-8', imageId: 'debian-12' });
    const stackit = new StackitNetwork(stack, 'Stackit', { projectId: '11111111-2222-3333-4444-555555555555', region: 'eu01', internetEgress: true });
    stackit.addServer('Db', { machineType: 'g2i.1', imageId: 'image-1' });
    stackit.addGateway('Gw', { machineType: 'g2i.1', imageId: 'image-1' });
    const exoscale = new ExoscaleNetwork(stack, 'Exo', { zone: 'de-fra-1' });
    exoscale.addServer('Db', { instanceType: 'standard.medium', templateId: 'template-1' });
    exoscale.addGateway('Gw', { instanceType: 'standard.medium', templateId: 'template-1' });
    expect(networkSecurityFindings(stack)).toEqual([]);
  });

  test('Kubernetes: CiliumWireGuardEncryption', () => {
    const stack = stackOf();
    const helm = new HelmProvider(stack, 'helm', { kubernetes: { configPath: '~/.kube/config' } });
    new CiliumWireGuardEncryption(stack, 'Cni', { provider: helm });
    expect(networkSecurityFindings(stack)).toEqual([]);
  });

  test('the filter is not blind: a weak escape-hatch override on the construct\'s tunnel is found', () => {
    const stack = stackOf();
    const network = new OtcNetwork(stack, 'Net', { region: 'eu-de' });
    const vpn = new OtcSiteToSiteVpn(stack, 'OnPrem', { network, ...VPN });
    vpn.resource.addOverride('ipsecpolicy.pfs', 'group5');
    expect(networkSecurityFindings(stack).map((f) => f.attribute)).toEqual(['ipsecpolicy.pfs']);
  });
});
