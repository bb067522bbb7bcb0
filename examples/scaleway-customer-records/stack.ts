import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  EuBucket,
  EuDatabase,
  EuStateBackend,
  GaiaxLabel,
  IScalewayServer,
  Jurisdiction,
  Pack,
  Retention,
  ScalewayNetwork,
  ScalewayProvider,
  SovereigntyChecks,
  SovereigntyPolicy,
} from '../../lib';

/** Packs this example is checked against at synth. */
export const CUSTOMER_RECORDS_PACKS = [Pack.GDPR, Pack.GAIAX_L3, Pack.BSI_C5];

/** How long customer records (and their backups and documents) may be kept. */
export const RECORDS_RETENTION = Retention.days(30);

/**
 * An insurer's customer-records service in Paris with data residency in France only: an API
 * server and a managed PostgreSQL database on a Scaleway Private Network (neither has a public
 * address; the security group drops every packet not allowed by name), documents on Object
 * Storage in the same region, Terraform state beside them. Personal data, its backups and its
 * documents are kept at most 30 days.
 */
export class ScalewayCustomerRecordsStack extends TerraformStack {
  /** The private network. */
  public readonly network: ScalewayNetwork;
  /** The API server. */
  public readonly api: IScalewayServer;
  /** The customer database. */
  public readonly database: EuDatabase;
  /** Scanned contracts and letters. */
  public readonly documents: EuBucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SovereigntyPolicy({
      jurisdiction: Jurisdiction.countries(['FR']),
      gaiaxLabel: GaiaxLabel.L3,
      personalDataMaxRetention: RECORDS_RETENTION,
    }).applyTo(this);
    new EuStateBackend(this, { provider: 'scaleway', region: 'fr-par', bucketName: 'customer-records-tfstate' });
    new ScalewayProvider(this, 'scaleway', { region: 'fr-par' });

    this.network = new ScalewayNetwork(this, 'Network', { region: 'fr-par', ipv4Cidr: '172.16.8.0/22' });
    this.api = this.network.addServer('Api', { commercialType: 'PRO2-S', image: 'debian_bookworm' });

    this.database = new EuDatabase(this, 'Customers', {
      provider: 'scaleway',
      location: 'fr-par',
      version: '16',
      instanceType: 'DB-PRO2-XXS',
      storageGb: 50,
      network: this.network,
      backupRetention: Retention.days(14),
    });

    this.documents = new EuBucket(this, 'Documents', {
      provider: 'scaleway',
      region: 'fr-par',
      bucketName: 'customer-records-documents',
      holdsPersonalData: true,
      retention: RECORDS_RETENTION,
    });

    SovereigntyChecks.apply(this, { packs: CUSTOMER_RECORDS_PACKS });
  }
}
