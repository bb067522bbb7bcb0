import { Annotations, TerraformProvider, TerraformResource, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { Catalog } from '../../catalog/catalog';
import { LocationKind } from '../../catalog/types';
import { SovereigntyPolicy } from '../../core/policy';
import { invalidInput, listAllowed } from '../../errors';
import { IEuBucket } from '../../storage/eu-bucket';
import { StackitTelemetryLink, StackitTelemetryRouterAccessToken, StackitTelemetryRouterInstance, StackitTelemetryRouterS3Destination } from '../../bindings/stackit/telemetry-router';

/** Settings of a `StackitAuditLogRouting`. */
export interface StackitAuditLogRoutingProps {
  /** The STACKIT project whose audit logs are routed (its UUID, or a reference such as `project.projectId`). */
  readonly projectId: string;

  /** The bucket the Telemetry Router writes the audit logs to, normally an `AuditLogStore`. */
  readonly bucket: IEuBucket;

  /**
   * STACKIT region of the Telemetry Router and the link (one link per region and project).
   * Must be in the policy's jurisdiction.
   * @default 'eu01'
   */
  readonly region?: string;

  /**
   * Display name of the router, destination, token and link.
   * @default 'audit-logs'
   */
  readonly displayName?: string;

  /**
   * Days until the router's access token expires. When it expires the link stops delivering:
   * rotate it before (replace the token resource and raise `accessTokenVersion`).
   * @default - the token does not expire
   */
  readonly accessTokenTtlDays?: number;

  /**
   * Rotation counter of the link's write-only access token; raise it when the token changes.
   * @default 1
   */
  readonly accessTokenVersion?: number;

  /**
   * Prefix of the sensitive variables holding the bucket's S3 key: `<prefix>_s3_access_key_id`, `<prefix>_s3_secret_access_key`.
   * @default 'stackit_audit'
   */
  readonly variablePrefix?: string;

  /**
   * The `stackit` provider configuration to use.
   * @default - the stack's default `stackit` provider configuration
   */
  readonly provider?: TerraformProvider;
}

const ARCHITECTURE_DOC = 'https://docs.stackit.cloud/products/logging-and-monitoring/telemetry-router/basics/architecture/';

/**
 * Routes a STACKIT project's audit logs — the platform audit log and, with
 * `ManagedAuditLogs.enableStackitSke(cluster)`, the SKE Kubernetes API audit log — through a
 * Telemetry Router to an S3 bucket: a `stackit_telemetryrouter_instance`, an S3
 * `stackit_telemetryrouter_destination` (keys from sensitive variables), an access token and a
 * `stackit_telemetrylink` for the project (token written write-only, never in state).
 *
 * STACKIT keeps the platform audit log viewable for 90 days only
 * (https://docs.stackit.cloud/platform/audit-log); routing it to an `AuditLogStore` keeps it
 * for the policy's audit minimum, locked.
 *
 * @example
 * const store = new AuditLogStore(stack, 'AuditLogs', { provider: 'ionos', region: 'eu-central-3', bucketName: 'acme-audit' });
 * new StackitAuditLogRouting(stack, 'StackitAudit', { projectId: project.projectId, bucket: store });
 */
export class StackitAuditLogRouting extends Construct {
  /** The Telemetry Router (`stackit_telemetryrouter_instance`). */
  public readonly router: TerraformResource;
  /** The S3 destination (`stackit_telemetryrouter_destination`). */
  public readonly destination: TerraformResource;
  /** The project's Telemetry Link (`stackit_telemetrylink`). */
  public readonly link: TerraformResource;
  /** Names of the sensitive variables to set (`TF_VAR_<name>`). */
  public readonly variableNames: string[];
  /** The router's region. */
  public readonly region: string;

  constructor(scope: Construct, id: string, props: StackitAuditLogRoutingProps) {
    super(scope, id);
    const where = `StackitAuditLogRouting "${this.node.path}"`;
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${where} props`, given: props, allowed: 'a StackitAuditLogRoutingProps object', fix: 'pass { projectId, bucket }.' });
    }
    if (typeof props.projectId !== 'string' || (!Token.isUnresolved(props.projectId) && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(props.projectId))) {
      throw invalidInput({ code: 'INVALID_PROJECT_ID', what: `${where} projectId`, given: props.projectId, allowed: 'a STACKIT project UUID (lower-case, xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) or a reference to a project resource', fix: 'pass stackit_resourcemanager_project.project_id or the UUID from the portal.' });
    }
    const bucket = props.bucket;
    if (!bucket || typeof bucket.bucketName !== 'string' || typeof bucket.endpoint !== 'string') {
      throw invalidInput({ code: 'INVALID_BUCKET', what: `${where} bucket`, given: bucket, allowed: 'an IEuBucket (an AuditLogStore or an EuBucket)', fix: 'create the store with new AuditLogStore(...) and pass it.' });
    }
    const region = props.region ?? 'eu01';
    const stackit = Catalog.provider('stackit');
    const routerRegions = stackit.regions.filter((r) => r.kind === LocationKind.REGION).map((r) => r.code);
    const info = Catalog.findRegion('stackit', region);
    if (!info || !routerRegions.includes(info.code)) {
      throw invalidInput({ code: 'UNKNOWN_REGION', what: `${where} region`, given: region, allowed: listAllowed(routerRegions), fix: 'use a STACKIT region such as "eu01".', candidates: routerRegions });
    }
    const policy = SovereigntyPolicy.of(this);
    const check = policy.jurisdiction.check(info.country);
    if (!check.allowed) {
      throw invalidInput({ code: 'REGION_OUTSIDE_JURISDICTION', what: `${where} region`, given: region, allowed: `a region within the policy's jurisdiction (${policy.jurisdiction.name}): ${check.reason}`, fix: 'route the audit logs through a router in an allowed region.' });
    }
    const ttl = props.accessTokenTtlDays;
    if (ttl !== undefined && !Token.isUnresolved(ttl) && !(Number.isInteger(ttl) && ttl >= 1)) {
      throw invalidInput({ code: 'INVALID_TTL', what: `${where} accessTokenTtlDays`, given: ttl, allowed: 'a whole number of days of at least 1', fix: 'leave it out for a token that does not expire, or give e.g. 365 and rotate before.' });
    }
    const version = props.accessTokenVersion ?? 1;
    if (!Token.isUnresolved(version) && !(Number.isInteger(version) && version >= 1)) {
      throw invalidInput({ code: 'INVALID_TOKEN_VERSION', what: `${where} accessTokenVersion`, given: version, allowed: 'a whole number of at least 1', fix: 'raise it by one when the token is replaced.' });
    }
    const displayName = props.displayName ?? 'audit-logs';
    if (typeof displayName !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}$/.test(displayName)) {
      throw invalidInput({ code: 'INVALID_DISPLAY_NAME', what: `${where} displayName`, given: displayName, allowed: '1 to 63 letters, digits, spaces, ".", "_" or "-", starting with a letter or digit', fix: 'use e.g. "audit-logs".' });
    }
    const prefix = props.variablePrefix ?? 'stackit_audit';
    if (typeof prefix !== 'string' || !/^[a-z][a-z0-9_]{0,40}$/.test(prefix)) {
      throw invalidInput({ code: 'INVALID_VARIABLE_PREFIX', what: `${where} variablePrefix`, given: prefix, allowed: 'lower-case letters, digits and _, starting with a letter, at most 41 characters', fix: 'use e.g. "stackit_audit".' });
    }
    if (bucket.providerId !== 'stackit') {
      Annotations.of(this).addWarning(
        `${where}: the bucket is on ${bucket.providerId}, and STACKIT documents S3 destinations as "S3-compatible STACKIT Object Storage" (${ARCHITECTURE_DOC}). ` +
        'The Terraform schema accepts any S3 endpoint; verify delivery to this bucket before relying on it.');
    }
    this.region = info.code;

    const stack = TerraformStack.of(this);
    const variable = (suffix: string, description: string): string => {
      const name = `${prefix}_${suffix}`;
      if (stack.node.tryFindChild(name) !== undefined) {
        throw invalidInput({ code: 'DUPLICATE_VARIABLE', what: `${where} variablePrefix`, given: prefix, allowed: 'a prefix no other construct of the stack uses', fix: 'give this routing its own variablePrefix.' });
      }
      const v = new TerraformVariable(stack, name, { type: 'string', sensitive: true, nullable: false, description: `${description} (set TF_VAR_${name}; never commit it).` });
      v.overrideLogicalId(name);
      return v.stringValue;
    };
    const accessKeyId = variable('s3_access_key_id', `Access key id the STACKIT Telemetry Router writes to ${bucket.bucketName} with (write-only)`);
    const secretAccessKey = variable('s3_secret_access_key', `Secret access key for ${bucket.bucketName}`);
    this.variableNames = [`${prefix}_s3_access_key_id`, `${prefix}_s3_secret_access_key`];

    const projectId = props.projectId;
    const description = 'Audit logs to an object-locked bucket (cdktf-sovereign)';
    const router = new StackitTelemetryRouterInstance(this, 'Resource', () => ({ projectId, region, displayName, description }), props.provider);
    this.router = router;
    const instanceId = router.instanceId;
    this.destination = new StackitTelemetryRouterS3Destination(this, 'S3Destination', () => ({
      projectId, instanceId, region, displayName, description,
      bucket: bucket.bucketName, endpoint: bucket.endpoint, accessKeyId, secretAccessKey,
    }), props.provider);
    const token = new StackitTelemetryRouterAccessToken(this, 'AccessToken', () => ({ projectId, instanceId, region, displayName, description, ttl }), props.provider);
    this.link = new StackitTelemetryLink(this, 'ProjectLink', () => ({
      resourceType: 'project', resourceId: projectId, region, displayName, description,
      telemetryRouterId: instanceId, accessToken: token.accessToken, accessTokenVersion: version,
    }), props.provider);
  }
}
