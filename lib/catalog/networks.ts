/*
 * Facts about the providers' private networks that the network constructs read (internal; a
 * separate file so the per-provider catalog files stay as they are): whether traffic on the
 * private network is encrypted by the provider, where the firewall applies, and — for Hetzner —
 * which network zone a location belongs to. Each fact with its source.
 *
 * "Not encrypted" means: the provider's documentation describes isolation (VLAN, VXLAN, a
 * separate interface) and says nothing of encryption. No provider documents encryption of
 * private-network traffic, so every network construct offers its own encrypted path
 * (WireGuard between hosts, CNI encryption in Kubernetes).
 */

/** What the catalog knows of a provider's private networks. @internal */
export interface PrivateNetworkFacts {
  /** Whether the provider documents that it encrypts traffic on its private networks. */
  readonly encryptedByProvider: boolean;
  /** What the documentation says, in a sentence. */
  readonly statement: string;
  /** Whether a primary source was read for the statement. */
  readonly verified: boolean;
  readonly source: string;
  /** Where the provider's firewall filters traffic. */
  readonly firewallScope: string;
  readonly firewallSource: string;
}

const HETZNER_NETWORKS_FAQ = 'https://docs.hetzner.com/cloud/networks/faq';

/** @internal */
export const PRIVATE_NETWORKS: Readonly<Record<string, PrivateNetworkFacts>> = {
  hetzner: {
    encryptedByProvider: false,
    statement: 'Networks "provide private layer 3 links between Hetzner cloud servers using dedicated network interfaces"; the FAQ states no encryption. Networks carry IPv4 only.',
    verified: true,
    source: HETZNER_NETWORKS_FAQ,
    firewallScope: 'Public network interfaces only: applying a Firewall to a server without public interface fails with private_net_only_server, so traffic inside a Network is not filtered by Hetzner. Without outbound rules all outbound traffic is allowed; with one, only matching traffic is.',
    firewallSource: 'https://docs.hetzner.cloud/reference/cloud#firewall-actions-apply-to-resources (error private_net_only_server); https://docs.hetzner.com/cloud/firewalls/faq/',
  },
  scaleway: {
    encryptedByProvider: false,
    statement: 'Private Networks are "layer 2 ethernet-switched domains … virtual LAN (VLAN)"; the VPC FAQ states isolation, not encryption.',
    verified: true,
    source: 'https://www.scaleway.com/en/docs/vpc/faq/',
    firewallScope: 'Security groups filter public traffic on Instances; Network ACLs filter traffic between the Private Networks of a VPC (all allowed until rules are added).',
    firewallSource: 'https://www.scaleway.com/en/docs/vpc/faq/',
  },
  ionos: {
    encryptedByProvider: false,
    statement: 'Private LANs: "Transmitted data is completely isolated from other subnets and cannot be intercepted by other users" — isolation, no encryption stated. The LAN\'s IPv4 block is assigned by IONOS (ipv4_cidr_block is read-only, lan.md).',
    verified: true,
    source: 'https://docs.ionos.com/cloud/compute/networks/overview',
    firewallScope: 'Network Security Groups are stateful firewalls for ingress and egress of NICs and VMs; the data centre\'s default NSG (datacenter_nsg_selection) applies to every new VM. IONOS\'s own default NSG allows all egress and ingress from 10.0.0.0/24.',
    firewallSource: 'https://docs.ionos.com/cloud/network-services/network-security-groups/nsg-faqs',
  },
  ovhcloud: {
    encryptedByProvider: false,
    statement: 'Public Cloud private networks are built on the vRack and "use Layer-2 VLANs to separate broadcast domains from each other" — separation, no encryption stated.',
    verified: true,
    source: 'https://docs.ovh.com/gb/en/publiccloud/network-services/networking-concepts/',
    firewallScope: 'Security groups apply to every interface of an ovh_cloud_instance (private ones too); without security_group_ids the project\'s `default` group applies. OpenStack adds an allow-all egress rule to every new group that ovh_cloud_security_group does not manage, so egress cannot be limited with the group: a host without public interface and without gateway has no route out of the private network.',
    firewallSource: 'https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_security_group.md; https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_instance.md',
  },
  stackit: {
    encryptedByProvider: false,
    statement: 'Virtual Networks are software-defined networks that "provide complete isolation between different projects and customers" — isolation, no encryption stated. Every network with a gateway is routed to the internet by source NAT.',
    verified: true,
    source: 'https://docs.stackit.cloud/products/network/core-networking/basics/concepts',
    firewallScope: 'Security groups filter the network interfaces they are attached to; a new group allows all egress and admits ingress only from members of the same group, and its rules are allow rules only (no deny). Egress is limited by routing instead: a network with no_ipv4_gateway = true has no default route.',
    firewallSource: 'https://docs.stackit.cloud/products/network/core-networking/security-groups/faq; https://docs.stackit.cloud/products/network/core-networking/virtual-network/basics/concepts/',
  },
  upcloud: {
    encryptedByProvider: false,
    statement: 'SDN private networks "provide secure connections between attached cloud servers using dedicated network interfaces" — dedicated interfaces, no encryption stated.',
    verified: true,
    source: 'https://developers.upcloud.com/1.3/13-networks/',
    firewallScope: 'The server firewall is stateless and applies to public and utility network traffic only: "SDN private networks are excluded". Servers without public or utility interface are reachable only from the private network; rules for replies are needed in both directions.',
    firewallSource: 'https://upcloud.com/docs/products/networking/features/firewall/',
  },
  exoscale: {
    encryptedByProvider: false,
    statement: 'A Private Network "is a classic layer 2 segment": "No encryption is performed, but your packets do not leave our datacenter."',
    verified: true,
    source: 'https://community.exoscale.com/product/networking/private-network/overview',
    firewallScope: 'Security groups are enforced at the hypervisor on public traffic: "Security group rules do not apply to traffic inside private networks". All inbound traffic is forbidden by default; outbound is allowed until the first egress rule exists, then only what egress rules allow.',
    firewallSource: 'https://community.exoscale.com/documentation/compute/security-groups/; https://community.exoscale.com/product/networking/private-network/overview',
  },
};

/**
 * Hetzner network zones by location ("all locations within a Network have to be from the same
 * network zone as the subnet"). @internal
 */
export const HETZNER_NETWORK_ZONES: Readonly<Record<string, string>> = {
  fsn1: 'eu-central', nbg1: 'eu-central', hel1: 'eu-central', ash: 'us-east', hil: 'us-west', sin: 'ap-southeast',
};
/** @internal */
export const HETZNER_NETWORK_ZONES_SOURCE = HETZNER_NETWORKS_FAQ;
