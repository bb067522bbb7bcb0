import { ObjectAccessFact } from '../../../catalog/facts/exposure';
import { ResourceView, RuleContext } from '../../model/view';
import { FindingLevel, RuleViolation } from '../../types';
import { PUBLIC_GRANTEE } from './buckets';
import { lower, resolve, text } from './shared';

// ---------------------------------------------------------------------------------------
// Objects: one uploaded object made public by its own ACL or visibility
// ---------------------------------------------------------------------------------------

/**
 * An object whose own access setting (catalog `publicExposure.objectAccess`) takes one of the values the
 * provider documents as public. Its bucket may be private: the object's setting is what must
 * change, so the finding sits on the object. Like a bucket ACL, a public object is an error
 * whatever the data's classification (an object in a bucket is personal data until marked
 * otherwise); a setting unknown before apply is a warning, never an error.
 */
export function judgeObject(r: ResourceView, c: RuleContext, f: ObjectAccessFact): RuleViolation[] {
  return [...objectAcl(r, c, f), ...(f.grants ? objectGrants(r, c, f.grants.path, f.grants.uri) : [])];
}

function objectGrants(r: ResourceView, c: RuleContext, path: string, uri: string): RuleViolation[] {
  const uris = r.values(`${path}.${uri}`).map((u) => resolve(u, c)).filter((u): u is string => typeof u === 'string' && PUBLIC_GRANTEE.test(u));
  if (uris.length === 0) return [];
  return [{
    message: `${path} gives ${[...new Set(uris)].join(', ')} access: the object is public, whatever its bucket's ACL and policy say.`,
    attribute: path,
    fix: `Grant access to named principals (type CanonicalUser) only, never to the AllUsers or AuthenticatedUsers groups.`,
  }];
}

function objectAcl(r: ResourceView, c: RuleContext, f: ObjectAccessFact): RuleViolation[] {
  const raw = r.attribute(f.argument);
  if (raw === undefined || raw === null) return [];
  const fix = `Set ${f.argument} to "private" (or leave it out) and give access to named principals, through signed URLs or a CDN in front of a private bucket.`;
  const value = lower(raw, c);
  if (value === undefined) {
    const values = Object.keys(f.publicValues).map((v) => `"${v}"`);
    return [{
      message: `${f.argument} (${text(raw)}) cannot be verified before apply; if it is ${values.length === 1 ? values[0] : `one of ${values.join(', ')}`}, the object is public.`,
      attribute: f.argument,
      fix,
      maxLevel: FindingLevel.WARNING,
    }];
  }
  const who = f.publicValues[value];
  if (who === undefined) return [];
  return [{
    message: `${f.argument} is "${value}": ${who}, whatever its bucket's ACL and policy say.`,
    attribute: f.argument,
    fix,
  }];
}
