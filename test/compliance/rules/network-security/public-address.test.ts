/* Servers that hold personal data (classification labels) with a public address (SOV-PUBLIC-EXPOSURE). */
import { Finding } from '../../../../lib/compliance/report/model';
import { RuleId } from '../../../../lib/compliance/rules/ids';
import { findingsOf } from '../../helpers';
import { hcl } from './hcl';

const P = RuleId.PUBLIC_EXPOSURE;

async function judged(text: string): Promise<Array<[string, string | undefined]>> {
  return findingsOf(await hcl(text), P).filter((f: Finding) => /holds personal data/.test(f.message)).map((f) => [f.address, f.attribute]);
}

describe('public addresses on servers holding personal data', () => {
  test('Hetzner: public_net absent or with one family on is public; both off is private; unlabelled servers are not judged', async () => {
    expect(await judged(`
resource "hcloud_server" "default_public" {
  name        = "a"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
  labels      = { data-classification = "personal" }
}
resource "hcloud_server" "ipv6_only" {
  name        = "b"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
  labels      = { data-classification = "personal" }
  public_net {
    ipv4_enabled = false
    ipv6_enabled = true
  }
}
resource "hcloud_server" "private" {
  name        = "c"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
  labels      = { data-classification = "personal" }
  public_net {
    ipv4_enabled = false
    ipv6_enabled = false
  }
}
resource "hcloud_server" "unlabelled" {
  name        = "d"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
}
resource "hcloud_server" "internal_data" {
  name        = "e"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
  labels      = { data-classification = "internal" }
}
`)).toEqual([['hcloud_server.default_public', 'public_net'], ['hcloud_server.ipv6_only', 'public_net']]);
  });

  test('Hetzner: the message names the classification and the entry-point fix', async () => {
    const findings = findingsOf(await hcl(`
resource "hcloud_server" "crm" {
  name        = "crm"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
  labels      = { data-classification = "special-category" }
}
`), P);
    expect(findings.map((f) => f.message)).toEqual(['The server holds personal data (data classification "special-category") and has a public address: public_net (without ipv4_enabled = false and ipv6_enabled = false Hetzner assigns a public IPv4 and IPv6). It is reachable from the internet directly, not through a named entry point.']);
    expect(findings[0].level).toBe('error');
  });

  test('Scaleway: a reserved or dynamic IP is public, none is private (classification from `key=value` tags)', async () => {
    expect(await judged(`
resource "scaleway_instance_ip" "ip" {}
resource "scaleway_instance_server" "reserved" {
  type  = "PRO2-S"
  image = "debian_bookworm"
  zone  = "fr-par-1"
  ip_id = scaleway_instance_ip.ip.id
  tags  = ["crm", "data-classification=personal"]
}
resource "scaleway_instance_server" "dynamic" {
  type              = "PRO2-S"
  image             = "debian_bookworm"
  zone              = "fr-par-1"
  enable_dynamic_ip = true
  tags              = ["data-classification:personal"]
}
resource "scaleway_instance_server" "private" {
  type  = "PRO2-S"
  image = "debian_bookworm"
  zone  = "fr-par-1"
  tags  = ["data-classification=personal"]
}
resource "scaleway_instance_server" "public_unlabelled" {
  type              = "PRO2-S"
  image             = "debian_bookworm"
  zone              = "fr-par-1"
  enable_dynamic_ip = true
  tags              = ["web"]
}
`)).toEqual([['scaleway_instance_server.dynamic', 'ip_id'], ['scaleway_instance_server.reserved', 'ip_id']]);
  });

  test('UpCloud: a public interface is public; utility and private interfaces are not', async () => {
    expect(await judged(`
resource "upcloud_server" "public" {
  hostname = "public"
  zone     = "de-fra1"
  plan     = "1xCPU-1GB"
  firewall = true
  labels   = { data-classification = "personal" }
  network_interface {
    type = "public"
  }
}
resource "upcloud_server" "private" {
  hostname = "private"
  zone     = "de-fra1"
  plan     = "1xCPU-1GB"
  firewall = true
  labels   = { data-classification = "personal" }
  network_interface {
    type = "utility"
  }
  network_interface {
    type    = "private"
    network = "n"
  }
}
`)).toEqual([['upcloud_server.public', 'network_interface']]);
  });

  test('IONOS: a nic on a public LAN is public; a private LAN is not', async () => {
    expect(await judged(`
resource "ionoscloud_lan" "internet" {
  datacenter_id = "dc"
  public        = true
}
resource "ionoscloud_lan" "private" {
  datacenter_id = "dc"
  public        = false
}
resource "ionoscloud_server" "public" {
  name          = "public"
  datacenter_id = "dc"
  cores         = 1
  ram           = 1024
  labels        = { data-classification = "personal" }
  nic {
    lan             = ionoscloud_lan.internet.id
    firewall_active = true
  }
}
resource "ionoscloud_server" "private" {
  name          = "private"
  datacenter_id = "dc"
  cores         = 1
  ram           = 1024
  labels        = { data-classification = "personal" }
  nic {
    lan             = ionoscloud_lan.private.id
    firewall_active = true
  }
}
`)).toEqual([['ionoscloud_server.public', 'nic']]);
  });
});

describe('hyperscaler equivalents', () => {
  test('AWS: associate_public_ip_address on an instance tagged as holding personal data', async () => {
    expect(await judged(`
resource "aws_instance" "crm" {
  ami                         = "ami-1"
  instance_type               = "t3.small"
  availability_zone           = "eu-central-1a"
  associate_public_ip_address = true
  tags                        = { data-classification = "personal" }
}
resource "aws_instance" "private" {
  ami               = "ami-1"
  instance_type     = "t3.small"
  availability_zone = "eu-central-1a"
  tags              = { data-classification = "personal" }
}
`)).toEqual([['aws_instance.crm', 'associate_public_ip_address']]);
  });
});
