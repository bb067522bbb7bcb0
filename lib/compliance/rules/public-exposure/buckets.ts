import { AclEntriesFact, BucketExposureFact, PolicyDataFact, PublicFlagFact, PublicValueFact } from '../../../catalog/facts/exposure';
import { CloudProvider } from '../../../catalog/provider';
import { mayEqual } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { FindingLevel, RuleViolation } from '../../types';
import { fill } from '../catalog-facts';
import { flag, lower, resolve, text } from './shared';

// ---------------------------------------------------------------------------------------
// Buckets
// ---------------------------------------------------------------------------------------

const PUBLIC_CANNED = new Set(['publicread', 'publicreadwrite', 'authenticatedread']);
export const PUBLIC_GRANTEE = /\/global\/(AllUsers|AuthenticatedUsers)$/i;
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

/**
 * `unknown`: something that decides is known only at apply; `principalOnly`: that is only who the
 * principal is, in a statement otherwise known (a named principal from an input is no exposure
 * found, so it is at most a warning).
 */
type PolicyVerdict = { state: 'public'; detail: string } | { state: 'private' } | { state: 'unknown'; detail: string; principalOnly?: boolean };

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

/**
 * A whole reference to an identifier a provider computes for a resource or data source
 * (`<type>.<name>.arn`, `data.<type>.<name>.account_id`, `<type>.<name>[*].arn`):
 * an ARN or ID, never the wildcard `"*"`. Variables, locals and other attributes may be anything.
 */
const IDENTIFIER_REFERENCE = /^\$\{\s*(?:data\.)?[a-z][a-z0-9]*_[\w-]*\.[\w-]+(?:\[[^\]]*\])?\.(?:[\w]+_)?(?:arn|id|arns|ids)\s*\}$/;

/** Whether a principal not written as "*" may still be "*": a part unknown before apply whose known beginning does not rule it out. */
function mayBeWildcard(principal: unknown): boolean {
  if (typeof principal === 'string') return principal !== '*' && !IDENTIFIER_REFERENCE.test(principal) && mayEqual(principal, '*');
  if (Array.isArray(principal)) return principal.some(mayBeWildcard);
  if (principal && typeof principal === 'object') return Object.values(principal).some(mayBeWildcard);
  return false;
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
  let principalOnly = false;
  statements.forEach((s: any, i: number) => {
    if (!s || typeof s !== 'object') return;
    const name = typeof s.Sid === 'string' ? `"${s.Sid}"` : `#${i}`;
    const effect = typeof s.Effect === 'string' ? s.Effect : undefined;
    const everyone = wildcardPrincipal(s.Principal) || s.NotPrincipal !== undefined;
    const effectUnknown = effect === undefined || effect.includes('${');
    if (!everyone) {
      if (!mayBeWildcard(s.Principal) || (!effectUnknown && effect.toLowerCase() !== 'allow') || restrictingCondition(s.Condition)) return;
      // Only who the principal is remains open (a worse unknown found before stays).
      if (!unknown) principalOnly = !effectUnknown;
      else principalOnly = principalOnly && !effectUnknown;
      unknown ??= `statement ${name} has a principal built from an expression`;
      return;
    }
    if (effectUnknown) {
      unknown = `statement ${name} has an Effect unknown before apply`;
      principalOnly = false;
      return;
    }
    if (effect.toLowerCase() !== 'allow' || restrictingCondition(s.Condition)) return;
    publicOnes.push(`statement ${name} allows ${s.NotPrincipal !== undefined ? 'everyone but NotPrincipal' : 'Principal "*"'} ${text(s.Action ?? s.NotAction ?? '')}`.trim());
  });
  if (publicOnes.length > 0) return { state: 'public', detail: publicOnes.join('; ') };
  return unknown ? { state: 'unknown', detail: unknown, principalOnly } : { state: 'private' };
}

/**
 * A policy-document data source in the IAM policy language's HCL form (statement { sid, effect,
 * principals { type, identifiers }, not_principals, actions, condition { test, variable, values } }),
 * judged as the JSON document it renders — one verdict for both ways of writing a policy.
 * `effect` defaults to "Allow"; a principal of type "*" is `"Principal": "*"`
 * (https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/data-sources/iam_policy_document).
 */
function judgePolicyDataSource(data: ResourceView): PolicyVerdict {
  const statements = data.values('statement').filter((s): s is Record<string, any> => !!s && typeof s === 'object');
  const document = {
    Statement: statements.map((s) => ({
      Sid: s.sid,
      Effect: s.effect ?? 'Allow',
      Principal: principalsOf(s.principals),
      NotPrincipal: principalsOf(s.not_principals),
      Action: s.actions,
      NotAction: s.not_actions,
      Condition: conditionsOf(s.condition),
    })),
  };
  const verdict = judgePolicyDocument(document);
  return verdict.state === 'private' ? verdict : { ...verdict, detail: `${verdict.detail} (${data.address})` };
}

/** `principals { type, identifiers }` blocks as a JSON Principal: `"*"` for type "*", else `{ type: identifiers }`. */
function principalsOf(value: unknown): unknown {
  const list = getAllBlocks(value);
  if (list.length === 0) return undefined;
  const out: Record<string, unknown[]> = {};
  for (const p of list) {
    if (p.type === '*') return '*';
    const key = typeof p.type === 'string' ? p.type : 'AWS';
    const ids = Array.isArray(p.identifiers) ? p.identifiers : p.identifiers === undefined ? [] : [p.identifiers];
    (out[key] ??= []).push(...ids);
  }
  return out;
}

/** `condition { test, variable, values }` blocks as a JSON Condition: `{ test: { variable: values } }`. */
function conditionsOf(value: unknown): Record<string, Record<string, unknown>> | undefined {
  const list = getAllBlocks(value);
  if (list.length === 0) return undefined;
  const out: Record<string, Record<string, unknown>> = {};
  for (const c of list) {
    if (typeof c.test !== 'string' || typeof c.variable !== 'string') continue;
    (out[c.test] ??= {})[c.variable] = c.values;
  }
  return out;
}

function getAllBlocks(value: unknown): Array<Record<string, any>> {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.filter((v): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v));
}

/** A reference to a policy-document data source's JSON: `${data.<type>.<name>.json}` (or `minified_json`). */
function policyDocumentReference(value: string, types: string[]): RegExpExecArray | null {
  const m = /^\$\{\s*(data\.([\w-]+)\.[\w-]+)\.(json|minified_json)\s*\}$/.exec(value.trim());
  return m && types.includes(m[2]) ? m : null;
}

function judgePolicyValue(raw: unknown, c: RuleContext, documentTypes: string[]): PolicyVerdict {
  if (raw === undefined || raw === null) return { state: 'private' };
  if (typeof raw === 'object') return judgePolicyDocument(raw);
  const value = resolve(raw, c);
  if (typeof value !== 'string') return { state: 'unknown', detail: 'the policy is not a JSON string' };
  const ref = policyDocumentReference(value, documentTypes);
  if (ref) {
    const data = c.find(ref[1]);
    return data ? judgePolicyDataSource(data) : { state: 'unknown', detail: `${ref[1]} is not in the configuration` };
  }
  try {
    // Literal JSON; `${...}` inside strings (bucket names in Resource) does not matter.
    return judgePolicyDocument(JSON.parse(value));
  } catch {
    // jsonencode() of a document with some parts unknown before apply: its known Effect,
    // Principal and Condition still decide (unknown parts read as expressions).
    const partial = c._config.partialDocument(raw);
    if (partial && typeof partial === 'object') return judgePolicyDocument(partial);
    return { state: 'unknown', detail: value.includes('${') ? 'the policy is built by an expression (e.g. jsonencode) that is evaluated only at apply' : 'the policy is not valid JSON' };
  }
}

function bucketPolicy(r: ResourceView, c: RuleContext, path: string, documentTypes: string[]): RuleViolation[] {
  const verdict = judgePolicyValue(r.attribute(path), c, documentTypes);
  if (verdict.state === 'private') return [];
  if (verdict.state === 'public') {
    return [{ message: `${path} makes the bucket public: ${verdict.detail}.`, attribute: path, fix: 'Name the principals that need access instead of "*", or add a condition that restricts the source (aws:SourceIp, aws:SourceVpce).' }];
  }
  if (verdict.principalOnly) {
    // Who the principal is, and nothing else, is open: no exposure is shown, so it is a warning.
    return [{
      message: `${path} cannot be verified before apply (${verdict.detail}): the principal is known only at apply, and if it were "*" the bucket would be public.`,
      attribute: path,
      fix: 'Name the principal literally, or make sure the value given can never be "*" (validate the variable).',
      maxLevel: FindingLevel.WARNING,
    }];
  }
  return [{ message: `${path} cannot be verified before apply (${verdict.detail}); it may allow a wildcard principal.`, attribute: path, fix: `Write the policy as literal JSON${documentTypes.length > 0 ? ` (or an ${documentTypes.join(' or ')} data source)` : ''} so it can be checked, and name its principals.` }];
}

const PUBLIC_ACCESS_BLOCK_FLAGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];

/** A public access block (S3 API) with every setting on (each defaults to false). */
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

const ACCOUNT_BLOCKS = new WeakMap<RuleContext, Map<string, Set<string>>>();

/** Provider configurations (keys) with an account-wide public access block of `type` that has every setting on. */
function accountBlocks(c: RuleContext, type: string): Set<string> {
  let byType = ACCOUNT_BLOCKS.get(c);
  if (!byType) ACCOUNT_BLOCKS.set(c, (byType = new Map()));
  let keys = byType.get(type);
  if (!keys) {
    keys = new Set();
    for (const block of c.resourcesOfType(type)) {
      if (PUBLIC_ACCESS_BLOCK_FLAGS.every((f) => flag(block, f, false) === true)) keys.add(block.providerKey);
    }
    byType.set(type, keys);
  }
  return keys;
}

function missingPublicAccessBlock(r: ResourceView, c: RuleContext, blockType: string, accountType: string | undefined): RuleViolation[] {
  const provider: CloudProvider | undefined = r.cloudProvider;
  const capability = provider?.capabilities.publicAccessBlock;
  if (!capability?.supported) return [];
  if (r.childrenOfType(blockType).length > 0) return [];
  if (accountType && accountBlocks(c, accountType).has(r.providerKey)) return [];
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

function gcsRoleEntities(r: ResourceView, c: RuleContext, path: string): RuleViolation[] {
  const entities = r.values(path).map((e) => resolve(e, c))
    .filter((e): e is string => typeof e === 'string' && PUBLIC_MEMBERS.has((e.split(':')[1] ?? '').trim().toLowerCase()));
  if (entities.length === 0) return [];
  return [{ message: `${path} grants ${entities.join(', ')}: the bucket is public.`, attribute: path, fix: BUCKET_FIX }];
}

/** An IAM policy in JSON (`bindings[].members`) or from a policy data source of the configuration. */
function gcsPolicyData(r: ResourceView, c: RuleContext, f: PolicyDataFact): RuleViolation[] {
  const path = f.argument;
  const raw = resolve(r.attribute(path), c);
  if (typeof raw !== 'string') return [];
  const m = /^\$\{\s*(data\.([\w-]+)\.[\w-]+)\.([\w-]+)\s*\}$/.exec(raw.trim());
  const ref = m && m[2] === f.dataSourceType && m[3] === f.dataSourceAttribute ? m : null;
  let members: unknown[];
  if (ref) {
    const data = c.find(ref[1]);
    if (!data) return [{ message: `${path} comes from ${ref[1]}, which is not in the configuration; it cannot be verified.`, attribute: path, fix: BUCKET_FIX }];
    members = data.values(f.members);
  } else {
    try {
      const doc = JSON.parse(raw);
      members = getAllBlocks(doc?.bindings).flatMap((b) => (Array.isArray(b.members) ? b.members : []));
    } catch {
      return [{ message: `${path} cannot be verified before apply; it may grant allUsers.`, attribute: path, fix: `Use a ${f.dataSourceType} data source or literal JSON without allUsers / allAuthenticatedUsers.` }];
    }
  }
  const open = members.filter((m): m is string => typeof m === 'string' && PUBLIC_MEMBERS.has(m.toLowerCase()));
  return open.length > 0 ? [{ message: `${path} grants ${[...new Set(open)].join(', ')}: the bucket is public.`, attribute: path, fix: BUCKET_FIX }] : [];
}

function publicValue(r: ResourceView, c: RuleContext, f: PublicValueFact): RuleViolation[] {
  const raw = r.attribute(f.argument);
  if (raw === undefined || raw === null) return [];
  const t = lower(raw, c);
  if (t !== undefined && f.privateValues.includes(t)) return [];
  return [{
    message: t === undefined ? `${f.argument} (${text(raw)}) cannot be verified before apply.` : f.messages[t] ?? fill(f.otherMessage, { value: t }),
    attribute: f.argument,
    fix: f.fix,
  }];
}

function publicFlag(r: ResourceView, f: PublicFlagFact): RuleViolation[] {
  const v = flag(r, f.argument, f.absent);
  if (v === false) return [];
  return [{ message: v === undefined ? `${f.argument} cannot be verified before apply.` : f.message, attribute: f.argument, fix: f.fix }];
}

function aclEntries(r: ResourceView, c: RuleContext, f: AclEntriesFact): RuleViolation[] {
  const raw = r.attribute(f.argument);
  if (raw === undefined || raw === null) return [];
  const value = resolve(raw, c);
  if (typeof value !== 'string' || value.includes('${')) {
    return [{ message: `${f.argument} (${text(raw)}) cannot be verified before apply; it may admit everyone.`, attribute: f.argument, fix: f.fix }];
  }
  const open = value.split(f.separator).map((e) => e.trim()).filter((e) => f.publicEntries.includes(e));
  return open.length > 0 ? [{ message: fill(f.message, { entries: open.join(', ') }), attribute: f.argument, fix: f.fix }] : [];
}

/** A bucket or one of its access resources: every part the catalog names, in a fixed order. */
export function judgeBucket(r: ResourceView, c: RuleContext, f: BucketExposureFact): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (f.cannedAcl) out.push(...cannedAcl(r, c, f.cannedAcl));
  if (f.grants) out.push(...publicGrants(r, c, f.grants.path, f.grants.uri));
  if (f.policy) out.push(...bucketPolicy(r, c, f.policy, f.policyDocumentTypes ?? []));
  if (f.isPublicAccessBlock) out.push(...publicAccessBlock(r));
  if (f.publicAccessBlockType) out.push(...missingPublicAccessBlock(r, c, f.publicAccessBlockType, f.accountPublicAccessBlockType));
  if (f.members) out.push(...gcsMembers(r, c, f.members));
  if (f.roleEntities) out.push(...gcsRoleEntities(r, c, f.roleEntities));
  if (f.policyData) out.push(...gcsPolicyData(r, c, f.policyData));
  if (f.publicValue) out.push(...publicValue(r, c, f.publicValue));
  if (f.publicFlag) out.push(...publicFlag(r, f.publicFlag));
  if (f.aclEntries) out.push(...aclEntries(r, c, f.aclEntries));
  return out;
}
