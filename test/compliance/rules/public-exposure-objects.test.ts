import { Pack } from '../../../lib/compliance/packs';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { FindingLevel } from '../../../lib/compliance/types';
import { findingsOf, s3Provider, tf } from '../helpers';

const P = RuleId.PUBLIC_EXPOSURE;
const PACKS = { packs: [Pack.GDPR, Pack.GAIAX_L3] };

/** The public-exposure findings of one address, as the fields an auditor reads. */
function at(config: Record<string, unknown>, address: string) {
  return findingsOf(config, P, PACKS)
    .filter((f) => f.address === address)
    .map((f) => ({ address: f.address, ruleId: f.ruleId, level: f.level, attribute: f.attribute, message: f.message }));
}

const scaleway = (objects: Record<string, unknown>) => tf({
  provider: { scaleway: { region: 'nl-ams', zone: 'nl-ams-1' } },
  variable: { visibility: { type: 'string', default: 'public-read' }, unset: { type: 'string' } },
  resource: { scaleway_object_bucket: { exports: { name: 'crm-exports' } }, scaleway_object: objects },
});

describe('public objects: an object ACL or visibility that makes one object public', () => {
  test('Scaleway scaleway_object: visibility "public-read" is an error on the object; private, absent and unknown are not', () => {
    const bucket = '${scaleway_object_bucket.exports.id}';
    const config = scaleway({
      customer_list: { bucket, key: 'customers.csv', content: 'x', visibility: 'public-read' },
      from_default: { bucket, key: 'b.csv', content: 'x', visibility: '${var.visibility}' },
      readme: { bucket, key: 'README.txt', content: 'x', visibility: 'private' },
      plain: { bucket, key: 'plain.txt', content: 'x' },
      unknown: { bucket, key: 'c.txt', content: 'x', visibility: '${var.unset}' },
    });
    expect(at(config, 'scaleway_object.customer_list')).toEqual([{
      address: 'scaleway_object.customer_list',
      ruleId: P,
      level: FindingLevel.ERROR,
      attribute: 'visibility',
      message: 'visibility is "public-read": anyone who knows the object\'s URL may read it, whatever its bucket\'s ACL and policy say.',
    }]);
    expect(at(config, 'scaleway_object.from_default').map((f) => [f.level, f.attribute])).toEqual([[FindingLevel.ERROR, 'visibility']]);
    expect(at(config, 'scaleway_object.readme')).toEqual([]);
    expect(at(config, 'scaleway_object.plain')).toEqual([]);
    const unknown = at(config, 'scaleway_object.unknown');
    expect(unknown.map((f) => [f.level, f.attribute])).toEqual([[FindingLevel.WARNING, 'visibility']]);
    expect(unknown[0].message).toBe('visibility (${var.unset}) cannot be verified before apply; if it is "public-read", the object is public.');
    // The bucket itself is private: no finding moves to it.
    expect(at(config, 'scaleway_object_bucket.exports').filter((f) => f.attribute === 'visibility')).toEqual([]);
  });

  test('Open Telekom Cloud: public ACLs on opentelekomcloud_obs_bucket_object and opentelekomcloud_s3_bucket_object', () => {
    const bucket = '${opentelekomcloud_obs_bucket.portal.bucket}';
    const config = tf({
      provider: { opentelekomcloud: { auth_url: 'https://iam.eu-nl.otc.t-systems.com/v3', region: 'eu-nl' } },
      resource: {
        opentelekomcloud_obs_bucket: { portal: { bucket: 'portal-assets', acl: 'private' } },
        opentelekomcloud_obs_bucket_object: {
          letter: { bucket, key: 'letter.pdf', content: 'x', acl: 'public-read' },
          robots: { bucket, key: 'robots.txt', content: 'x', acl: 'private' },
          plain: { bucket, key: 'plain.txt', content: 'x' },
        },
        opentelekomcloud_s3_bucket_object: {
          export: { bucket, key: 'contacts.json', content: 'x', acl: 'public-read-write' },
          owner: { bucket, key: 'owner.json', content: 'x', acl: 'bucket-owner-full-control' },
          shared: { bucket, key: 'shared.json', content: 'x', acl: 'authenticated-read' },
        },
      },
    });
    expect(at(config, 'opentelekomcloud_obs_bucket_object.letter')).toEqual([{
      address: 'opentelekomcloud_obs_bucket_object.letter',
      ruleId: P,
      level: FindingLevel.ERROR,
      attribute: 'acl',
      message: 'acl is "public-read": anyone who knows the object\'s URL may read it, whatever its bucket\'s ACL and policy say.',
    }]);
    expect(at(config, 'opentelekomcloud_s3_bucket_object.shared').map((f) => [f.level, f.attribute, f.message])).toEqual([[
      FindingLevel.ERROR, 'acl', 'acl is "authenticated-read": any authenticated user of the provider (any account, not only yours) may read it, whatever its bucket\'s ACL and policy say.',
    ]]);
    expect(at(config, 'opentelekomcloud_s3_bucket_object.export').map((f) => [f.level, f.attribute, f.message])).toEqual([[
      FindingLevel.ERROR, 'acl', 'acl is "public-read-write": anyone who knows the object\'s URL may read it (the ACL grants everyone WRITE as well), whatever its bucket\'s ACL and policy say.',
    ]]);
    expect(at(config, 'opentelekomcloud_obs_bucket_object.robots')).toEqual([]);
    expect(at(config, 'opentelekomcloud_obs_bucket_object.plain')).toEqual([]);
    expect(at(config, 'opentelekomcloud_s3_bucket_object.owner')).toEqual([]);
  });

  test('hashicorp/aws on a European S3 endpoint: aws_s3_object, aws_s3_bucket_object and aws_s3_object_copy', () => {
    const bucket = '${aws_s3_bucket.media.id}';
    const config = tf({
      provider: { aws: s3Provider('https://s3.fr-par.scw.cloud', 'fr-par') },
      locals: { acl: 'public-read' },
      resource: {
        aws_s3_bucket: { media: { bucket: 'newsroom-media' } },
        aws_s3_object: {
          interview: { bucket, key: 'a.mp3', source: 'a.mp3', acl: 'public-read' },
          from_local: { bucket, key: 'b.mp3', source: 'b.mp3', acl: '${local.acl}' },
          style: { bucket, key: 'style.css', content: 'body {}' },
          schema: { bucket, key: 'schema.json', content: '{}', acl: 'private' },
          instructions: { bucket, key: 'README.txt', content: 'x', acl: 'bucket-owner-full-control' },
          computed: { bucket, key: 'c.txt', content: 'x', acl: '${aws_s3_bucket.media.acl}' },
        },
        aws_s3_bucket_object: {
          upload_slot: { bucket, key: 'upload.zip', content: 'x', acl: 'public-read-write' },
          private: { bucket, key: 'p.zip', content: 'x', acl: 'private' },
        },
        aws_s3_object_copy: {
          copy: { bucket, key: 'copy.mp3', source: 'newsroom-media/a.mp3', acl: 'public-read' },
          granted: { bucket, key: 'g.mp3', source: 'newsroom-media/a.mp3', grant: [{ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers', permissions: ['READ'] }] },
          named: { bucket, key: 'n.mp3', source: 'newsroom-media/a.mp3', grant: [{ type: 'CanonicalUser', id: 'abc123', permissions: ['READ'] }] },
        },
      },
    });
    expect(at(config, 'aws_s3_object.interview')).toEqual([{
      address: 'aws_s3_object.interview',
      ruleId: P,
      level: FindingLevel.ERROR,
      attribute: 'acl',
      message: 'acl is "public-read": anyone who knows the object\'s URL may read it, whatever its bucket\'s ACL and policy say.',
    }]);
    expect(at(config, 'aws_s3_object.from_local').map((f) => [f.level, f.attribute])).toEqual([[FindingLevel.ERROR, 'acl']]);
    expect(at(config, 'aws_s3_bucket_object.upload_slot').map((f) => [f.level, f.attribute])).toEqual([[FindingLevel.ERROR, 'acl']]);
    expect(at(config, 'aws_s3_object_copy.copy').map((f) => [f.level, f.attribute])).toEqual([[FindingLevel.ERROR, 'acl']]);
    expect(at(config, 'aws_s3_object_copy.granted')).toEqual([{
      address: 'aws_s3_object_copy.granted',
      ruleId: P,
      level: FindingLevel.ERROR,
      attribute: 'grant',
      message: 'grant gives http://acs.amazonaws.com/groups/global/AllUsers access: the object is public, whatever its bucket\'s ACL and policy say.',
    }]);
    for (const clean of ['aws_s3_object_copy.named', 'aws_s3_object.style', 'aws_s3_object.schema', 'aws_s3_object.instructions', 'aws_s3_bucket_object.private']) {
      expect(at(config, clean)).toEqual([]);
    }
    expect(at(config, 'aws_s3_object.computed').map((f) => [f.level, f.attribute, f.message])).toEqual([[
      FindingLevel.WARNING, 'acl', 'acl (${aws_s3_bucket.media.acl}) cannot be verified before apply; if it is one of "public-read", "public-read-write", "authenticated-read", the object is public.',
    ]]);
  });
});
