/* Firewalls switched off on interfaces that face the internet, and accepting default policies (SOV-PUBLIC-EXPOSURE). */
import { FindingLevel } from '../../../../lib/compliance/types';
import { RuleId } from '../../../../lib/compliance/rules/ids';
import { Finding } from '../../../../lib/compliance/report/model';
import { findingsOf } from '../../helpers';
import { hcl } from './hcl';

const P = RuleId.PUBLIC_EXPOSURE;

async function judged(text: string): Promise<Finding[]> {
  return findingsOf(await hcl(text), P);
}

describe('UpCloud: firewall = false on a server with a public interface', () => {
  test('public interface and firewall off: one finding on `firewall`; utility-only, firewall on, or not written: none', async () => {
    const findings = await judged(`
resource "upcloud_server" "open" {
  hostname = "open"
  zone     = "de-fra1"
  plan     = "1xCPU-1GB"
  firewall = false
  network_interface {
    type = "utility"
  }
  network_interface {
    type = "public"
  }
}
resource "upcloud_server" "utility_only" {
  hostname = "utility"
  zone     = "de-fra1"
  plan     = "1xCPU-1GB"
  firewall = false
  network_interface {
    type = "utility"
  }
}
resource "upcloud_server" "filtered" {
  hostname = "filtered"
  zone     = "de-fra1"
  plan     = "1xCPU-1GB"
  firewall = true
  network_interface {
    type = "public"
  }
}
resource "upcloud_server" "unwritten" {
  hostname = "unwritten"
  zone     = "de-fra1"
  plan     = "1xCPU-1GB"
  network_interface {
    type = "public"
  }
}
`);
    expect(findings.map((f) => [f.address, f.attribute])).toEqual([['upcloud_server.open', 'firewall']]);
    expect(findings[0].message).toBe('firewall = false on network_interface[1], which faces the internet: UpCloud\'s firewall is the only filter in front of the public interface ("applies to public and utility network traffic"), so every port of the server is reachable from the internet.');
    expect(findings[0].level).toBe('error');
    expect(findings[0].dependsOnUnverifiedFact).toBe(false);
  });

  test('firewall from a variable default is read', async () => {
    const findings = await judged(`
variable "firewall" {
  default = false
}
resource "upcloud_server" "open" {
  hostname = "open"
  zone     = "de-fra1"
  plan     = "1xCPU-1GB"
  firewall = var.firewall
  network_interface {
    type = "public"
  }
}
`);
    expect(findings.map((f) => f.address)).toEqual(['upcloud_server.open']);
  });
});

describe('IONOS: firewall_active = false on a NIC of a public LAN', () => {
  const lans = `
resource "ionoscloud_datacenter" "dc" {
  name     = "dc"
  location = "de/fra"
}
resource "ionoscloud_lan" "internet" {
  datacenter_id = ionoscloud_datacenter.dc.id
  public        = true
}
resource "ionoscloud_lan" "private" {
  datacenter_id = ionoscloud_datacenter.dc.id
  public        = false
}
`;
  test('NIC resources: public LAN + off is found; private LAN, active firewall: none; an unknown LAN cannot be verified', async () => {
    const findings = await judged(`${lans}
resource "ionoscloud_nic" "open" {
  datacenter_id   = ionoscloud_datacenter.dc.id
  server_id       = "s"
  lan             = ionoscloud_lan.internet.id
  firewall_active = false
}
resource "ionoscloud_nic" "private" {
  datacenter_id   = ionoscloud_datacenter.dc.id
  server_id       = "s"
  lan             = ionoscloud_lan.private.id
  firewall_active = false
}
resource "ionoscloud_nic" "filtered" {
  datacenter_id   = ionoscloud_datacenter.dc.id
  server_id       = "s"
  lan             = ionoscloud_lan.internet.id
  firewall_active = true
}
resource "ionoscloud_nic" "by_id" {
  datacenter_id   = ionoscloud_datacenter.dc.id
  server_id       = "s"
  lan             = 1
  firewall_active = false
}
`);
    expect(findings.map((f) => [f.address, f.attribute])).toEqual([['ionoscloud_nic.by_id', 'firewall_active'], ['ionoscloud_nic.open', 'firewall_active']]);
    expect(findings[1].message).toBe('firewall_active = false on the NIC, which faces the internet (ionoscloud_lan.internet): IONOS does not filter the NIC, so every port of the server is reachable from the internet (an active NIC firewall blocks all incoming traffic no rule allows).');
    expect(findings[0].message).toMatch(/^firewall_active = false, and whether the NIC faces the internet cannot be verified before apply \(its network is 1\)/);
  });

  test('nic blocks of a server: each block on its own', async () => {
    const findings = await judged(`${lans}
resource "ionoscloud_server" "web" {
  name          = "web"
  datacenter_id = ionoscloud_datacenter.dc.id
  cores         = 1
  ram           = 1024
  image_name    = "debian:12"
  nic {
    lan             = ionoscloud_lan.private.id
    firewall_active = false
  }
  nic {
    lan             = ionoscloud_lan.internet.id
    firewall_active = false
  }
}
resource "ionoscloud_server" "safe" {
  name          = "safe"
  datacenter_id = ionoscloud_datacenter.dc.id
  cores         = 1
  ram           = 1024
  image_name    = "debian:12"
  nic {
    lan             = ionoscloud_lan.internet.id
    firewall_active = true
  }
}
`);
    expect(findings.map((f) => [f.address, f.attribute])).toEqual([['ionoscloud_server.web', 'nic[1].firewall_active']]);
  });
});

describe('default inbound policies that accept', () => {
  test('Scaleway: inbound_default_policy accept (or left at its default) is found; drop passes', async () => {
    const findings = await judged(`
resource "scaleway_instance_security_group" "accepting" {
  inbound_default_policy  = "accept"
  outbound_default_policy = "accept"
}
resource "scaleway_instance_security_group" "defaulted" {
  name = "defaulted"
}
resource "scaleway_instance_security_group" "dropping" {
  inbound_default_policy = "drop"
  inbound_rule {
    action   = "accept"
    port     = 443
    ip_range = "0.0.0.0/0"
  }
}
`);
    expect(findings.map((f) => [f.address, f.attribute])).toEqual([
      ['scaleway_instance_security_group.accepting', 'inbound_default_policy'],
      ['scaleway_instance_security_group.defaulted', 'inbound_default_policy'],
    ]);
    expect(findings[0].message).toMatch(/^inbound_default_policy "accept" accepts traffic no rule drops, so every administrative and database port is reachable from any address\.$/);
  });

  test('UpCloud: rules without a final drop leave the server open; a final drop closes it', async () => {
    const findings = await judged(`
resource "upcloud_firewall_rules" "open" {
  server_id = "s"
  firewall_rule {
    action    = "accept"
    direction = "in"
    family    = "IPv4"
  }
}
resource "upcloud_firewall_rules" "closed" {
  server_id = "s"
  firewall_rule {
    action                 = "accept"
    direction              = "in"
    family                 = "IPv4"
    protocol               = "tcp"
    destination_port_start = "443"
    destination_port_end   = "443"
  }
  firewall_rule {
    action    = "drop"
    direction = "in"
    family    = "IPv4"
  }
}
`);
    expect(findings.map((f) => f.address)).toEqual(['upcloud_firewall_rules.open']);
  });
});

describe('Open Telekom Cloud and OpenStack: port security off on a port with a floating IP', () => {
  test('a floating IP on the port makes it public; without one nothing faces the internet; on stays on', async () => {
    const findings = await judged(`
resource "opentelekomcloud_networking_port_v2" "open" {
  network_id            = "n"
  port_security_enabled = false
}
resource "opentelekomcloud_networking_floatingip_associate_v2" "open" {
  floating_ip = "80.158.0.10"
  port_id     = opentelekomcloud_networking_port_v2.open.id
}
resource "opentelekomcloud_networking_port_v2" "internal" {
  network_id            = "n"
  port_security_enabled = false
}
resource "opentelekomcloud_networking_port_v2" "filtered" {
  network_id = "n"
}
resource "opentelekomcloud_networking_floatingip_v2" "filtered" {
  pool    = "admin_external_net"
  port_id = opentelekomcloud_networking_port_v2.filtered.id
}
resource "openstack_networking_port_v2" "open" {
  network_id            = "n"
  port_security_enabled = false
}
resource "openstack_networking_floatingip_v2" "open" {
  pool    = "public"
  port_id = openstack_networking_port_v2.open.id
}
`);
    // The OpenStack finding rests on an unverified fact: a warning, listed after the error.
    expect(findings.map((f) => [f.address, f.attribute, f.level])).toEqual([
      ['opentelekomcloud_networking_port_v2.open', 'port_security_enabled', FindingLevel.ERROR],
      ['openstack_networking_port_v2.open', 'port_security_enabled', FindingLevel.WARNING],
    ]);
    expect(findings[0].message).toBe('port_security_enabled = false on the NIC, which faces the internet (opentelekomcloud_networking_floatingip_associate_v2.open): port security is off, so no security group filters the port and every port of the server behind the floating IP is reachable from the internet.');
    expect(findings[0].dependsOnUnverifiedFact).toBe(false);
    expect(findings[1].dependsOnUnverifiedFact).toBe(true);
  });
});

describe('AWS: the default security group', () => {
  test('aws_default_security_group ingress from 0.0.0.0/0 on SSH is found; from the group itself is not', async () => {
    const findings = await judged(`
resource "aws_default_security_group" "open" {
  vpc_id = "vpc-1"
  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_default_security_group" "closed" {
  vpc_id = "vpc-2"
  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }
}
`);
    expect(findings.map((f) => [f.address, f.attribute])).toEqual([['aws_default_security_group.open', 'ingress[0]']]);
  });
});
