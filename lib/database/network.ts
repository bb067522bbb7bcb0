/*
 * Where an EuDatabase attaches (internal): the private network it sits on, from any
 * ISovereignNetwork of the same provider or from the provider's own ids, and the backup
 * location inside the jurisdiction. Providers with only a public endpoint take no network.
 */
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { DatabaseOffering } from '../catalog/databases';
import { Catalog } from '../catalog/catalog';
import { LocationKind, RegionInfo } from '../catalog/types';
import { SovereigntyPolicy } from '../core/policy';
import { invalidInput, listAllowed } from '../errors';
import { ISovereignNetwork } from '../network/network';
import type { EuDatabaseProps } from './eu-database';

/** The private network a database sits on. @internal */
export interface NetworkAttachment {
  /** The provider's network id (Scaleway Private Network, OTC VPC, IONOS LAN, UpCloud network, OVH network). */
  readonly networkId: string;
  readonly subnetId?: string;
  readonly datacenterId?: string;
  readonly securityGroupId?: string;
  /** The network's IPv4 block, when known (an ISovereignNetwork). */
  readonly ipv4Cidr?: string;
  /** IONOS: the database's address in the LAN with its prefix. */
  readonly privateAddress?: string;
  readonly network?: ISovereignNetwork;
}

/** Providers whose network location is the database's own location code. */
const SAME_LOCATION = new Set(['scaleway', 'otc', 'ionos', 'upcloud']);

/** The attachment, or undefined for providers that have only a public endpoint. @internal */
export function resolveAttachment(offering: DatabaseOffering, location: RegionInfo, props: EuDatabaseProps): NetworkAttachment | undefined {
  const name = Catalog.provider(offering.providerId).name;
  const network = props.network;
  if (!offering.privateNetwork) {
    if (network !== undefined || props.networkId !== undefined) {
      throw invalidInput({
        code: 'NO_PRIVATE_ATTACHMENT',
        what: `EuDatabase network on ${name}`,
        given: network?.node.path ?? props.networkId,
        allowed: `nothing: ${offering.networkFact.statement} (${offering.networkFact.source})`,
        fix: 'remove network/networkId and list the public addresses your servers connect from in allowedCidrs.',
      });
    }
    return undefined;
  }
  if (network !== undefined && props.networkId !== undefined) {
    throw invalidInput({ code: 'CONTRADICTORY_NETWORK', what: 'EuDatabase network and networkId', given: { network: network.node.path, networkId: props.networkId }, allowed: 'one of the two', fix: 'pass the network construct, or its id, not both.' });
  }
  if (network !== undefined) return fromNetwork(offering, name, location, network, props);
  if (props.networkId !== undefined) return fromIds(offering, name, props);
  throw invalidInput({
    code: 'NETWORK_REQUIRED',
    what: `EuDatabase network on ${name}`,
    given: undefined,
    allowed: `a private network of ${name} (${offering.networkFact.statement} ${offering.networkFact.source}): the database gets no public endpoint`,
    fix: `pass network (an ISovereignNetwork of ${name}, e.g. ${exampleNetwork(offering.providerId)}) or networkId (the provider's network id).`,
  });
}

function exampleNetwork(providerId: string): string {
  return ({ scaleway: 'ScalewayNetwork', otc: 'OtcNetwork', ionos: 'IonosNetwork' } as Record<string, string>)[providerId] ?? 'the provider\'s network construct';
}

function fromNetwork(offering: DatabaseOffering, name: string, location: RegionInfo, network: ISovereignNetwork, props: EuDatabaseProps): NetworkAttachment {
  const o = props.networkOptions ?? {};
  if (typeof network !== 'object' || network === null || typeof network.networkId !== 'string') {
    throw invalidInput({ code: 'INVALID_NETWORK', what: 'EuDatabase network', given: network, allowed: 'an ISovereignNetwork construct', fix: 'pass a network construct such as ScalewayNetwork, or networkId.' });
  }
  if (network.providerId !== offering.providerId) {
    throw invalidInput({
      code: 'NETWORK_PROVIDER_MISMATCH',
      what: 'EuDatabase network',
      given: `${network.node.path} (${network.providerId})`,
      allowed: `a network of ${name} (provider "${offering.providerId}")`,
      fix: `create the network with ${name}, or the database with provider "${network.providerId}".`,
    });
  }
  if (SAME_LOCATION.has(offering.providerId) && !Token.isUnresolved(network.location) && network.location.toLowerCase() !== location.code.toLowerCase()) {
    throw invalidInput({
      code: 'NETWORK_ELSEWHERE',
      what: 'EuDatabase network',
      given: `${network.node.path} in ${network.location}`,
      allowed: `a network in ${location.code}, where the database is (${name} attaches databases to networks of their own ${offering.locationKinds.join(' or ')})`,
      fix: `create the network in ${location.code}, or the database in ${network.location}.`,
    });
  }
  // Provider-specific ids the interface does not carry, read where the construct exposes them.
  const extra = network as unknown as { subnetIds?: string[]; vpcId?: string; datacenterId?: string; availabilityZones?: string[] };
  switch (offering.providerId) {
    case 'otc': {
      const zones = extra.availabilityZones ?? [];
      const zone = props.zone ?? zones[0];
      const index = zone === undefined ? 0 : zones.indexOf(zone);
      if (props.zone !== undefined && index < 0) {
        throw invalidInput({ code: 'ZONE_WITHOUT_SUBNET', what: 'EuDatabase zone', given: props.zone, allowed: `a zone where ${network.node.path} has a subnet: ${listAllowed(zones)}`, fix: 'choose one of these zones, or add a subnet there.' });
      }
      const subnetId = o.subnetId ?? extra.subnetIds?.[index];
      if (subnetId === undefined) throw missingId(name, 'subnetId', 'the subnet (OpenStack network id) the instance sits in');
      return { networkId: extra.vpcId ?? network.networkId, subnetId, securityGroupId: o.securityGroupId, ipv4Cidr: o.ipv4Cidr ?? network.ipv4Cidr, network };
    }
    case 'ionos': {
      const datacenterId = o.datacenterId ?? extra.datacenterId;
      if (datacenterId === undefined) throw missingId(name, 'datacenterId', 'the data centre of the LAN');
      return { networkId: network.networkId, datacenterId, ipv4Cidr: network.ipv4Cidr, privateAddress: o.privateAddress, network };
    }
    case 'ovhcloud':
      return { networkId: network.networkId, subnetId: o.subnetId ?? extra.subnetIds?.[0], ipv4Cidr: o.ipv4Cidr ?? network.ipv4Cidr, network };
    default:
      return { networkId: network.networkId, ipv4Cidr: o.ipv4Cidr ?? network.ipv4Cidr, network };
  }
}

function fromIds(offering: DatabaseOffering, name: string, props: EuDatabaseProps): NetworkAttachment {
  const o = props.networkOptions ?? {};
  if (typeof props.networkId !== 'string' || props.networkId.length === 0) {
    throw invalidInput({ code: 'INVALID_NETWORK', what: 'EuDatabase networkId', given: props.networkId, allowed: `the id of a ${name} private network`, fix: 'pass the id (a reference to the network resource works).' });
  }
  if (offering.providerId === 'otc') {
    if (o.subnetId === undefined) throw missingId(name, 'subnetId', 'the subnet (OpenStack network id) the instance sits in, with networkId the VPC id');
    if (o.ipv4Cidr === undefined) throw missingId(name, 'ipv4Cidr', 'the VPC block allowed to reach the database');
  }
  if (offering.providerId === 'ionos' && o.datacenterId === undefined) throw missingId(name, 'datacenterId', 'the data centre of the LAN (networkId is the LAN id)');
  if (offering.providerId === 'ionos' && o.privateAddress === undefined) throw missingId(name, 'privateAddress', 'the database\'s address in the LAN with its prefix, e.g. "10.7.222.100/24"');
  if (offering.providerId === 'upcloud' && o.ipv4Cidr === undefined) throw missingId(name, 'ipv4Cidr', 'the network block allowed to reach the database');
  return { networkId: props.networkId, subnetId: o.subnetId, datacenterId: o.datacenterId, securityGroupId: o.securityGroupId, ipv4Cidr: o.ipv4Cidr, privateAddress: o.privateAddress };
}

function missingId(name: string, prop: string, what: string) {
  return invalidInput({ code: 'MISSING_NETWORK_ID', what: `EuDatabase networkOptions.${prop} on ${name}`, given: undefined, allowed: what, fix: `pass networkOptions: { ${prop} }.` });
}

/**
 * A backup location given by code: a location of the provider of `kinds`, inside the jurisdiction.
 * @internal
 */
export function resolveBackupLocation(scope: IConstruct, offering: DatabaseOffering, code: string, kinds: LocationKind[], allowed?: string[]): RegionInfo {
  const provider = Catalog.provider(offering.providerId);
  const region = provider.findRegion(code);
  const candidates = (allowed ?? provider.regions.filter((r) => kinds.includes(r.kind)).map((r) => r.code));
  if (!region || !kinds.includes(region.kind) || (allowed !== undefined && !allowed.includes(region.code))) {
    throw invalidInput({
      code: 'UNKNOWN_BACKUP_LOCATION',
      what: `EuDatabase backupLocation of ${provider.name}`,
      given: code,
      allowed: listAllowed(candidates),
      fix: `use a backup location of ${provider.name} (${offering.backupLocationArgument}).`,
      candidates,
    });
  }
  const policy = SovereigntyPolicy.of(scope);
  for (const country of [region.country, ...(region.additionalCountries ?? [])]) {
    const check = policy.jurisdiction.check(country);
    if (check.allowed) continue;
    const inside = candidates.filter((c) => {
      const r = provider.findRegion(c);
      return r !== undefined && [r.country, ...(r.additionalCountries ?? [])].every((x) => policy.jurisdiction.allows(x));
    });
    throw invalidInput({
      code: 'BACKUP_OUTSIDE_JURISDICTION',
      what: `EuDatabase backupLocation of ${provider.name}`,
      given: code,
      allowed: `a backup location within the policy's jurisdiction (${policy.jurisdiction.name}): ${inside.length > 0 ? listAllowed(inside) : 'none'}. ${check.reason}`,
      fix: 'choose a backup location in an allowed country: backups hold the same personal data as the database.',
      candidates: inside,
    });
  }
  return region;
}
