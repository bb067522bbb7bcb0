import { CloudProvider } from '../../../catalog/provider';
import { isUnresolved } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { flag, Handler, lower, resolve, text } from './shared';

// ---------------------------------------------------------------------------------------
// Buckets
// ---------------------------------------------------------------------------------------

const PUBLIC_CANNED = new Set(['publicread', 'publicreadwrite', 'authenticatedread']);
const PUBLIC_GRANTEE = /\/global\/(AllUsers|AuthenticatedUsers)$/i;
const PUBLIC_MEMBERS = new Set(['allusers', 'allauthenticatedusers']);
const BUCKET_FIX = 'Keep the bucket private: use the "private" ACL, grant access to named principals only, and serve public content through a CDN or signed URLs.';

function cannedAcl(r: ResourceView, c: RuleContext, path: string): RuleViolation[] {
  const raw = r.attribute(path);
  if (raw === undefined || raw === null) return [];
  const acl = lower(raw, c);
  if (acl === undefined) {
    return [{ message: `${path} (${text(raw)}) cannot be verified before apply; the bucket may be public.`, attribute: path, fix: BUCKET_FIX }];
  }
  if (!PUBLIC_CANNED.has(acl.replace(/-/g, ''))) return [];
  return [{ message: `${path} is "${text(resolve(raw, c))}": the bucket's content is readable${acl.includes('write') ? ' and writable' : ''} by ${acl.startsWith('authenticated') ? 'any authenticated user of the provider' : 'anyone'}.`, attribute: path, fix: BUCKET_FIX }];
}

function publicGrants(r: ResourceView, c: RuleContext, path: string, uriPath: string): RuleViolation[] {
  const uris = r.values(`${path}.${uriPath}`).map((u) => resolve(u, c)).filter((u) => typeof u === 'string' && PUBLIC_GRANTEE.test(u));
  if (uris.length === 0) return [];
  return [{ message: `${path} grants access to ${[...new Set(uris)].join(', ')}: the bucket is public.`, attribute: path, fix: BUCKET_FIX }];
}

type PolicyVerdict = { state: 'public'; detail: string } | { state: 'private' } | { state: 'unknown'; detail: string };

const RESTRICTING_CONDITION_KEYS = ['sourceip', 'sourcevpc', 'sourcevpce', 'principalorgid', 'principalorgpaths', 'principalaccount', 'principalarn', 'sourceaccount', 'sourcearn', 'sourceowner', 'userid', 'username'];

function restricts(operator: string, key: string): boolean {
  const op = operator.toLowerCase();
  if (op.includes('not')) return false;
  if (op === 'ipaddress') return true;
  const k = key.toLowerCase();
  return RESTRICTING_CONDITION_KEYS.some((r) => k.endsWith(`:${r}`) || k === r);
}

function restrictingCondition(condition: unknown): boolean {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return false;
  return Object.entries(condition as Record<string, unknown>).some(([op, body]) => (
    op.toLowerCase() === 'ipaddress'
    || (!!body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).some((key) => restricts(op, key)))));
}

function wildcardPrincipal(principal: unknown): boolean {
  if (principal === '*') return true;
  if (Array.isArray(principal)) return principal.some(wildcardPrincipal);
  if (principal && typeof principal === 'object') return Object.values(principal).some(wildcardPrincipal);
  return false;
}

/** A bucket policy document (S3, OBS, Scaleway, IONOS, Exoscale dialects): which statements make it public. */
function judgePolicyDocument(doc: any): PolicyVerdict {
  const statements = Array.isArray(doc?.Statement) ? doc.Statement : doc?.Statement ? [doc.Statement] : [];
  const publicOnes: string[] = [];
  let unknown: string | undefined;
  statements.forEach((s: any, i: number) => {
    if (!s || typeof s !== 'object') return;
    const name = typeof s.Sid === 'string' ? `"${s.Sid}"` : `#${i}`;
    const effect = typeof s.Effect === 'string' ? s.Effect : undefined;
    const everyone = wildcardPrincipal(s.Principal) || s.NotPrincipal !== undefined;
    if (!everyone) {
      if (isUnresolved(s.Principal)) unknown = `statement ${name} has a principal built from an expression`;
      return;
    }
    if (effect === undefined || effect.includes('${')) {
      unknown = `statement ${name} has an Effect unknown before apply`;
      return;
    }
    if (effect.toLowerCase() !== 'allow' || restrictingCondition(s.Condition)) return;
    publicOnes.push(`statement ${name} allows ${s.NotPrincipal !== undefined ? 'everyone but NotPrincipal' : 'Principal "*"'} ${text(s.Action ?? s.NotAction ?? '')}`.trim());
  });
  if (publicOnes.length > 0) return { state: 'public', detail: publicOnes.join('; ') };
  return unknown ? { state: 'unknown', detail: unknown } : { state: 'private' };
}

/** aws_iam_policy_document data source: statement { effect, principals { type, identifiers }, not_principals, condition }. */
function judgePolicyDataSource(data: ResourceView): PolicyVerdict {
  const statements = data.values('statement').filter((s): s is Record<string, any> => !!s && typeof s === 'object');
  const publicOnes: string[] = [];
  statements.forEach((s, i) => {
    const effect = typeof s.effect === 'string' ? s.effect.toLowerCase() : 'allow';
    if (effect !== 'allow') return;
    const principals = getAllBlocks(s.principals);
    const everyone = principals.some((p) => p.type === '*' || wildcardPrincipal(p.identifiers)) || getAllBlocks(s.not_principals).length > 0;
    if (!everyone) return;
    const restricted = getAllBlocks(s.condition).some((cnd) => typeof cnd.test === 'string' && typeof cnd.variable === 'string' && restricts(cnd.test, cnd.variable));
    if (!restricted) publicOnes.push(`statement ${typeof s.sid === 'string' ? `"${s.sid}"` : `#${i}`} of ${data.address} allows principal "*"`);
  });
  return publicOnes.length > 0 ? { state: 'public', detail: publicOnes.join('; ') } : { state: 'private' };
}

function getAllBlocks(value: unknown): Array<Record<string, any>> {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.filter((v): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v));
}

function judgePolicyValue(raw: unknown, c: RuleContext): PolicyVerdict {
  if (raw === undefined || raw === null) return { state: 'private' };
  if (typeof raw === 'object') return judgePolicyDocument(raw);
  const value = resolve(raw, c);
  if (typeof value !== 'string') return { state: 'unknown', detail: 'the policy is not a JSON string' };
  const ref = /^\$\{\s*(data\.aws_iam_policy_document\.[\w-]+)\.(json|minified_json)\s*\}$/.exec(value.trim());
  if (ref) {
    const data = c.find(ref[1]);
    return data ? judgePolicyDataSource(data) : { state: 'unknown', detail: `${ref[1]} is not in the configuration` };
  }
  try {
    // Literal JSON; `${...}` inside strings (bucket names in Resource) does not matter.
    return judgePolicyDocument(JSON.parse(value));
  } catch {
    return { state: 'unknown', detail: value.includes('${') ? 'the policy is built by an expression (e.g. jsonencode) that is evaluated only at apply' : 'the policy is not valid JSON' };
  }
}

function bucketPolicy(r: ResourceView, c: RuleContext, path: string): RuleViolation[] {
  const verdict = judgePolicyValue(r.attribute(path), c);
  if (verdict.state === 'private') return [];
  if (verdict.state === 'public') {
    return [{ message: `${path} makes the bucket public: ${verdict.detail}.`, attribute: path, fix: 'Name the principals that need access instead of "*", or add a condition that restricts the source (aws:SourceIp, aws:SourceVpce).' }];
  }
  return [{ message: `${path} cannot be verified before apply (${verdict.detail}); it may allow a wildcard principal.`, attribute: path, fix: 'Write the policy as literal JSON (or an aws_iam_policy_document data source) so it can be checked, and name its principals.' }];
}

const PUBLIC_ACCESS_BLOCK_FLAGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];

/** A public access block with every setting on (each defaults to false in both aws and ionoscloud providers). */
function publicAccessBlock(r: ResourceView): RuleViolation[] {
  const off: string[] = [];
  const unknown: string[] = [];
  for (const f of PUBLIC_ACCESS_BLOCK_FLAGS) {
    const v = flag(r, f, false);
    if (v === false) off.push(f);
    else if (v === undefined) unknown.push(f);
  }
  const out: RuleViolation[] = [];
  if (off.length > 0) {
    out.push({ message: `The public access block leaves ${off.map((f) => `${f}${r.has(f) ? ' = false' : ' (default false)'}`).join(', ')}: a public ACL or policy would take effect.`, attribute: off[0], fix: `Set ${PUBLIC_ACCESS_BLOCK_FLAGS.join(', ')} to true.` });
  }
  if (unknown.length > 0) {
    out.push({ message: `${unknown.join(', ')} cannot be verified before apply.`, attribute: unknown[0], fix: `Set ${PUBLIC_ACCESS_BLOCK_FLAGS.join(', ')} to literal true.` });
  }
  return out;
}

/** Bucket types with a separate public-access-block resource in the same provider. */
const PUBLIC_ACCESS_BLOCK_OF: Record<string, string> = {
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/s3_bucket_public_access_block.html.markdown
  aws_s3_bucket: 'aws_s3_bucket_public_access_block',
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/s3_bucket_public_access_block.md
  ionoscloud_s3_bucket: 'ionoscloud_s3_bucket_public_access_block',
};

const ACCOUNT_BLOCKS = new WeakMap<RuleContext, Set<string>>();

/** Provider configurations (keys) with an account-wide public access block that has every setting on. */
function accountBlocks(c: RuleContext): Set<string> {
  let keys = ACCOUNT_BLOCKS.get(c);
  if (!keys) {
    keys = new Set();
    for (const block of c.resourcesOfType('aws_s3_account_public_access_block')) {
      if (PUBLIC_ACCESS_BLOCK_FLAGS.every((f) => flag(block, f, false) === true)) keys.add(block.providerKey);
    }
    ACCOUNT_BLOCKS.set(c, keys);
  }
  return keys;
}

function missingPublicAccessBlock(r: ResourceView, c: RuleContext): RuleViolation[] {
  const blockType = PUBLIC_ACCESS_BLOCK_OF[r.resourceType];
  const provider: CloudProvider | undefined = r.cloudProvider;
  const capability = provider?.capabilities.publicAccessBlock;
  if (!blockType || !capability?.supported) return [];
  if (r.childrenOfType(blockType).length > 0) return [];
  if (r.resourceType === 'aws_s3_bucket' && accountBlocks(c).has(r.providerKey)) return [];
  return [{
    message: `Not public by itself, but no ${blockType} is attached although ${provider!.name}'s S3 API supports one: nothing stops a later ACL or bucket policy from making the bucket public.`,
    fix: `Add a ${blockType} for this bucket with ${PUBLIC_ACCESS_BLOCK_FLAGS.join(', ')} = true.`,
    dependsOnUnverifiedFact: !capability.verified,
  }];
}

function gcsMembers(r: ResourceView, c: RuleContext, path: string): RuleViolation[] {
  const members = r.values(path).map((m) => resolve(m, c)).filter((m): m is string => typeof m === 'string' && PUBLIC_MEMBERS.has(m.trim().toLowerCase()));
  if (members.length === 0) return [];
  return [{ message: `${path} includes ${[...new Set(members)].join(', ')}: the bucket is public.`, attribute: path, fix: BUCKET_FIX }];
}

function gcsRoleEntities(r: ResourceView, c: RuleContext): RuleViolation[] {
  const entities = r.values('role_entity').map((e) => resolve(e, c))
    .filter((e): e is string => typeof e === 'string' && PUBLIC_MEMBERS.has((e.split(':')[1] ?? '').trim().toLowerCase()));
  if (entities.length === 0) return [];
  return [{ message: `role_entity grants ${entities.join(', ')}: the bucket is public.`, attribute: 'role_entity', fix: BUCKET_FIX }];
}

function gcsPolicyData(r: ResourceView, c: RuleContext): RuleViolation[] {
  const raw = resolve(r.attribute('policy_data'), c);
  if (typeof raw !== 'string') return [];
  const ref = /^\$\{\s*(data\.google_iam_policy\.[\w-]+)\.policy_data\s*\}$/.exec(raw.trim());
  let members: unknown[];
  if (ref) {
    const data = c.find(ref[1]);
    if (!data) return [{ message: `policy_data comes from ${ref[1]}, which is not in the configuration; it cannot be verified.`, attribute: 'policy_data', fix: BUCKET_FIX }];
    members = data.values('binding.members');
  } else {
    try {
      const doc = JSON.parse(raw);
      members = getAllBlocks(doc?.bindings).flatMap((b) => (Array.isArray(b.members) ? b.members : []));
    } catch {
      return [{ message: 'policy_data cannot be verified before apply; it may grant allUsers.', attribute: 'policy_data', fix: 'Use a google_iam_policy data source or literal JSON without allUsers / allAuthenticatedUsers.' }];
    }
  }
  const open = members.filter((m): m is string => typeof m === 'string' && PUBLIC_MEMBERS.has(m.toLowerCase()));
  return open.length > 0 ? [{ message: `policy_data grants ${[...new Set(open)].join(', ')}: the bucket is public.`, attribute: 'policy_data', fix: BUCKET_FIX }] : [];
}

export const BUCKETS: Record<string, Handler> = {
  // hashicorp/aws 5.100.0 schema: aws_s3_bucket acl (deprecated), policy (deprecated), grant { type, uri, permissions }
  aws_s3_bucket: (r, c) => [...cannedAcl(r, c, 'acl'), ...publicGrants(r, c, 'grant', 'uri'), ...bucketPolicy(r, c, 'policy'), ...missingPublicAccessBlock(r, c)],
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/s3_bucket_acl.html.markdown
  // acl, access_control_policy { grant { grantee { type, uri }, permission } }
  aws_s3_bucket_acl: (r, c) => [...cannedAcl(r, c, 'acl'), ...publicGrants(r, c, 'access_control_policy.grant', 'grantee.uri')],
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/s3_bucket_policy.html.markdown
  aws_s3_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  aws_s3_bucket_public_access_block: (r) => publicAccessBlock(r),
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/s3_account_public_access_block.html.markdown
  aws_s3_account_public_access_block: (r) => publicAccessBlock(r),
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket.md (acl, deprecated)
  scaleway_object_bucket: (r, c) => cannedAcl(r, c, 'acl'),
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket_acl.md
  scaleway_object_bucket_acl: (r, c) => [...cannedAcl(r, c, 'acl'), ...publicGrants(r, c, 'access_control_policy.grant', 'grantee.uri')],
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket_policy.md
  scaleway_object_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/obs_bucket.md
  // acl private | public-read | public-read-write | log-delivery-write
  opentelekomcloud_obs_bucket: (r, c) => cannedAcl(r, c, 'acl'),
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/obs_bucket_policy.md
  // OBS dialect: "Principal": { "ID": ["*"] }
  opentelekomcloud_obs_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/s3_bucket.md
  opentelekomcloud_s3_bucket: (r, c) => [...cannedAcl(r, c, 'acl'), ...bucketPolicy(r, c, 'policy')],
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/s3_bucket_policy.md
  opentelekomcloud_s3_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/s3_bucket.md
  ionoscloud_s3_bucket: (r, c) => missingPublicAccessBlock(r, c),
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/s3_bucket_policy.md
  ionoscloud_s3_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  ionoscloud_s3_bucket_public_access_block: (r) => publicAccessBlock(r),
  // https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/sos_bucket_policy.md
  exoscale_sos_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  // https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_container.html.markdown
  // container_access_type blob | container | private (default)
  azurerm_storage_container: (r, c) => {
    const raw = r.attribute('container_access_type');
    if (raw === undefined || raw === null) return [];
    const t = lower(raw, c);
    if (t === 'private') return [];
    return [{
      message: t === undefined ? `container_access_type (${text(raw)}) cannot be verified before apply.` : `container_access_type is "${t}": anonymous clients can read ${t === 'container' ? 'and list ' : ''}its blobs.`,
      attribute: 'container_access_type',
      fix: 'Set container_access_type = "private" and grant access with Entra ID roles or SAS tokens.',
    }];
  },
  // https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_account.html.markdown
  // allow_nested_items_to_be_public (defaults to false in azurerm 5.x; true in 3.x)
  azurerm_storage_account: (r) => {
    const v = flag(r, 'allow_nested_items_to_be_public', false);
    if (v === false) return [];
    return [{
      message: v === undefined ? 'allow_nested_items_to_be_public cannot be verified before apply.' : 'allow_nested_items_to_be_public = true lets containers of this account be made public.',
      attribute: 'allow_nested_items_to_be_public',
      fix: 'Set allow_nested_items_to_be_public = false.',
    }];
  },
  // https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket_iam.html.markdown
  google_storage_bucket_iam_member: (r, c) => gcsMembers(r, c, 'member'),
  google_storage_bucket_iam_binding: (r, c) => gcsMembers(r, c, 'members'),
  google_storage_bucket_iam_policy: (r, c) => gcsPolicyData(r, c),
  // https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket_acl.html.markdown
  // predefined_acl (publicRead, publicReadWrite, authenticatedRead), role_entity ["READER:allUsers"]
  google_storage_bucket_acl: (r, c) => [...cannedAcl(r, c, 'predefined_acl'), ...gcsRoleEntities(r, c)],
  // https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_default_object_acl.html.markdown
  google_storage_default_object_acl: (r, c) => gcsRoleEntities(r, c),
};
