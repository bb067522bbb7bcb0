import { RuleId } from '../../../lib/compliance/rules/ids';
import { Catalog } from '../../../lib';
import { AnnotationValueMatch } from '../../../lib/catalog/types';
import { internalAnnotationVerdict, publicExposureRule } from '../../../lib/compliance/rules/public-exposure';
import { findingsOf, flagged, s3Provider, tf } from '../helpers';

const P = RuleId.PUBLIC_EXPOSURE;

/** Messages of one address, joined, for matching. */
function messagesOf(config: Record<string, unknown>, address: string): string {
  return findingsOf(config, P).filter((f) => f.address === address).map((f) => f.message).join('\n');
}

const PUBLIC_READ_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::site/*'] }],
});
const NAMED_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:user/backup'] }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }],
});
const ALL_ON = { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true };

describe('buckets: ACLs, policies and public access blocks', () => {
  test('AWS: public canned ACL, public grant, wildcard policy, missing public access block', () => {
    const config = tf({
      provider: { aws: { region: 'eu-central-1' } },
      resource: {
        aws_s3_bucket: {
          open: { bucket: 'open', acl: 'public-read' },
          closed: { bucket: 'closed' },
          naked: { bucket: 'naked' },
        },
        aws_s3_bucket_public_access_block: {
          closed: { bucket: '${aws_s3_bucket.closed.id}', ...ALL_ON },
          open: { bucket: '${aws_s3_bucket.open.id}', block_public_acls: true, block_public_policy: false },
        },
        aws_s3_bucket_acl: {
          grant: {
            bucket: '${aws_s3_bucket.closed.id}',
            access_control_policy: [{
              grant: [{ grantee: [{ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers' }], permission: 'READ' }],
              owner: [{ id: 'owner' }],
            }],
          },
          private: { bucket: '${aws_s3_bucket.closed.id}', acl: 'private' },
        },
        aws_s3_bucket_policy: {
          open: { bucket: '${aws_s3_bucket.closed.id}', policy: PUBLIC_READ_POLICY },
          named: { bucket: '${aws_s3_bucket.closed.id}', policy: NAMED_POLICY },
        },
      },
    });
    expect(flagged(config, P)).toEqual([
      'aws_s3_bucket.naked',
      'aws_s3_bucket.open',
      'aws_s3_bucket_acl.grant',
      'aws_s3_bucket_policy.open',
      'aws_s3_bucket_public_access_block.open',
    ]);
    expect(messagesOf(config, 'aws_s3_bucket.open')).toMatch(/acl is "public-read": the bucket's content is readable by anyone/);
    expect(messagesOf(config, 'aws_s3_bucket.naked')).toMatch(/Not public by itself, but no aws_s3_bucket_public_access_block is attached/);
    expect(messagesOf(config, 'aws_s3_bucket_acl.grant')).toMatch(/AllUsers/);
    expect(messagesOf(config, 'aws_s3_bucket_policy.open')).toMatch(/statement "PublicRead" allows Principal "\*"/);
    const pab = messagesOf(config, 'aws_s3_bucket_public_access_block.open');
    expect(pab).toMatch(/block_public_policy = false/);
    expect(pab).toMatch(/ignore_public_acls \(default false\)/);
  });

  test('AWS: an account-wide public access block covers buckets without their own', () => {
    const config = tf({
      provider: { aws: { region: 'eu-west-3' } },
      resource: {
        aws_s3_account_public_access_block: { all: ALL_ON },
        aws_s3_bucket: { b: { bucket: 'b' } },
      },
    });
    expect(flagged(config, P)).toEqual([]);
  });

  test('AWS: a wildcard principal restricted by aws:SourceIp is not public; NotPrincipal is', () => {
    const config = tf({
      provider: { aws: { region: 'eu-central-1' } },
      resource: {
        aws_s3_bucket_policy: {
          ip: {
            bucket: 'b',
            policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } }] }),
          },
          deny: { bucket: 'b', policy: JSON.stringify({ Statement: { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' } }) },
          not: { bucket: 'b', policy: JSON.stringify({ Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, Action: 's3:GetObject', Resource: '*' }] }) },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['aws_s3_bucket_policy.not']);
    expect(messagesOf(config, 'aws_s3_bucket_policy.not')).toMatch(/everyone but NotPrincipal/);
  });

  test('a jsonencode() policy is read when Terraform knows it, else cannot be verified; an aws_iam_policy_document data source is read', () => {
    const config = tf({
      provider: { aws: { region: 'eu-central-1' } },
      variable: { principal: { type: 'string' } },
      data: {
        aws_iam_policy_document: {
          pub: { statement: [{ principals: [{ type: '*', identifiers: ['*'] }], actions: ['s3:GetObject'], resources: ['*'] }] },
          named: { statement: [{ principals: [{ type: 'AWS', identifiers: ['arn:aws:iam::1:role/app'] }], actions: ['s3:GetObject'], resources: ['*'] }] },
        },
      },
      resource: {
        aws_s3_bucket_policy: {
          encoded: { bucket: 'b', policy: '${jsonencode({Statement = [{Effect = "Allow", Principal = "*", Action = "s3:GetObject"}]})}' },
          computed: { bucket: 'b', policy: '${jsonencode({Statement = [{Effect = "Allow", Principal = var.principal, Action = "s3:GetObject"}]})}' },
          doc: { bucket: 'b', policy: '${data.aws_iam_policy_document.pub.json}' },
          named: { bucket: 'b', policy: '${data.aws_iam_policy_document.named.json}' },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['aws_s3_bucket_policy.computed', 'aws_s3_bucket_policy.doc', 'aws_s3_bucket_policy.encoded']);
    expect(messagesOf(config, 'aws_s3_bucket_policy.encoded')).toMatch(/statement #0 allows Principal "\*" s3:GetObject/);
    // The known parts of the jsonencode() document are read: it is the principal that is not known (issue 16, class 10).
    expect(messagesOf(config, 'aws_s3_bucket_policy.computed')).toMatch(/cannot be verified before apply \(statement #0 has a principal built from an expression\)/);
    expect(messagesOf(config, 'aws_s3_bucket_policy.doc')).toMatch(/statement #0 allows Principal "\*" .*\(data\.aws_iam_policy_document\.pub\)/);
  });

  /** An HCL expression as Terraform JSON writes it: a quoted string as its text, anything else as `${…}`. */
  const asJson = (hcl: string) => (hcl.startsWith('"') ? hcl.slice(1, -1) : `\${${hcl}}`);

  // One verdict for both ways of writing a policy: jsonencode() of the JSON document, and an
  // aws_iam_policy_document data source (the same statement in the data source's HCL form).
  describe.each([
    ['"*"', '"*"', 'error'],
    ['a resource\'s ARN', 'aws_iam_role.app.arn', 'none'],
    ['a data source\'s account id in an ARN', '"arn:aws:iam::${data.aws_caller_identity.me.account_id}:root"', 'none'],
    ['a splat of resource ARNs', 'aws_iam_user.readers[*].arn', 'none'],
    ['a required variable', 'var.reader', 'warning'],
    ['a local of a required variable', 'local.reader', 'warning'],
  ])('a principal that is %s', (_, principal, expected) => {
    const document = tf({
      provider: { aws: { region: 'eu-central-1' } },
      variable: { reader: { type: 'string' } },
      locals: { reader: '${var.reader}' },
      data: {
        aws_caller_identity: { me: {} },
        aws_iam_policy_document: {
          p: { statement: [{ principals: [{ type: 'AWS', identifiers: [asJson(principal)] }], actions: ['s3:GetObject'], resources: ['*'] }] },
        },
      },
      resource: {
        aws_iam_role: { app: { name: 'app', assume_role_policy: '{}' } },
        aws_iam_user: { readers: { count: 2, name: 'r' } },
        aws_s3_bucket_policy: {
          encoded: { bucket: 'b', policy: `\${jsonencode({Statement = [{Effect = "Allow", Principal = {AWS = ${principal}}, Action = "s3:GetObject"}]})}` },
          doc: { bucket: 'b', policy: '${data.aws_iam_policy_document.p.json}' },
        },
      },
    } as Parameters<typeof tf>[0]);
    const levels = (address: string) => findingsOf(document, P).filter((f) => f.address === address).map((f) => f.level);
    test.each(['encoded', 'doc'])(`aws_s3_bucket_policy.%s: ${expected}`, (name) => {
      expect(levels(`aws_s3_bucket_policy.${name}`)).toEqual(expected === 'none' ? [] : [expected]);
    });
  });

  test('a principal built from a template whose known beginning rules out "*" is not public; one that may still be "*" cannot be verified', () => {
    const config = tf({
      provider: { aws: { region: 'eu-central-1' } },
      variable: { account: { type: 'string' } },
      resource: {
        aws_s3_bucket_policy: {
          // jsonencode(): the template is an unknown string known to begin with "arn:aws:iam::" (Terraform's refinement).
          encoded: { bucket: 'b', policy: '${jsonencode({Statement = [{Effect = "Allow", Principal = {AWS = "arn:aws:iam::${var.account}:root"}, Action = "s3:GetObject"}]})}' },
          // Literal JSON (a heredoc): the text before the interpolation is the same known beginning.
          heredoc: { bucket: 'b', policy: '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::${var.account}:root"]}, "Action": "s3:GetObject"}]}' },
          star: { bucket: 'b', policy: '${jsonencode({Statement = [{Effect = "Allow", Principal = {AWS = "*${var.account}"}, Action = "s3:GetObject"}]})}' },
          bare: { bucket: 'b', policy: '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "${var.account}"}, "Action": "s3:GetObject"}]}' },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['aws_s3_bucket_policy.bare', 'aws_s3_bucket_policy.star']);
    expect(messagesOf(config, 'aws_s3_bucket_policy.star')).toMatch(/statement #0 has a principal built from an expression/);
  });

  test('Scaleway: public bucket ACL and a policy for SCW "*"; S3-compatible buckets need no public access block', () => {
    const config = tf({
      provider: { scaleway: { region: 'fr-par' }, aws: s3Provider('https://s3.fr-par.scw.cloud', 'fr-par') },
      resource: {
        scaleway_object_bucket: { legacy: { name: 'legacy', acl: 'public-read-write' }, fine: { name: 'fine' } },
        scaleway_object_bucket_acl: {
          pub: { bucket: '${scaleway_object_bucket.fine.id}', acl: 'public-read' },
          priv: { bucket: '${scaleway_object_bucket.fine.id}', acl: 'private' },
        },
        scaleway_object_bucket_policy: {
          pub: { bucket: 'fine', policy: JSON.stringify({ Version: '2023-04-17', Statement: [{ Effect: 'Allow', Principal: { SCW: '*' }, Action: ['s3:GetObject'], Resource: ['fine/*'] }] }) },
          user: { bucket: 'fine', policy: JSON.stringify({ Version: '2023-04-17', Statement: [{ Effect: 'Allow', Principal: { SCW: 'user_id:1234' }, Action: ['s3:*'], Resource: ['fine'] }] }) },
        },
        aws_s3_bucket: { compat: { bucket: 'compat' } },
      },
    });
    expect(flagged(config, P)).toEqual(['scaleway_object_bucket.legacy', 'scaleway_object_bucket_acl.pub', 'scaleway_object_bucket_policy.pub']);
    expect(messagesOf(config, 'scaleway_object_bucket.legacy')).toMatch(/readable and writable by anyone/);
  });

  test('Open Telekom Cloud: OBS acl and an OBS-dialect policy with "ID": ["*"] (heredoc with an interpolated resource)', () => {
    const obsPolicy = '{\n  "Statement": [{\n    "Effect": "Allow",\n    "Principal": {"ID": ["*"]},\n    "Action": ["GetObject"],\n    "Resource": ["${opentelekomcloud_obs_bucket.web.bucket}/*"]\n  }]\n}\n';
    const config = tf({
      provider: { opentelekomcloud: { region: 'eu-de' } },
      resource: {
        opentelekomcloud_obs_bucket: { web: { bucket: 'web', acl: 'public-read' }, data: { bucket: 'data', acl: 'private' } },
        opentelekomcloud_obs_bucket_policy: {
          web: { bucket: '${opentelekomcloud_obs_bucket.web.id}', policy: obsPolicy },
          data: { bucket: '${opentelekomcloud_obs_bucket.data.id}', policy: obsPolicy.replace('"*"', '"domain/1234:user/5678"') },
        },
        opentelekomcloud_s3_bucket: { legacy: { bucket: 'legacy', acl: 'authenticated-read' } },
      },
    });
    expect(flagged(config, P)).toEqual(['opentelekomcloud_obs_bucket.web', 'opentelekomcloud_obs_bucket_policy.web', 'opentelekomcloud_s3_bucket.legacy']);
    expect(messagesOf(config, 'opentelekomcloud_s3_bucket.legacy')).toMatch(/any authenticated user/);
  });

  test('IONOS: buckets need a public access block with every setting on; policies are checked', () => {
    const config = tf({
      resource: {
        ionoscloud_s3_bucket: { naked: { name: 'naked', region: 'eu-central-3' }, blocked: { name: 'blocked', region: 'eu-central-3' }, half: { name: 'half', region: 'eu-central-3' } },
        ionoscloud_s3_bucket_public_access_block: {
          blocked: { bucket: '${ionoscloud_s3_bucket.blocked.name}', ...ALL_ON },
          half: { bucket: '${ionoscloud_s3_bucket.half.name}', ignore_public_acls: true, restrict_public_buckets: true, block_public_policy: false, block_public_acls: false },
        },
        ionoscloud_s3_bucket_policy: {
          named: { bucket: 'blocked', policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: ['arn:aws:iam:::user/31000000:9acd'], Action: ['s3:GetObject'], Resource: ['*'], Condition: { IpAddress: ['123.123.123.123/32'] } }] }) },
          open: { bucket: 'half', policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: ['*'], Action: ['s3:GetObject'], Resource: ['*'] }] }) },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['ionoscloud_s3_bucket.naked', 'ionoscloud_s3_bucket_policy.open', 'ionoscloud_s3_bucket_public_access_block.half']);
    expect(messagesOf(config, 'ionoscloud_s3_bucket.naked')).toMatch(/no ionoscloud_s3_bucket_public_access_block is attached although IONOS/);
    expect(messagesOf(config, 'ionoscloud_s3_bucket_public_access_block.half')).toMatch(/block_public_acls = false, block_public_policy = false/);
  });

  test('Exoscale: SOS bucket policy with a wildcard principal', () => {
    const config = tf({
      resource: {
        exoscale_sos_bucket_policy: {
          open: { bucket: 'b', zone: 'de-fra-1', policy: PUBLIC_READ_POLICY },
          named: { bucket: 'b', zone: 'de-fra-1', policy: NAMED_POLICY },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['exoscale_sos_bucket_policy.open']);
  });

  test.each([
    ['Hetzner', 'https://fsn1.your-objectstorage.com', 'fsn1'],
    ['OVHcloud', 'https://s3.gra.io.cloud.ovh.net', 'gra'],
    ['STACKIT', 'https://object.storage.eu01.onstackit.cloud', 'eu01'],
  ])('%s through the aws provider: public ACL flagged, private bucket without a public access block is fine', (_name, endpoint, region) => {
    const config = tf({
      provider: { aws: s3Provider(endpoint, region) },
      resource: {
        aws_s3_bucket: { priv: { bucket: 'priv' }, pub: { bucket: 'pub' } },
        aws_s3_bucket_acl: { pub: { bucket: '${aws_s3_bucket.pub.id}', acl: 'public-read' }, priv: { bucket: '${aws_s3_bucket.priv.id}', acl: 'private' } },
        aws_s3_bucket_policy: { pub: { bucket: '${aws_s3_bucket.pub.id}', policy: PUBLIC_READ_POLICY } },
      },
    });
    expect(flagged(config, P)).toEqual(['aws_s3_bucket_acl.pub', 'aws_s3_bucket_policy.pub']);
  });

  test('UpCloud through the aws provider: a bucket policy for everyone is flagged', () => {
    const config = tf({
      provider: { aws: s3Provider('https://7mf5k.upcloudobjects.com', 'europe-1') },
      resource: { aws_s3_bucket_policy: { pub: { bucket: 'b', policy: PUBLIC_READ_POLICY }, named: { bucket: 'b', policy: NAMED_POLICY } } },
    });
    expect(flagged(config, P)).toEqual(['aws_s3_bucket_policy.pub']);
  });

  test('Azure: public containers and accounts that allow them', () => {
    const config = tf({
      resource: {
        azurerm_storage_account: { open: { name: 'open', allow_nested_items_to_be_public: true }, closed: { name: 'closed' } },
        azurerm_storage_container: {
          blob: { name: 'blob', storage_account_id: '${azurerm_storage_account.closed.id}', container_access_type: 'container' },
          priv: { name: 'priv', storage_account_id: '${azurerm_storage_account.closed.id}', container_access_type: 'private' },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['azurerm_storage_account.open', 'azurerm_storage_container.blob']);
    expect(messagesOf(config, 'azurerm_storage_container.blob')).toMatch(/anonymous clients can read and list its blobs/);
  });

  test('Google Cloud: allUsers in IAM members, bindings, policies and ACLs', () => {
    const config = tf({
      data: { google_iam_policy: { pub: { binding: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] } } },
      resource: {
        google_storage_bucket_iam_member: { pub: { bucket: 'b', role: 'roles/storage.objectViewer', member: 'allUsers' }, user: { bucket: 'b', role: 'roles/storage.objectViewer', member: 'user:a@example.eu' } },
        google_storage_bucket_iam_binding: { pub: { bucket: 'b', role: 'roles/storage.objectViewer', members: ['group:x@example.eu', 'allAuthenticatedUsers'] } },
        google_storage_bucket_iam_policy: { pub: { bucket: 'b', policy_data: '${data.google_iam_policy.pub.policy_data}' } },
        google_storage_bucket_acl: { pub: { bucket: 'b', predefined_acl: 'publicRead' }, entity: { bucket: 'b', role_entity: ['OWNER:user-a@example.eu', 'READER:allUsers'] } },
      },
    });
    expect(flagged(config, P)).toEqual([
      'google_storage_bucket_acl.entity',
      'google_storage_bucket_acl.pub',
      'google_storage_bucket_iam_binding.pub',
      'google_storage_bucket_iam_member.pub',
      'google_storage_bucket_iam_policy.pub',
    ]);
  });
});

describe('firewalls and security groups', () => {
  test('Hetzner: SSH open to the world is flagged, HTTPS and restricted SSH are not (HCL-style lists)', () => {
    const config = tf({
      resource: {
        hcloud_firewall: {
          web: [{ name: 'web', rule: [
            { direction: 'in', protocol: 'tcp', port: '443', source_ips: ['0.0.0.0/0', '::/0'] },
            { direction: 'in', protocol: 'tcp', port: '22', source_ips: ['192.0.2.10/32'] },
            { direction: 'in', protocol: 'icmp', source_ips: ['0.0.0.0/0'] },
          ] }],
          ssh: [{ name: 'ssh', rule: [
            { direction: 'in', protocol: 'tcp', port: '80', source_ips: ['0.0.0.0/0'] },
            { direction: 'in', protocol: 'tcp', port: '20-25', source_ips: ['0.0.0.0/0', '::/0'] },
          ] }],
          any: { name: 'any', rule: { direction: 'in', protocol: 'tcp', port: 'any', source_ips: ['::/0'] } },
          out: { name: 'out', rule: [{ direction: 'out', protocol: 'tcp', port: '22', destination_ips: ['0.0.0.0/0'] }] },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['hcloud_firewall.any', 'hcloud_firewall.ssh']);
    const ssh = findingsOf(config, P).find((f) => f.address === 'hcloud_firewall.ssh')!;
    expect(ssh.message).toBe('rule[1] opens TCP port 22 (SSH) to 0.0.0.0/0, ::/0.');
    expect(ssh.attribute).toBe('rule[1]');
    expect(messagesOf(config, 'hcloud_firewall.any')).toMatch(/opens every port \(TCP\) to ::\/0/);
  });

  test('sources from expressions: variable defaults are used, resource addresses are restricted, the rest cannot be verified', () => {
    const config = tf({
      variable: { open: { default: '0.0.0.0/0' }, admins: { type: 'list(string)', default: ['192.0.2.0/24'] }, unknown: { type: 'string' } },
      resource: {
        hcloud_firewall: {
          fromvar: { rule: [{ direction: 'in', protocol: 'tcp', port: '22', source_ips: ['${var.open}'] }] },
          listvar: { rule: [{ direction: 'in', protocol: 'tcp', port: '22', source_ips: '${var.admins}' }] },
          bastion: { rule: [{ direction: 'in', protocol: 'tcp', port: '22', source_ips: ['${hcloud_server.bastion.ipv4_address}/32'] }] },
          unknown: { rule: [{ direction: 'in', protocol: 'tcp', port: '22', source_ips: ['${var.unknown}'] }] },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['hcloud_firewall.fromvar', 'hcloud_firewall.unknown']);
    expect(messagesOf(config, 'hcloud_firewall.unknown')).toMatch(/to \$\{var\.unknown\}, which cannot be verified before apply/);
  });

  test('a source from a local written as "<expression>/32" (the operator\'s own address) is one host; a local of a variable without default is not known', () => {
    const config = tf({
      variable: { admin_cidr: { type: 'string' } },
      locals: { my_ip: '${chomp(data.http.my_ip.response_body)}/32', my_range: '${local.my_ip}', admin: '${var.admin_cidr}' },
      data: { http: { my_ip: { url: 'https://ipv4.icanhazip.com' } } },
      resource: {
        hcloud_firewall: {
          mine: { rule: [{ direction: 'in', protocol: 'tcp', port: '6443', source_ips: ['${local.my_ip}'] }, { direction: 'in', protocol: 'tcp', port: '22', source_ips: ['${local.my_range}'] }] },
          admin: { rule: [{ direction: 'in', protocol: 'tcp', port: '22', source_ips: ['${local.admin}'] }] },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['hcloud_firewall.admin']);
  });

  test('Scaleway: the default inbound policy is accept; drop groups are judged rule by rule, in order', () => {
    const config = tf({
      resource: {
        scaleway_instance_security_group: {
          dflt: { name: 'default-accept', inbound_rule: [{ action: 'accept', port: 443 }] },
          dropped: { name: 'drop', inbound_default_policy: 'drop', inbound_rule: [
            { action: 'accept', port: 443 },
            { action: 'accept', port: 22, ip_range: '192.0.2.0/24' },
          ] },
          shadowed: { name: 'shadowed', inbound_default_policy: 'drop', inbound_rule: [
            { action: 'drop', port: 5432 },
            { action: 'accept', port_range: '5000-6000' },
          ] },
          external: { name: 'external', inbound_default_policy: 'drop', external_rules: true },
        },
        scaleway_instance_security_group_rules: {
          external: { security_group_id: '${scaleway_instance_security_group.external.id}', inbound_rule: [{ action: 'accept', protocol: 'TCP', port: 3389, ip_range: '0.0.0.0/0' }] },
        },
      },
    });
    expect(flagged(config, P)).toEqual([
      'scaleway_instance_security_group.dflt',
      'scaleway_instance_security_group.shadowed',
      'scaleway_instance_security_group_rules.external',
    ]);
    expect(messagesOf(config, 'scaleway_instance_security_group.dflt')).toMatch(/inbound_default_policy \(default "accept"\) accepts traffic no rule drops/);
    // 5432 is dropped by the first rule; 5984 and 5985/5986 fall into the accepted range.
    const shadowed = messagesOf(config, 'scaleway_instance_security_group.shadowed');
    expect(shadowed).toMatch(/inbound_rule\[1\] opens 5985 \(WinRM\), 5986 \(WinRM over TLS\), 5984 \(CouchDB\) to any source/);
    expect(shadowed).not.toMatch(/5432/);
    expect(messagesOf(config, 'scaleway_instance_security_group_rules.external')).toMatch(/inbound_rule\[0\] opens 3389 \(RDP\) to 0\.0\.0\.0\/0/);
  });

  test('Open Telekom Cloud: Neutron rules (no remote = any source), compute security groups and FWaaS rules', () => {
    const config = tf({
      resource: {
        opentelekomcloud_networking_secgroup_rule_v2: {
          ssh: { direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0', security_group_id: '${opentelekomcloud_networking_secgroup_v2.sg.id}' },
          anysrc: { direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 5432, port_range_max: 5432, security_group_id: 'sg' },
          https: { direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 443, port_range_max: 443, remote_ip_prefix: '0.0.0.0/0', security_group_id: 'sg' },
          group: { direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_group_id: 'other', security_group_id: 'sg' },
          egress: { direction: 'egress', ethertype: 'IPv4', security_group_id: 'sg' },
        },
        opentelekomcloud_compute_secgroup_v2: {
          old: { name: 'old', description: 'd', rule: [{ from_port: 3306, to_port: 3306, ip_protocol: 'tcp', cidr: '0.0.0.0/0' }, { from_port: 22, to_port: 22, ip_protocol: 'tcp', self: true }] },
        },
        opentelekomcloud_fw_rule_v2: {
          allow: { protocol: 'tcp', action: 'allow', destination_port: '3380:3390' },
          deny: { protocol: 'tcp', action: 'deny', destination_port: '22' },
          off: { protocol: 'tcp', action: 'allow', destination_port: '22', enabled: false },
        },
      },
    });
    expect(flagged(config, P)).toEqual([
      'opentelekomcloud_compute_secgroup_v2.old',
      'opentelekomcloud_fw_rule_v2.allow',
      'opentelekomcloud_networking_secgroup_rule_v2.anysrc',
      'opentelekomcloud_networking_secgroup_rule_v2.ssh',
    ]);
    expect(messagesOf(config, 'opentelekomcloud_networking_secgroup_rule_v2.anysrc')).toMatch(/opens TCP port 5432 \(PostgreSQL\) to any source \(none set\)/);
    expect(messagesOf(config, 'opentelekomcloud_fw_rule_v2.allow')).toMatch(/3389 \(RDP\)/);
  });

  test('OpenStack (OVHcloud Public Cloud, SCS): port range 0/0 means every port', () => {
    const config = tf({
      resource: {
        openstack_networking_secgroup_rule_v2: {
          all: { direction: 'ingress', ethertype: 'IPv6', protocol: 'tcp', port_range_min: 0, port_range_max: 0, remote_ip_prefix: '::/0', security_group_id: 'sg' },
          web: { direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 80, port_range_max: 80, remote_ip_prefix: '0.0.0.0/0', security_group_id: 'sg' },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['openstack_networking_secgroup_rule_v2.all']);
    expect(messagesOf(config, 'openstack_networking_secgroup_rule_v2.all')).toMatch(/opens every port \(TCP\) to ::\/0/);
  });

  test('OVHcloud: cloud security group rules and IP firewall rules', () => {
    const config = tf({
      resource: {
        ovh_cloud_security_group: {
          db: { service_name: 's', region: 'GRA11', name: 'db', rule: [
            { direction: 'INGRESS', ethernet_type: 'IPV4', protocol: 'TCP', port_range_min: 3306, port_range_max: 3306, remote_ip_prefix: '0.0.0.0/0' },
          ] },
          ok: { service_name: 's', region: 'GRA11', name: 'ok', rule: [
            { direction: 'INGRESS', ethernet_type: 'IPV4', protocol: 'TCP', port_range_min: 3306, port_range_max: 3306, remote_ip_prefix: '10.0.0.0/8' },
            { direction: 'EGRESS', ethernet_type: 'IPV4' },
          ] },
        },
        ovh_ip_firewall_rule: {
          ssh: { ip: '203.0.113.0/30', ip_on_firewall: '203.0.113.1', sequence: 1, action: 'permit', protocol: 'tcp', destination_port: 22 },
          deny: { ip: '203.0.113.0/30', ip_on_firewall: '203.0.113.1', sequence: 0, action: 'deny', protocol: 'tcp' },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['ovh_cloud_security_group.db', 'ovh_ip_firewall_rule.ssh']);
    expect(messagesOf(config, 'ovh_cloud_security_group.db')).toMatch(/rule\[0\] opens TCP port 3306 \(MySQL\/MariaDB\) to 0\.0\.0\.0\/0/);
  });

  test('STACKIT: security group rules with port_range and protocol blocks', () => {
    const config = tf({
      resource: {
        stackit_security_group_rule: {
          pg: { project_id: 'p', security_group_id: 'sg', direction: 'ingress', ip_range: '0.0.0.0/0', port_range: { min: 5432, max: 5432 }, protocol: { name: 'tcp' } },
          sg: { project_id: 'p', security_group_id: 'sg', direction: 'ingress', remote_security_group_id: 'other', port_range: { min: 5432, max: 5432 }, protocol: { name: 'tcp' } },
          web: { project_id: 'p', security_group_id: 'sg', direction: 'ingress', ip_range: '0.0.0.0/0', port_range: { min: 443, max: 443 }, protocol: { number: 6 } },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['stackit_security_group_rule.pg']);
  });

  test('Exoscale: security group rules (protocol defaults to TCP)', () => {
    const config = tf({
      resource: {
        exoscale_security_group_rule: {
          ssh: { security_group_id: 'sg', type: 'INGRESS', start_port: 22, end_port: 22, cidr: '0.0.0.0/0' },
          office: { security_group_id: 'sg', type: 'INGRESS', start_port: 22, end_port: 22, cidr: '192.0.2.0/24' },
          nlb: { security_group_id: 'sg', type: 'INGRESS', start_port: 6443, end_port: 6443, public_security_group: 'public-nlb-healthcheck-sources' },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['exoscale_security_group_rule.ssh']);
  });

  test('UpCloud: ordered firewall rules; a trailing accept-all default opens everything', () => {
    const config = tf({
      resource: {
        upcloud_firewall_rules: {
          tight: { server_id: 's', firewall_rule: [
            { action: 'accept', direction: 'in', family: 'IPv4', protocol: 'tcp', source_address_start: '192.0.2.10', source_address_end: '192.0.2.10', destination_port_start: '22', destination_port_end: '22' },
            { action: 'accept', direction: 'in', family: 'IPv4', protocol: 'tcp', destination_port_start: '443', destination_port_end: '443' },
            { action: 'drop', direction: 'in' },
          ] },
          loose: { server_id: 's', firewall_rule: [
            { action: 'drop', direction: 'in', family: 'IPv4', protocol: 'tcp', source_address_start: '0.0.0.0', source_address_end: '255.255.255.255', destination_port_start: '22', destination_port_end: '22' },
            { action: 'accept', direction: 'in' },
          ] },
        },
        upcloud_firewall_ruleset: {
          rdp: { name: 'rdp', rules: [{ action: 'accept', direction: 'in', family: 'IPv4', protocol: 'tcp', source_address_cidr: '0.0.0.0/0', destination_port_start: 3389, destination_port_end: 3389 }] },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['upcloud_firewall_rules.loose', 'upcloud_firewall_ruleset.rdp']);
    const loose = messagesOf(config, 'upcloud_firewall_rules.loose');
    expect(loose).toMatch(/firewall_rule\[1\] opens 3389 \(RDP\)/);
    expect(loose).not.toMatch(/22 \(SSH\)/);
  });

  test('IONOS: NIC firewall rules without source_ip admit every source', () => {
    const config = tf({
      resource: {
        ionoscloud_firewall: {
          ssh: { datacenter_id: 'd', server_id: 's', nic_id: 'n', protocol: 'TCP', port_range_start: 22, port_range_end: 22 },
          office: { datacenter_id: 'd', server_id: 's', nic_id: 'n', protocol: 'TCP', source_ip: '192.0.2.7', port_range_start: 22, port_range_end: 22 },
        },
        ionoscloud_nsg_firewallrule: { anything: { nsg_id: 'g', datacenter_id: 'd', protocol: 'ANY', type: 'INGRESS' } },
        ionoscloud_server: {
          inline: { name: 'vm', datacenter_id: 'd', nic: [{ lan: 1, firewall_active: true, firewall: [{ protocol: 'TCP', name: 'SSH', port_range_start: 22, port_range_end: 22 }] }] },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['ionoscloud_firewall.ssh', 'ionoscloud_nsg_firewallrule.anything', 'ionoscloud_server.inline']);
    expect(messagesOf(config, 'ionoscloud_nsg_firewallrule.anything')).toMatch(/opens every port \(all protocols\) to any source \(none set\)/);
    expect(messagesOf(config, 'ionoscloud_server.inline')).toMatch(/nic\.firewall\[0\] opens TCP port 22 \(SSH\)/);
  });

  test('AWS: security groups, security group rules and VPC ingress rules', () => {
    const config = tf({
      resource: {
        aws_security_group: {
          ssh: { name: 'ssh', ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }, { from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }] },
          all: { name: 'all', ingress: [{ from_port: 0, to_port: 0, protocol: '-1', ipv6_cidr_blocks: ['::/0'] }] },
          sg: { name: 'sg', ingress: [{ from_port: 5432, to_port: 5432, protocol: 'tcp', security_groups: ['sg-1'] }] },
        },
        aws_security_group_rule: {
          redis: { type: 'ingress', from_port: 6379, to_port: 6379, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], security_group_id: 'sg' },
          egress: { type: 'egress', from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'], security_group_id: 'sg' },
        },
        aws_vpc_security_group_ingress_rule: {
          pg: { security_group_id: 'sg', cidr_ipv6: '::/0', from_port: 5432, to_port: 5432, ip_protocol: 'tcp' },
          web: { security_group_id: 'sg', cidr_ipv4: '0.0.0.0/0', from_port: 443, to_port: 443, ip_protocol: 'tcp' },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['aws_security_group.all', 'aws_security_group.ssh', 'aws_security_group_rule.redis', 'aws_vpc_security_group_ingress_rule.pg']);
    expect(messagesOf(config, 'aws_security_group.all')).toMatch(/ingress\[0\] opens every port \(all protocols\) to ::\/0/);
  });

  test('Azure: NSG rules by priority, standalone rules with "Internet" and "*"', () => {
    const config = tf({
      resource: {
        azurerm_network_security_group: {
          nsg: { name: 'nsg', location: 'westeurope', resource_group_name: 'rg', security_rule: [
            { name: 'allow-all', priority: 200, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', destination_port_range: '*', source_address_prefix: '*', destination_address_prefix: '*' },
            { name: 'deny-ssh', priority: 100, direction: 'Inbound', access: 'Deny', protocol: 'Tcp', source_port_range: '*', destination_port_range: '22', source_address_prefix: '*', destination_address_prefix: '*' },
          ] },
          web: { name: 'web', location: 'westeurope', resource_group_name: 'rg', security_rule: [
            { name: 'https', priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', destination_port_range: '443', source_address_prefix: 'Internet', destination_address_prefix: '*' },
          ] },
        },
        azurerm_network_security_rule: {
          rdp: { name: 'rdp', priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', destination_port_ranges: ['3389', '5985-5986'], source_address_prefix: 'Internet', destination_address_prefix: '*', resource_group_name: 'rg', network_security_group_name: 'nsg' },
          vnet: { name: 'vnet', priority: 110, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', destination_port_range: '22', source_address_prefix: 'VirtualNetwork', destination_address_prefix: '*', resource_group_name: 'rg', network_security_group_name: 'nsg' },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['azurerm_network_security_group.nsg', 'azurerm_network_security_rule.rdp']);
    const nsg = messagesOf(config, 'azurerm_network_security_group.nsg');
    expect(nsg).toMatch(/security_rule\[0\] opens 3389 \(RDP\)/);
    expect(nsg).not.toMatch(/22 \(SSH\)/);
  });

  test('Google Cloud: firewall rules with source ranges; tags, egress and disabled rules are fine', () => {
    const config = tf({
      resource: {
        google_compute_firewall: {
          ssh: { name: 'ssh', network: 'n', source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['22', '8080'] }] },
          tags: { name: 'tags', network: 'n', source_tags: ['bastion'], allow: [{ protocol: 'tcp', ports: ['22'] }] },
          off: { name: 'off', network: 'n', disabled: true, source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'tcp', ports: ['22'] }] },
          egress: { name: 'egress', network: 'n', direction: 'EGRESS', destination_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'all' }] },
          all: { name: 'all', network: 'n', source_ranges: ['0.0.0.0/0'], allow: [{ protocol: 'all' }] },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['google_compute_firewall.all', 'google_compute_firewall.ssh']);
  });
});

describe('Kubernetes API allow lists', () => {
  test('IONOS: api_subnet_allow_list', () => {
    const config = tf({
      resource: {
        ionoscloud_k8s_cluster: { open: { name: 'open' }, closed: { name: 'closed', api_subnet_allow_list: ['192.0.2.0/24'] }, any: { name: 'any', api_subnet_allow_list: ['0.0.0.0/0'] } },
      },
    });
    expect(flagged(config, P)).toEqual(['ionoscloud_k8s_cluster.any', 'ionoscloud_k8s_cluster.open']);
    expect(messagesOf(config, 'ionoscloud_k8s_cluster.open')).toMatch(/has no api_subnet_allow_list/);
  });

  test('UpCloud: control_plane_ip_filter', () => {
    const config = tf({
      resource: {
        upcloud_kubernetes_cluster: {
          open: { name: 'open', zone: 'de-fra1', network: 'n', control_plane_ip_filter: ['0.0.0.0/0'] },
          closed: { name: 'closed', zone: 'de-fra1', network: 'n', control_plane_ip_filter: ['192.0.2.0/24'] },
          none: { name: 'none', zone: 'de-fra1', network: 'n', control_plane_ip_filter: [] },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['upcloud_kubernetes_cluster.open']);
  });

  test('Scaleway: a cluster without scaleway_k8s_acl keeps the default 0.0.0.0/0 rule', () => {
    const cluster = { version: '1.31', cni: 'cilium', delete_additional_resources: true, private_network_id: 'pn', region: 'fr-par' };
    const config = tf({
      resource: {
        scaleway_k8s_cluster: { open: { name: 'open', ...cluster }, closed: { name: 'closed', ...cluster }, isolated: { name: 'isolated', ...cluster }, wide: { name: 'wide', ...cluster } },
        scaleway_k8s_acl: {
          closed: { cluster_id: '${scaleway_k8s_cluster.closed.id}', acl_rules: [{ ip: '192.0.2.0/24' }, { scaleway_ranges: true }] },
          isolated: { cluster_id: '${scaleway_k8s_cluster.isolated.id}', no_ip_allowed: true },
          wide: { cluster_id: '${scaleway_k8s_cluster.wide.id}', acl_rules: [{ ip: '0.0.0.0/0' }] },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['scaleway_k8s_acl.wide', 'scaleway_k8s_cluster.open']);
  });

  test('OVHcloud: ovh_cloud_project_kube_iprestrictions', () => {
    const config = tf({
      resource: {
        ovh_cloud_project_kube: { open: { service_name: 's', name: 'open', region: 'GRA11' }, closed: { service_name: 's', name: 'closed', region: 'GRA11' } },
        ovh_cloud_project_kube_iprestrictions: { closed: { service_name: 's', kube_id: '${ovh_cloud_project_kube.closed.id}', ips: ['10.42.0.0/16'] } },
      },
    });
    expect(flagged(config, P)).toEqual(['ovh_cloud_project_kube.open']);
  });

  test('STACKIT: the ACL extension or an SNA-only control plane', () => {
    const base = { project_id: 'p', kubernetes_version_min: '1.31', node_pools: [] };
    const config = tf({
      resource: {
        stackit_ske_cluster: {
          open: { name: 'open', ...base },
          acl: { name: 'acl', ...base, extensions: { acl: { enabled: true, allowed_cidrs: ['192.0.2.0/24'] } } },
          sna: { name: 'sna', ...base, network: { id: 'n', control_plane: { access_scope: 'SNA' } } },
          wide: { name: 'wide', ...base, extensions: { acl: { enabled: true, allowed_cidrs: ['0.0.0.0/0'] } } },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['stackit_ske_cluster.open', 'stackit_ske_cluster.wide']);
  });

  test('Exoscale: SKS has no allow list, so every cluster is reported', () => {
    const config = tf({ resource: { exoscale_sks_cluster: { c: { name: 'c', zone: 'de-fra-1' } } } });
    expect(flagged(config, P)).toEqual(['exoscale_sks_cluster.c']);
    expect(messagesOf(config, 'exoscale_sks_cluster.c')).toMatch(/offers no API allow list/);
  });

  test('Open Telekom Cloud: a CCE cluster with an EIP exposes its API', () => {
    const base = { flavor_id: 'cce.s1.small', cluster_type: 'VirtualMachine', vpc_id: 'v', subnet_id: 's', container_network_type: 'overlay_l2' };
    const config = tf({
      resource: { opentelekomcloud_cce_cluster_v3: { pub: { name: 'pub', ...base, eip: '${opentelekomcloud_vpc_eip_v1.api.publicip[0].ip_address}' }, priv: { name: 'priv', ...base } } },
    });
    expect(flagged(config, P)).toEqual(['opentelekomcloud_cce_cluster_v3.pub']);
  });

  test('AWS EKS, Azure AKS, Google GKE', () => {
    const config = tf({
      resource: {
        aws_eks_cluster: {
          dflt: { name: 'dflt', role_arn: 'r', vpc_config: [{ subnet_ids: ['a'] }] },
          priv: { name: 'priv', role_arn: 'r', vpc_config: [{ subnet_ids: ['a'], endpoint_public_access: false, endpoint_private_access: true }] },
          cidrs: { name: 'cidrs', role_arn: 'r', vpc_config: [{ subnet_ids: ['a'], public_access_cidrs: ['192.0.2.0/24'] }] },
        },
        azurerm_kubernetes_cluster: {
          open: { name: 'open', location: 'westeurope' },
          ranges: { name: 'ranges', location: 'westeurope', api_server_access_profile: { authorized_ip_ranges: ['192.0.2.0/24'] } },
          priv: { name: 'priv', location: 'westeurope', private_cluster_enabled: true },
        },
        google_container_cluster: {
          open: { name: 'open', location: 'europe-west3' },
          nets: { name: 'nets', location: 'europe-west3', master_authorized_networks_config: [{ cidr_blocks: [{ cidr_block: '192.0.2.0/24' }] }] },
          world: { name: 'world', location: 'europe-west3', master_authorized_networks_config: [{ cidr_blocks: [{ cidr_block: '0.0.0.0/0' }] }] },
          priv: { name: 'priv', location: 'europe-west3', private_cluster_config: [{ enable_private_nodes: true, enable_private_endpoint: true }] },
        },
      },
    });
    expect(flagged(config, P)).toEqual([
      'aws_eks_cluster.dflt',
      'azurerm_kubernetes_cluster.open',
      'google_container_cluster.open',
      'google_container_cluster.world',
    ]);
    expect(messagesOf(config, 'aws_eks_cluster.dflt')).toMatch(/public_access_cidrs is not set \(default 0\.0\.0\.0\/0\)/);
  });

  test('an allow list from an unknown expression cannot be verified', () => {
    const config = tf({ resource: { ionoscloud_k8s_cluster: { c: { name: 'c', api_subnet_allow_list: '${var.admins}' } } } });
    expect(messagesOf(config, 'ionoscloud_k8s_cluster.c')).toMatch(/cannot be verified before apply/);
  });
});

describe('Kubernetes Services', () => {
  /** A cluster of `type` plus a kubernetes provider pointed at it, and the Services given. */
  function onCluster(type: string, body: Record<string, unknown>, services: Record<string, unknown>) {
    return tf({
      provider: { kubernetes: { host: `\${${type}.c.id}` } },
      resource: { [type]: { c: body }, kubernetes_service_v1: services },
    });
  }
  const lb = (annotations?: Record<string, string>) => ({ metadata: { name: 'lb', annotations }, spec: { type: 'LoadBalancer', port: [{ port: 443 }] } });

  test.each([
    ['scaleway_k8s_cluster', { name: 'c', region: 'fr-par' }, { 'service.beta.kubernetes.io/scw-loadbalancer-private': 'true' }],
    ['ovh_cloud_project_kube', { name: 'c', region: 'GRA11', service_name: 's' }, { 'service.beta.kubernetes.io/openstack-internal-load-balancer': 'true' }],
    ['opentelekomcloud_cce_cluster_v3', { name: 'c' }, { 'kubernetes.io/elb.class': 'performance', 'kubernetes.io/elb.autocreate': '{"type":"inner","name":"svc-lb"}' }],
    ['stackit_ske_cluster', { name: 'c', project_id: 'p', region: 'eu01' }, { 'lb.stackit.cloud/internal-lb': 'true' }],
    ['upcloud_kubernetes_cluster', { name: 'c', zone: 'de-fra1', network: 'n', control_plane_ip_filter: [] }, {
      'service.beta.kubernetes.io/upcloud-load-balancer-config': JSON.stringify({ networks: [{ name: 'private-IPv4', type: 'private', family: 'IPv4', uuid: 'u' }], frontends: [{ networks: [{ name: 'private-IPv4' }] }] }),
    }],
    ['aws_eks_cluster', { name: 'c', role_arn: 'r' }, { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal' }],
    ['azurerm_kubernetes_cluster', { name: 'c', location: 'westeurope' }, { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' }],
    ['google_container_cluster', { name: 'c', location: 'europe-west3' }, { 'networking.gke.io/load-balancer-type': 'Internal' }],
  ])('%s: a LoadBalancer is flagged unless it carries the provider\'s internal annotation', (type, cluster, internal) => {
    const config = onCluster(type, cluster, { pub: lb(), priv: lb(internal), np: { metadata: { name: 'np' }, spec: { type: 'NodePort' } }, ip: { metadata: { name: 'ip' }, spec: { port: [{ port: 80 }] } } });
    expect(flagged(config, P).filter((a) => a.startsWith('kubernetes_'))).toEqual(['kubernetes_service_v1.np', 'kubernetes_service_v1.pub']);
    expect(messagesOf(config, 'kubernetes_service_v1.pub')).toMatch(/without an internal-load-balancer annotation gets a public address \(the cluster runs on /);
    expect(messagesOf(config, 'kubernetes_service_v1.np')).toMatch(/spec\.type is NodePort/);
  });

  test('another provider\'s annotation does not make a Scaleway load balancer internal; the fix names the right one', () => {
    const config = onCluster('scaleway_k8s_cluster', { name: 'c', region: 'fr-par' }, { aws: lb({ 'service.beta.kubernetes.io/aws-load-balancer-internal': 'true' }) });
    const finding = findingsOf(config, P).find((f) => f.address === 'kubernetes_service_v1.aws')!;
    expect(finding.message).toMatch(/runs on Scaleway/);
    expect(finding.remediation).toMatch(/service\.beta\.kubernetes\.io\/scw-loadbalancer-private: "true"/);
  });

  test('annotation values are read as the catalog says: plain values, a JSON field with a default, every element of a JSON list', () => {
    const otc = Catalog.provider('otc').kubernetesLoadBalancer!.internalAnnotations[0];
    expect(otc.match).toBe(AnnotationValueMatch.JSON_FIELD_EQUALS);
    expect(internalAnnotationVerdict(otc, '{"type":"inner"}')).toBe(true);
    expect(internalAnnotationVerdict(otc, '{"name":"no-type"}')).toBe(true); // type defaults to inner
    expect(internalAnnotationVerdict(otc, '{"type":"public"}')).toBe(false);
    expect(internalAnnotationVerdict(otc, 'not json')).toBeUndefined();
    expect(internalAnnotationVerdict(otc, '${var.elb}')).toBeUndefined();
    const upcloud = Catalog.provider('upcloud').kubernetesLoadBalancer!.internalAnnotations[0];
    expect(internalAnnotationVerdict(upcloud, JSON.stringify({ networks: [{ type: 'private' }, { type: 'private' }] }))).toBe(true);
    expect(internalAnnotationVerdict(upcloud, JSON.stringify({ networks: [{ type: 'private' }, { type: 'public' }] }))).toBe(false);
    expect(internalAnnotationVerdict(upcloud, JSON.stringify({ networks: [] }))).toBe(false);
    const gke = Catalog.provider('gcp').kubernetesLoadBalancer!.internalAnnotations[0];
    expect(internalAnnotationVerdict(gke, ' Internal ')).toBe(true);
    expect(internalAnnotationVerdict(gke, 'External')).toBe(false);
  });

  test('UpCloud: a load balancer with a public network next to the private one is flagged', () => {
    const config = onCluster('upcloud_kubernetes_cluster', { name: 'c', zone: 'de-fra1', network: 'n', control_plane_ip_filter: [] }, {
      mixed: lb({ 'service.beta.kubernetes.io/upcloud-load-balancer-config': JSON.stringify({ networks: [{ name: 'a', type: 'private' }, { name: 'b', type: 'public' }] }) }),
    });
    expect(flagged(config, P).filter((a) => a.startsWith('kubernetes_'))).toEqual(['kubernetes_service_v1.mixed']);
    expect(messagesOf(config, 'kubernetes_service_v1.mixed')).toMatch(/runs on UpCloud/);
  });

  test('OTC: an autocreated public ELB is flagged; an existing ELB cannot be verified', () => {
    const config = onCluster('opentelekomcloud_cce_cluster_v3', { name: 'c' }, {
      pub: lb({ 'kubernetes.io/elb.autocreate': '{"type":"public","bandwidth_name":"bw","bandwidth_size":5}' }),
      existing: lb({ 'kubernetes.io/elb.id': 'elb-1234' }),
    });
    expect(flagged(config, P).filter((a) => a.startsWith('kubernetes_'))).toEqual(['kubernetes_service_v1.existing', 'kubernetes_service_v1.pub']);
    expect(messagesOf(config, 'kubernetes_service_v1.existing')).toMatch(/bound to an existing load balancer \(kubernetes\.io\/elb\.id\)/);
  });

  test('Exoscale and IONOS have no internal option: every LoadBalancer is public', () => {
    for (const [type, cluster] of [['exoscale_sks_cluster', { name: 'c', zone: 'de-fra-1' }], ['ionoscloud_k8s_cluster', { name: 'c', api_subnet_allow_list: ['192.0.2.0/24'] }]] as const) {
      const config = onCluster(type, cluster, { pub: lb({ 'service.beta.kubernetes.io/openstack-internal-load-balancer': 'true' }) });
      expect(flagged(config, P).filter((a) => a.startsWith('kubernetes_'))).toEqual(['kubernetes_service_v1.pub']);
    }
    const ionos = onCluster('ionoscloud_k8s_cluster', { name: 'c' }, { pub: lb() });
    const finding = findingsOf(ionos, P).find((f) => f.address === 'kubernetes_service_v1.pub')!;
    expect(finding.message).toMatch(/no internal option is documented/);
    expect(finding.dependsOnUnverifiedFact).toBe(true);
  });

  test('Hetzner (self-managed cluster, provider unknown): any known internal annotation is accepted', () => {
    const config = tf({
      resource: {
        kubernetes_service: {
          hetzner: [{ metadata: [{ name: 'a', annotations: { 'load-balancer.hetzner.cloud/disable-public-network': 'true' } }], spec: [{ type: 'LoadBalancer' }] }],
          pub: [{ metadata: [{ name: 'b' }], spec: [{ type: 'LoadBalancer' }] }],
        },
      },
    });
    expect(flagged(config, P)).toEqual(['kubernetes_service.pub']);
    expect(messagesOf(config, 'kubernetes_service.pub')).toMatch(/the cluster's provider is unknown/);
  });

  test('load_balancer_source_ranges restrict where the controller honours them (Scaleway) but not on Hetzner-style unknowns with 0.0.0.0/0', () => {
    const config = onCluster('scaleway_k8s_cluster', { name: 'c', region: 'fr-par' }, {
      office: { metadata: { name: 'o' }, spec: { type: 'LoadBalancer', load_balancer_source_ranges: ['192.0.2.0/24'] } },
      world: { metadata: { name: 'w' }, spec: { type: 'LoadBalancer', load_balancer_source_ranges: ['0.0.0.0/0'] } },
    });
    expect(flagged(config, P).filter((a) => a.startsWith('kubernetes_'))).toEqual(['kubernetes_service_v1.world']);
  });

  test('a type or annotation from an unknown expression cannot be verified', () => {
    const config = tf({
      resource: {
        kubernetes_service_v1: {
          t: { metadata: { name: 't' }, spec: { type: '${var.service_type}' } },
          a: { metadata: { name: 'a', annotations: { 'service.beta.kubernetes.io/scw-loadbalancer-private': '${var.private}' } }, spec: { type: 'LoadBalancer' } },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['kubernetes_service_v1.a', 'kubernetes_service_v1.t']);
    expect(messagesOf(config, 'kubernetes_service_v1.t')).toMatch(/spec\.type \(\$\{var\.service_type\}\) cannot be verified before apply/);
    expect(messagesOf(config, 'kubernetes_service_v1.a')).toMatch(/cannot be verified before apply/);
  });
});

describe('metadata', () => {
  test('lists exactly the evaluated types, no wildcards', () => {
    const types = publicExposureRule.metadata.resourceTypes;
    expect(types.some((t) => t.endsWith('*'))).toBe(false);
    expect(types).toEqual(expect.arrayContaining(['hcloud_firewall', 'scaleway_k8s_acl', 'kubernetes_service_v1', 'ionoscloud_s3_bucket_public_access_block', 'upcloud_firewall_ruleset']));
  });

  test('every provider with managed Kubernetes has catalog load-balancer facts citing https sources', () => {
    const providers = Catalog.providers().filter((p) => p.capabilities.managedKubernetes.supported);
    expect(providers.map((p) => p.id).sort()).toEqual(['aws', 'azure', 'exoscale', 'gcp', 'ionos', 'openstack', 'otc', 'ovhcloud', 'scaleway', 'stackit', 'upcloud']);
    for (const provider of providers) {
      const fact = provider.kubernetesLoadBalancer;
      expect([provider.id, fact?.source]).toEqual([provider.id, expect.stringMatching(/^https:\/\//)]);
      for (const url of fact!.additionalSources ?? []) expect(url).toMatch(/^https:\/\//);
      for (const marker of fact!.internalAnnotations) expect(marker.annotation).toMatch(/^[\w.-]+\/[\w.-]+$/);
    }
    // Hetzner has no managed Kubernetes, but its cloud controller manager's annotation is a catalog fact too.
    expect(Catalog.provider('hetzner').kubernetesLoadBalancer?.internalAnnotations.map((m) => m.annotation)).toEqual(['load-balancer.hetzner.cloud/disable-public-network']);
  });
});
