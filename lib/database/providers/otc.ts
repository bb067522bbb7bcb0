/*
 * EuDatabase on Open Telekom Cloud: an RDS v3 instance in a private subnet (no public_ips),
 * behind its own security group that admits the database port from the network's block only,
 * its volume encrypted with a KMS key (given, or created here with rotation), automated
 * backups kept within the policy, TLS required for MySQL (`ssl_enable`), tags carrying the
 * classification. Through @cdktf/provider-opentelekomcloud (optional peer).
 * https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/rds_instance_v3.md
 */
import { Fn } from 'cdktf';
import { invalidInput } from '../../errors';
import { otc } from '../../providers/otc/binding';
import { OtcKmsKey } from '../../providers/otc/kms-key';
import { zonesOf } from '../../providers/otc/region';
import { OtcProtocol, OtcSecurityGroup } from '../../providers/otc/security-group';
import { Catalog } from '../../catalog/catalog';
import { DatabaseEngine, DatabaseKeyService } from '../options';
import { adminPassword, RenderContext, RenderedDatabase } from '../render';

/** @internal */
export function renderOtc(ctx: RenderContext, encrypted: boolean, requireTls: boolean): RenderedDatabase {
  const { plan, props } = ctx;
  const region = plan.region.code;
  const zones = zonesOf(Catalog.provider('otc'), region);
  const zone = props.zone ?? zones[0];
  if (!zones.includes(zone)) {
    throw invalidInput({ code: 'ZONE_NOT_IN_REGION', what: 'EuDatabase zone on Open Telekom Cloud', given: props.zone, allowed: `an availability zone of ${region}: ${zones.join(', ')}`, fix: `use a zone of ${region}.` });
  }
  if (props.adminUsername !== undefined) {
    throw invalidInput({ code: 'FIXED_ADMIN_USER', what: 'EuDatabase adminUsername on Open Telekom Cloud', given: props.adminUsername, allowed: 'nothing: RDS creates the administrator "root" (the db block has no user argument)', fix: 'remove adminUsername.' });
  }
  const attachment = ctx.attachment!;
  const port = plan.engine === DatabaseEngine.POSTGRESQL ? 5432 : 3306;
  let securityGroupId = attachment.securityGroupId;
  if (securityGroupId === undefined) {
    const group = new OtcSecurityGroup(ctx.scope, 'SecurityGroup', { region, description: `Database port ${port} from the network only (cdktf-sovereign)` });
    group.addIngressRule('Database', { cidr: attachment.ipv4Cidr!, protocol: OtcProtocol.TCP, fromPort: port, description: 'Database clients in the network' });
    securityGroupId = group.securityGroupId;
  }
  let keyId: string | undefined;
  if (encrypted) {
    const given = props.encryptionKey;
    if (given !== undefined && given._service !== DatabaseKeyService.OTC_KMS) {
      throw invalidInput({ code: 'KEY_PROVIDER_MISMATCH', what: 'EuDatabase encryptionKey on Open Telekom Cloud', given: given._service, allowed: 'DatabaseKey.otcKms(key) or DatabaseKey.otcKmsKeyId(id)', fix: 'pass an Open Telekom Cloud KMS key.' });
    }
    if (given?._region !== undefined && given._region !== region) {
      throw invalidInput({ code: 'KEY_IN_OTHER_REGION', what: 'EuDatabase encryptionKey', given: given._region, allowed: `a KMS key of ${region}, where the database is`, fix: `create the key in ${region}.` });
    }
    keyId = given?._keyId ?? new OtcKmsKey(ctx.scope, 'Key', { region, description: `Encrypts the database ${ctx.name} (cdktf-sovereign)` }).keyId;
  }
  const password = adminPassword(ctx);
  const { RdsInstanceV3 } = otc.rdsInstance(`EuDatabase "${ctx.scope.node.path}"`);
  const resource = new RdsInstanceV3(ctx.scope, 'Resource', {
    name: ctx.name,
    availabilityZone: [zone],
    flavor: props.instanceType!,
    vpcId: attachment.networkId,
    subnetId: attachment.subnetId!,
    securityGroupId,
    db: { type: plan.engine === DatabaseEngine.POSTGRESQL ? 'PostgreSQL' : 'MySQL', version: plan.version, password, port },
    volume: { type: 'CLOUDSSD', size: props.storageGb ?? 40, ...(keyId !== undefined ? { diskEncryptionId: keyId } : {}) },
    backupStrategy: { keepDays: plan.retentionDays!, startTime: '02:00-03:00' },
    ...(plan.engine === DatabaseEngine.MYSQL ? { sslEnable: requireTls } : {}),
    tags: ctx.labels,
    provider: ctx.provider,
  });
  return {
    resource,
    host: Fn.element(resource.privateIps, 0),
    port: String(port),
    database: plan.engine === DatabaseEngine.POSTGRESQL ? 'postgres' : 'mysql',
    // RDS creates the administrator `root` for every engine; the db block has no user argument.
    username: 'root',
    password,
    publicCa: false,
  };
}
