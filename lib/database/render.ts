/*
 * What every provider renderer of EuDatabase receives and returns (internal), and the parts
 * they share: the generated password, the labels, and the connection string with full TLS
 * verification.
 */
import { TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { SovereigntyLabels } from '../core/labels';
import type { EuDatabaseProps } from './eu-database';
import { NetworkAttachment } from './network';
import { DatabaseEngine } from './options';
import { defaultProvider, random } from './peers';
import { DatabasePlan } from './plan';

/** What a renderer works from. @internal */
export interface RenderContext {
  /** The EuDatabase construct (renderers add children to it). */
  readonly scope: Construct;
  readonly props: EuDatabaseProps;
  readonly plan: DatabasePlan;
  readonly name: string;
  readonly attachment?: NetworkAttachment;
  readonly provider?: TerraformProvider;
  /** `data-classification`, `jurisdiction` and the user's tags. */
  readonly labels: { [key: string]: string };
}

/** What a renderer created. @internal */
export interface RenderedDatabase {
  /** The database resource (the construct's `Resource`). */
  readonly resource: TerraformResource;
  readonly host: string;
  readonly port: string;
  /** The database to connect to. */
  readonly database: string;
  readonly username: string;
  /** The admin password (a reference to a sensitive value). */
  readonly password: string;
  /** The server's CA certificate, where the provider exports it. */
  readonly caCertificate?: string;
  /** Whether the CA certificate output must be sensitive (the provider marks it so). */
  readonly caCertificateSensitive?: boolean;
  /** Whether the server certificate chains to a public CA (libpq `sslrootcert=system`). */
  readonly publicCa: boolean;
}

/**
 * The admin password: the sensitive variable given, or a `random_password` (32 characters,
 * upper and lower case, digits and one of `-_=+`, which every provider's rules accept — OTC
 * RDS allows `~!@#%^*-_=+?`, 8 to 32 characters).
 * @internal
 */
export function adminPassword(ctx: RenderContext): string {
  if (ctx.plan.adminPassword !== undefined) return ctx.plan.adminPassword;
  const { Password } = random.password(`EuDatabase "${ctx.scope.node.path}"`);
  const { RandomProvider } = random.provider(`EuDatabase "${ctx.scope.node.path}"`);
  defaultProvider(ctx.scope, 'random', (stack, id) => new RandomProvider(stack, id));
  const password = new Password(ctx.scope, 'AdminPassword', {
    length: 32,
    special: true,
    overrideSpecial: '-_=+',
    minUpper: 1,
    minLower: 1,
    minNumeric: 1,
    minSpecial: 1,
  });
  return password.result;
}

/** Labels as a `key=value` list (Scaleway tags). @internal */
export function labelList(labels: { [key: string]: string }): string[] {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}

/** The construct's labels: the user's, then classification and jurisdiction. @internal */
export function databaseLabels(plan: DatabasePlan, user: { [key: string]: string } | undefined): { [key: string]: string } {
  return {
    ...(user ?? {}),
    [SovereigntyLabels.TAG_DATA_CLASSIFICATION]: plan.classification,
    [SovereigntyLabels.TAG_JURISDICTION]: SovereigntyLabels.labelValue(plan.policy.jurisdiction.name),
  };
}

/**
 * The connection string without the password: PostgreSQL with `sslmode=verify-full` (and
 * `sslrootcert=system` where the server certificate chains to a public CA), MySQL with
 * `ssl-mode=VERIFY_IDENTITY` — the driver checks the certificate and the host name.
 * @internal
 */
export function connectionString(engine: DatabaseEngine, r: RenderedDatabase): string {
  if (engine === DatabaseEngine.MYSQL) {
    return `mysql://${r.username}@${r.host}:${r.port}/${r.database}?ssl-mode=VERIFY_IDENTITY`;
  }
  return `postgresql://${r.username}@${r.host}:${r.port}/${r.database}?sslmode=verify-full${r.publicCa ? '&sslrootcert=system' : ''}`;
}
