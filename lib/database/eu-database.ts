/*
 * EuDatabase: a managed PostgreSQL (or MySQL) database on a European provider, private,
 * encrypted and in the jurisdiction by default. What each provider can and cannot do, with
 * sources, is in lib/catalog/databases.ts and docs/databases.md.
 */
import { Annotations, TerraformOutput, TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { AtRest, InTransit } from '../catalog/databases';
import { Catalog } from '../catalog/catalog';
import { DataClassification } from '../core/classification';
import { Retention } from '../core/retention';
import { RuleId } from '../compliance/rules/ids';
import { addConstructSuppression } from '../compliance/suppressions';
import { invalidInput } from '../errors';
import { ISovereignNetwork } from '../network/network';
import { nameFromPath } from '../util/names';
import { resolveAttachment } from './network';
import { DatabaseEngine, DatabaseKey, DatabaseKeyService } from './options';
import { planDatabase } from './plan';
import { renderExoscale } from './providers/exoscale';
import { renderIonos } from './providers/ionos';
import { renderOtc } from './providers/otc';
import { renderOvhcloud } from './providers/ovhcloud';
import { renderScaleway } from './providers/scaleway';
import { renderStackit } from './providers/stackit';
import { renderUpcloud } from './providers/upcloud';
import { connectionString, databaseLabels, RenderContext, RenderedDatabase } from './render';

/** Provider ids the network of a database needs besides the network itself. */
export interface DatabaseNetworkOptions {
  /**
   * The subnet: Open Telekom Cloud (the subnet's OpenStack network id, `subnet_id`), OVHcloud (`nodes.subnet_id`).
   * @default - the network construct's subnet in the database's zone (OtcNetwork), none (OVHcloud)
   */
  readonly subnetId?: string;
  /**
   * IONOS: the data centre of the LAN.
   * @default - the network construct's data centre (IonosNetwork)
   */
  readonly datacenterId?: string;
  /**
   * Open Telekom Cloud: a security group for the instance instead of the one the construct creates.
   * @default - a new security group admitting the database port from the network's block only
   */
  readonly securityGroupId?: string;
  /**
   * The network's IPv4 block, allowed to reach the database (Open Telekom Cloud security group, UpCloud IP filter).
   * @default - the network construct's block
   */
  readonly ipv4Cidr?: string;
  /**
   * IONOS: the database's address in the LAN with the LAN's prefix, e.g. `10.7.222.200/24`.
   * @default - host 200 of the LAN's block (computed by Terraform from the LAN's `ipv4_cidr_block`)
   */
  readonly privateAddress?: string;
}

/** Settings of an `EuDatabase`. */
export interface EuDatabaseProps {
  /** Catalog id of a European provider with managed databases: `scaleway`, `ovhcloud`, `stackit`, `ionos`, `exoscale`, `upcloud` or `otc` (`hetzner` has none and throws). */
  readonly provider: string;
  /** Where the database is: a region (`fr-par`, `GRA`, `eu01`, `eu-de`), zone (`de-fra1`, `de-fra-1`) or location (`de/fra`), within the policy's jurisdiction. */
  readonly location: string;
  /** Major version of the engine, e.g. `"16"` (PostgreSQL) or `"8"` (MySQL); see docs/databases.md for each provider's list. */
  readonly version: string;
  /**
   * The engine.
   * @default DatabaseEngine.POSTGRESQL
   */
  readonly engine?: DatabaseEngine;
  /**
   * Size: Scaleway `node_type` (`DB-DEV-S`), OVHcloud `flavor` (`db1-4`), STACKIT `flavor_id` (`2.4`), Exoscale
   * `plan` (`startup-4`), UpCloud `plan` (`1x1xCPU-2GB-25GB`), Open Telekom Cloud `flavor` (`rds.pg.n1.large.2`).
   * IONOS takes `cores` and `memoryGb` instead.
   * @default - none: required except on IONOS
   */
  readonly instanceType?: string;
  /**
   * Storage in GB: Scaleway Block Storage volume (a multiple of 5), OVHcloud `disk_size`, STACKIT `storage.size`,
   * IONOS `storage_size` (even), Open Telekom Cloud `volume.size`. Exoscale and UpCloud plans fix it.
   * @default - the provider's or plan's default (Scaleway local SSD; STACKIT 10; IONOS 20; Open Telekom Cloud 40)
   */
  readonly storageGb?: number;
  /**
   * IONOS: CPU cores per instance.
   * @default 2
   */
  readonly cores?: number;
  /**
   * IONOS: memory per instance in GB.
   * @default 4
   */
  readonly memoryGb?: number;
  /**
   * OVHcloud: the plan (`essential`: 1 node, `business`: 2, `enterprise`: 3).
   * @default "essential"
   */
  readonly servicePlan?: string;
  /**
   * STACKIT: the storage class.
   * @default "premium-perf2-stackit"
   */
  readonly storageClass?: string;
  /**
   * The project: OVHcloud `service_name` (Public Cloud project id), STACKIT `project_id`. Required there.
   * @default - none
   */
  readonly projectId?: string;
  /**
   * Open Telekom Cloud: the availability zone.
   * @default - the region's first zone with a subnet of the network
   */
  readonly zone?: string;
  /**
   * The private network the database sits on (any ISovereignNetwork of the same provider). Required, or
   * `networkId`, on every provider that attaches databases to private networks (all but Exoscale and STACKIT).
   * @default - none
   */
  readonly network?: ISovereignNetwork;
  /**
   * The provider's id of the private network, instead of `network`: Scaleway Private Network, OVHcloud
   * regional OpenStack network id, IONOS LAN id, UpCloud network UUID, Open Telekom Cloud VPC id.
   * @default - none
   */
  readonly networkId?: string;
  /**
   * Ids of the network the construct cannot derive (subnet, data centre, security group, address).
   * @default - derived from `network`
   */
  readonly networkOptions?: DatabaseNetworkOptions;
  /**
   * The address blocks allowed to connect, on providers that offer only a public endpoint (Exoscale, STACKIT):
   * required there, refused elsewhere. `0.0.0.0/0` and `::/0` throw.
   * @default - none
   */
  readonly allowedCidrs?: string[];
  /**
   * A backup location besides the default one: IONOS `backup_location` (`de`, `eu-central-2`, `eu-south-2`),
   * OVHcloud a second region in `backup_regions`. Must be in the policy's jurisdiction.
   * @default - IONOS: the location in the cluster's city, else country; OVHcloud: the node region only
   */
  readonly backupLocation?: string;
  /**
   * How long backups are kept, where the provider lets it be set (Scaleway, STACKIT 32 to 90 days, Open Telekom
   * Cloud); for personal data at most the policy's `personalDataMaxRetention`.
   * @default - 7 days (STACKIT: 32), capped by the policy bound; elsewhere the provider's fixed or plan retention
   */
  readonly backupRetention?: Retention;
  /**
   * The customer-managed key: Open Telekom Cloud KMS (`DatabaseKey.otcKms`), STACKIT KMS (`DatabaseKey.stackitKms`,
   * required there).
   * @default - Open Telekom Cloud: a new OtcKmsKey with rotation; elsewhere none
   */
  readonly encryptionKey?: DatabaseKey;
  /**
   * Encrypt at rest with the provider's switch or key. Turning it off (Scaleway, Open Telekom Cloud, STACKIT) still
   * produces SOV-ENCRYPTION-AT-REST unless `unencryptedAtRestReason` is given; providers that always encrypt throw.
   * @default true
   */
  readonly encryptedAtRest?: boolean;
  /**
   * Why the database may go without (documented) encryption at rest: required on OVHcloud, which documents none
   * for database volumes, and with `encryptedAtRest: false`. Recorded as a suppression of SOV-ENCRYPTION-AT-REST
   * with this reason (at least 10 characters): the finding stays in every report, marked suppressed.
   * @default - no acknowledgement
   */
  readonly unencryptedAtRestReason?: string;
  /**
   * Require TLS where the provider has a switch (Open Telekom Cloud MySQL `ssl_enable`). Off still produces
   * SOV-ENCRYPTION-IN-TRANSIT; providers without a switch throw when it is off.
   * @default true
   */
  readonly requireTls?: boolean;
  /**
   * Protect the database from deletion: the provider's argument (OVHcloud, Exoscale, UpCloud) and Terraform's
   * `lifecycle { prevent_destroy = true }` everywhere.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * The administrator's name (not on OVHcloud, `avnadmin`, or Open Telekom Cloud, `root`).
   * @default "dbadmin"
   */
  readonly adminUsername?: string;
  /**
   * The administrator's password: a reference to a sensitive TerraformVariable, never a literal. Not on OVHcloud
   * and STACKIT, which generate it.
   * @default - a random_password (@cdktf/provider-random), or the provider's generated password
   */
  readonly adminPassword?: string;
  /**
   * Whether the database holds personal data (GDPR Art. 4(1)): its backup retention is then bounded by the policy.
   * @default - true unless `dataClassification` says otherwise (databases usually hold personal data)
   */
  readonly holdsPersonalData?: boolean;
  /**
   * Classification, written to the `data-classification` tag or label where the provider has them.
   * @default - DataClassification.PERSONAL, or the policy's default when `holdsPersonalData` is false
   */
  readonly dataClassification?: DataClassification;
  /**
   * Further tags or labels (Scaleway, UpCloud, Open Telekom Cloud). `data-classification` and `jurisdiction` are set by the construct.
   * @default - only the construct's
   */
  readonly tags?: { [key: string]: string };
  /**
   * The database name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * The provider configuration to use.
   * @default - the stack's default configuration of the provider (for OVHcloud, STACKIT, Exoscale and UpCloud one is added when the stack has none)
   */
  readonly terraformProvider?: TerraformProvider;
}

/** A database as other constructs see it. */
export interface IEuDatabase extends IConstruct {
  /** Catalog id of the provider. */
  readonly providerId: string;
  /** The location code. */
  readonly location: string;
  /** The engine. */
  readonly engine: DatabaseEngine;
  /** The host to connect to (a Terraform reference). */
  readonly host: string;
  /** The port (a Terraform reference or literal). */
  readonly port: string;
  /** The connection string without the password, verifying the server's certificate and name. */
  readonly connectionString: string;
}

const SUPPORTED_NOTE = 'https://github.com/cdktf-sovereign/cdktf-sovereign/blob/main/docs/databases.md';

/**
 * A managed PostgreSQL or MySQL database on a European provider: on a private network without a
 * public endpoint (an allow list where the provider has only a public one), encrypted at rest,
 * TLS verified by the client, backups in the jurisdiction and kept within the policy, deletion
 * protection on, the admin password generated and exported only as a sensitive output.
 *
 * @example
 * const network = new ScalewayNetwork(stack, 'Network', { region: 'fr-par' });
 * new EuDatabase(stack, 'Patients', { provider: 'scaleway', location: 'fr-par', version: '16', instanceType: 'DB-DEV-S', network });
 */
export class EuDatabase extends Construct implements IEuDatabase {
  public readonly providerId: string;
  public readonly location: string;
  public readonly engine: DatabaseEngine;
  public readonly host: string;
  public readonly port: string;
  public readonly connectionString: string;
  /** The major version. */
  public readonly version: string;
  /** Countries where the database is. */
  public readonly countries: string[];
  /** The data classification. */
  public readonly dataClassification: DataClassification;
  /** Whether it holds personal data. */
  public readonly holdsPersonalData: boolean;
  /** Whether the data is encrypted at rest (by the switch, a key, or the platform). */
  public readonly encryptedAtRest: boolean;
  /** Backup retention in days, where the construct sets or knows it. */
  public readonly backupRetentionDays?: number;
  /** Whether deletion protection is on. */
  public readonly deletionProtection: boolean;
  /** The administrator's name. */
  public readonly adminUsername: string;
  /** The database resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The sensitive output holding the administrator's password. */
  public readonly passwordOutput: TerraformOutput;
  /** The output holding the connection string (no password). */
  public readonly connectionStringOutput: TerraformOutput;

  constructor(scope: Construct, id: string, props: EuDatabaseProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'EuDatabase props', given: props, allowed: 'an EuDatabaseProps object', fix: 'pass { provider, location, version, instanceType, network }.' });
    }
    const plan = planDatabase(this, props);
    const offering = plan.offering;
    const providerName = Catalog.provider(offering.providerId).name;
    requireProps(props, offering.providerId, providerName);
    const attachment = resolveAttachment(offering, plan.region, props);
    const encrypted = this.planEncryption(props, offering.atRest, providerName, offering);
    const requireTls = props.requireTls ?? true;
    const tlsSwitch = offering.inTransit === InTransit.SWITCH && plan.engine === DatabaseEngine.MYSQL;
    if (!requireTls && !tlsSwitch) {
      throw invalidInput({
        code: 'TLS_HAS_NO_SWITCH',
        what: `EuDatabase requireTls on ${providerName}`,
        given: false,
        allowed: `true only: ${offering.inTransitFact.statement} (${offering.inTransitFact.source}); the connection string always verifies the certificate`,
        fix: 'remove requireTls.',
      });
    }

    this.providerId = offering.providerId;
    this.location = plan.region.code;
    this.engine = plan.engine;
    this.version = plan.version;
    this.countries = plan.countries;
    this.dataClassification = plan.classification;
    this.holdsPersonalData = plan.personal;
    this.encryptedAtRest = encrypted;
    this.backupRetentionDays = plan.retentionDays;
    this.deletionProtection = plan.deletionProtection;

    const name = props.name ?? nameFromPath(this, 40, 'db');
    if (!Token.isUnresolved(name) && !/^[a-z][a-z0-9-]{3,39}$/.test(name)) {
      throw invalidInput({ code: 'INVALID_DATABASE_NAME', what: 'EuDatabase name', given: name, allowed: '4 to 40 lower-case letters, digits and "-", starting with a letter (accepted by every provider)', fix: 'rename the database, e.g. "patients-prod".' });
    }
    const ctx: RenderContext = {
      scope: this, props, plan, name, attachment, provider: props.terraformProvider, labels: databaseLabels(plan, checkTags(props.tags)),
    };
    const rendered = this.render(ctx, encrypted, requireTls);
    this.resource = rendered.resource;
    this.adminUsername = rendered.username;
    this.host = rendered.host;
    this.port = rendered.port;
    this.connectionString = connectionString(plan.engine, rendered);

    if (plan.deletionProtection) {
      this.resource.lifecycle = { ...(this.resource.lifecycle ?? {}), preventDestroy: true };
    } else {
      Annotations.of(this).addWarning(`EuDatabase ${this.node.path}: deletion protection is off; a terraform destroy or a replacing change deletes the database and, on most providers, its backups.`);
    }
    this.passwordOutput = new TerraformOutput(this, 'AdminPasswordOutput', { value: rendered.password, sensitive: true, description: `Administrator password of ${name}` });
    this.connectionStringOutput = new TerraformOutput(this, 'ConnectionStringOutput', { value: this.connectionString, description: `Connection string of ${name} (no password; TLS with certificate and host-name verification)` });
    if (rendered.caCertificate !== undefined) {
      new TerraformOutput(this, 'CaCertificateOutput', { value: rendered.caCertificate, sensitive: rendered.caCertificateSensitive ?? false, description: `CA certificate of ${name} (sslrootcert)` });
    }
  }

  private planEncryption(props: EuDatabaseProps, atRest: AtRest, providerName: string, offering: { atRestFact: { statement: string; source: string } }): boolean {
    const wanted = props.encryptedAtRest ?? true;
    const reason = props.unencryptedAtRestReason;
    if (reason !== undefined && (typeof reason !== 'string' || reason.trim().length < 10)) {
      throw invalidInput({ code: 'REASON_TOO_SHORT', what: 'EuDatabase unencryptedAtRestReason', given: reason, allowed: 'at least 10 characters saying why the data may be unencrypted at rest and what protects it instead', fix: 'write the reason, e.g. "fields with personal data are encrypted by the application (libsodium, keys in Vault)".' });
    }
    const fact = `${offering.atRestFact.statement} (${offering.atRestFact.source})`;
    if (atRest === AtRest.PLATFORM) {
      if (!wanted) throw invalidInput({ code: 'ENCRYPTION_CANNOT_BE_DISABLED', what: `EuDatabase encryptedAtRest on ${providerName}`, given: false, allowed: `true only: ${fact}`, fix: 'remove encryptedAtRest.' });
      if (reason !== undefined) throw invalidInput({ code: 'REASON_WITHOUT_OPT_OUT', what: 'EuDatabase unencryptedAtRestReason', given: reason, allowed: `nothing: ${providerName} encrypts every database (${fact})`, fix: 'remove unencryptedAtRestReason.' });
      return true;
    }
    if (atRest === AtRest.NOT_DOCUMENTED) {
      if (props.encryptedAtRest === true || reason === undefined) {
        throw invalidInput({
          code: 'ENCRYPTION_AT_REST_NOT_DOCUMENTED',
          what: `EuDatabase encryption at rest on ${providerName}`,
          given: props.encryptedAtRest,
          allowed: `an acknowledgement: ${fact}; the compliance engine reports SOV-ENCRYPTION-AT-REST on it`,
          fix: 'choose a provider that encrypts databases at rest, or pass unencryptedAtRestReason: "<what protects the data instead>" (recorded as a suppression with that reason).',
        });
      }
      addConstructSuppression(this, RuleId.ENCRYPTION_AT_REST, `No documented encryption at rest on ${providerName}: ${reason}`);
      return false;
    }
    if (!wanted && reason !== undefined) {
      addConstructSuppression(this, RuleId.ENCRYPTION_AT_REST, `Encryption at rest turned off (encryptedAtRest: false): ${reason}`);
    }
    if (wanted && reason !== undefined) {
      throw invalidInput({ code: 'REASON_WITHOUT_OPT_OUT', what: 'EuDatabase unencryptedAtRestReason', given: reason, allowed: 'only with encryptedAtRest: false', fix: 'remove unencryptedAtRestReason, or set encryptedAtRest: false.' });
    }
    return wanted;
  }

  private render(ctx: RenderContext, encrypted: boolean, requireTls: boolean): RenderedDatabase {
    switch (this.providerId) {
      case 'scaleway': return renderScaleway(ctx, encrypted);
      case 'ovhcloud': return renderOvhcloud(ctx);
      case 'stackit': {
        if (encrypted && ctx.props.encryptionKey?._service !== DatabaseKeyService.STACKIT_KMS) {
          throw invalidInput({
            code: 'ENCRYPTION_KEY_REQUIRED',
            what: 'EuDatabase encryptionKey on STACKIT',
            given: ctx.props.encryptionKey?._service,
            allowed: `DatabaseKey.stackitKms({ keyId, keyVersion, keyRingId, serviceAccountEmail }): ${ctx.plan.offering.atRestFact.statement} (${ctx.plan.offering.atRestFact.source})`,
            fix: 'create a key in STACKIT KMS (stackit_kms_keyring, stackit_kms_key) and pass it.',
          });
        }
        return renderStackit(ctx);
      }
      case 'ionos': return renderIonos(ctx);
      case 'exoscale': return renderExoscale(ctx);
      case 'upcloud': return renderUpcloud(ctx);
      case 'otc': return renderOtc(ctx, encrypted, requireTls);
      default:
        throw invalidInput({ code: 'UNKNOWN_PROVIDER', what: 'EuDatabase provider', given: this.providerId, allowed: 'a provider with a renderer', fix: `see ${SUPPORTED_NOTE}.` });
    }
  }
}

/** Props a provider needs, and props it does not take. */
function requireProps(props: EuDatabaseProps, providerId: string, name: string): void {
  const needs: Array<[keyof EuDatabaseProps, string]> = [];
  if (providerId !== 'ionos') needs.push(['instanceType', 'the size (node type, flavor or plan)']);
  if (providerId === 'ovhcloud' || providerId === 'stackit') needs.push(['projectId', providerId === 'ovhcloud' ? 'the Public Cloud project id (service_name)' : 'the STACKIT project id']);
  for (const [prop, what] of needs) {
    const value = props[prop];
    if (typeof value !== 'string' || value.length === 0) {
      throw invalidInput({ code: 'MISSING_ARGUMENT', what: `EuDatabase ${prop} on ${name}`, given: value, allowed: what, fix: `pass ${prop}.` });
    }
  }
  const only: Array<[keyof EuDatabaseProps, string[]]> = [
    ['cores', ['ionos']], ['memoryGb', ['ionos']], ['servicePlan', ['ovhcloud']], ['storageClass', ['stackit']], ['zone', ['otc']],
    ['projectId', ['ovhcloud', 'stackit']], ['backupLocation', ['ionos', 'ovhcloud']], ['instanceType', ['scaleway', 'ovhcloud', 'stackit', 'exoscale', 'upcloud', 'otc']],
    ['storageGb', ['scaleway', 'ovhcloud', 'stackit', 'ionos', 'otc']], ['encryptionKey', ['otc', 'stackit']],
    ['tags', ['scaleway', 'upcloud', 'otc', 'ovhcloud']],
  ];
  for (const [prop, providers] of only) {
    if (props[prop] !== undefined && !providers.includes(providerId)) {
      throw invalidInput({ code: 'PROP_NOT_FOR_PROVIDER', what: `EuDatabase ${prop} on ${name}`, given: props[prop], allowed: `${prop} only on ${providers.join(', ')}`, fix: `remove ${prop}.` });
    }
  }
}

function checkTags(tags: { [key: string]: string } | undefined): { [key: string]: string } | undefined {
  if (tags === undefined) return undefined;
  if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) {
    throw invalidInput({ code: 'INVALID_TAGS', what: 'EuDatabase tags', given: tags, allowed: 'a map of string keys to string values', fix: 'pass tags as { key: "value" }.' });
  }
  for (const key of Object.keys(tags)) {
    if (key === 'data-classification' || key === 'jurisdiction') {
      throw invalidInput({ code: 'RESERVED_TAG', what: 'EuDatabase tags', given: key, allowed: 'keys other than data-classification and jurisdiction, which the construct sets', fix: key === 'data-classification' ? 'use the dataClassification prop.' : 'set the jurisdiction on the SovereigntyPolicy.' });
    }
  }
  return tags;
}
