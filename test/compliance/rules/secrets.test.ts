import { RuleId } from '../../../lib/compliance/rules/ids';
import { findingsOf, flagged, tf } from '../helpers';

const S = RuleId.SECRETS;

/** Per provider: a resource type, a body with a literal secret, the flagged attribute, and the same body with the secret referenced. */
const CASES: Array<[string, string, Record<string, unknown>, string, Record<string, unknown>]> = [
  ['aws', 'aws_db_instance', { engine: 'postgres', username: 'app', password: 'hunter2' }, 'password', { engine: 'postgres', username: 'app', password: '${random_password.db.result}' }],
  ['azurerm', 'azurerm_postgresql_flexible_server', { name: 'db', administrator_login: 'app', administrator_password: 'hunter2' }, 'administrator_password',
    { name: 'db', administrator_login: 'app', administrator_password: '${data.azurerm_key_vault_secret.db.value}' }],
  ['google', 'google_sql_user', { name: 'app', instance: 'db', password: 'hunter2' }, 'password', { name: 'app', instance: 'db', password: '${var.db_password}' }],
  ['opentelekomcloud', 'opentelekomcloud_rds_instance_v3', { name: 'db', db: [{ type: 'PostgreSQL', version: '16', password: 'Hunter2!' }] }, 'db[0].password',
    { name: 'db', db: [{ type: 'PostgreSQL', version: '16', password: '${random_password.db.result}' }] }],
  ['stackit', 'stackit_telemetryrouter_destination', { display_name: 'd', config: { config_type: 'S3', s3: { bucket: 'b', endpoint: 'https://object.storage.eu01.onstackit.cloud', access_key: { id: 'AK', secret: 'sk-123' } } } },
    'config.s3.access_key.secret',
    { display_name: 'd', config: { config_type: 'S3', s3: { bucket: 'b', endpoint: 'https://object.storage.eu01.onstackit.cloud', access_key: { id: '${stackit_objectstorage_credential.c.access_key}', secret: '${stackit_objectstorage_credential.c.secret_access_key}' } } } }],
  ['ovh', 'ovh_cloud_key_manager_secret', { name: 's', payload: '${base64encode("my-secret-value")}', payload_content_type: 'TEXT_PLAIN' }, 'payload',
    { name: 's', payload: '${base64encode(random_password.p.result)}', payload_content_type: 'TEXT_PLAIN' }],
  ['scaleway', 'scaleway_rdb_instance', { name: 'db', engine: 'PostgreSQL-15', user_name: 'app', password: 'Hunter2!' }, 'password',
    { name: 'db', engine: 'PostgreSQL-15', user_name: 'app', password: '${random_password.db.result}' }],
  ['ionoscloud', 'ionoscloud_pg_cluster', { display_name: 'db', credentials: { username: 'app', password: 'Hunter2!' } }, 'credentials.password',
    { display_name: 'db', credentials: { username: 'app', password: '${random_password.db.result}' } }],
  ['hcloud', 'hcloud_server', { name: 'vm', server_type: 'cx22', image: 'debian-12', location: 'fsn1', user_data: '#cloud-config', rescue: 'linux64', labels: { api_token: 'abc123' } }, 'labels.api_token',
    { name: 'vm', server_type: 'cx22', image: 'debian-12', location: 'fsn1', labels: { role: 'web' } }],
  ['exoscale', 'exoscale_sks_cluster', { zone: 'de-fra-1', name: 'k', audit: [{ enabled: true, endpoint: 'https://audit.example.eu', bearer_token: 'tok-123' }] }, 'audit[0].bearer_token',
    { zone: 'de-fra-1', name: 'k', audit: [{ enabled: true, endpoint: 'https://audit.example.eu', bearer_token: '${var.audit_token}' }] }],
  ['upcloud', 'upcloud_managed_database_postgresql', { name: 'db', plan: '1x1xCPU-2GB-25GB', zone: 'de-fra1', properties: { admin_password: 'Hunter2!', admin_username: 'app' } }, 'properties.admin_password',
    { name: 'db', plan: '1x1xCPU-2GB-25GB', zone: 'de-fra1', properties: { admin_username: 'app' } }],
  ['helm', 'helm_release', { name: 'db', chart: 'postgresql', set_sensitive: [{ name: 'auth.postgresPassword', value: 'Hunter2!' }] }, 'set_sensitive[0].value',
    { name: 'db', chart: 'postgresql', set_sensitive: [{ name: 'auth.postgresPassword', value: '${random_password.db.result}' }] }],
];

describe('SOV-SECRETS: literal secrets in resources, per provider', () => {
  test.each(CASES)('%s: %s', (_provider, type, secret, attribute, referenced) => {
    const config = tf({ resource: { [type]: { literal: secret, referenced } }, variable: { db_password: { type: 'string', sensitive: true }, audit_token: { type: 'string' } } });
    expect(flagged(config, S)).toEqual([`${type}.literal`]);
    const [finding] = findingsOf(config, S);
    expect(finding.attribute).toBe(attribute);
    expect(finding.message).toMatch(/A secret is written into the configuration: .* is a literal/);
  });
});

describe('SOV-SECRETS: provider credentials', () => {
  test('literal credentials in provider blocks are flagged; environment or references are fine', () => {
    const config = tf({
      provider: {
        hcloud: { token: 'hc-abcdef' },
        scaleway: { access_key: 'SCWXXXX', secret_key: '11111111-2222-3333-4444-555555555555', region: 'fr-par' },
        aws: [{ region: 'eu-central-1', access_key: '${var.ak}', secret_key: '${var.sk}' }, { alias: 'scw', region: 'fr-par', access_key: 'AK', secret_key: 'SK' }],
        exoscale: { key: 'EXO123', secret: '${var.exo_secret}' },
        ovh: { endpoint: 'ovh-eu', application_key: 'ak', application_secret: 'as', consumer_key: 'ck' },
        stackit: { default_region: 'eu01', service_account_key: '{"id":"x"}' },
        upcloud: { username: 'u', password: '${var.upcloud_password}' },
      },
      variable: { ak: { type: 'string' }, sk: { type: 'string', sensitive: true }, exo_secret: { type: 'string' }, upcloud_password: { type: 'string', default: 'Hunter2!' } },
    });
    expect(flagged(config, S)).toEqual(['provider.aws.scw', 'provider.exoscale', 'provider.hcloud', 'provider.ovh', 'provider.scaleway', 'provider.stackit', 'provider.upcloud']);
    const byAttr = (address: string) => findingsOf(config, S).filter((f) => f.address === address).map((f) => f.attribute).sort();
    expect(byAttr('provider.scaleway')).toEqual(['access_key', 'secret_key']);
    expect(byAttr('provider.ovh')).toEqual(['application_key', 'application_secret', 'consumer_key']);
    expect(byAttr('provider.exoscale')).toEqual(['key']);
    const upcloud = findingsOf(config, S).find((f) => f.address === 'provider.upcloud')!;
    expect(upcloud.message).toMatch(/password takes var.upcloud_password, whose default is a literal/);
    expect(upcloud.remediation).toMatch(/Remove the default/);
  });
});

describe('SOV-SECRETS: Kubernetes', () => {
  test('secret data with literal values is one finding listing the keys; references are fine', () => {
    const config = tf({
      resource: {
        kubernetes_secret_v1: {
          literal: { metadata: { name: 'db' }, data: { username: 'app', password: 'Hunter2!' } },
          referenced: { metadata: { name: 'db2' }, data: { password: '${random_password.db.result}' } },
        },
        kubernetes_secret: { bin: { metadata: [{ name: 'tls' }], binary_data: [{ 'tls.key': 'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJn' }] } },
        kubernetes_manifest: { s: { manifest: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'm' }, stringData: { token: 'abc' } } } },
      },
    });
    expect(flagged(config, S)).toEqual(['kubernetes_manifest.s', 'kubernetes_secret.bin', 'kubernetes_secret_v1.literal']);
    const literal = findingsOf(config, S).filter((f) => f.address === 'kubernetes_secret_v1.literal');
    expect(literal).toHaveLength(1);
    // A user name is not a secret, even inside a Secret (issue 16, class 8): only the password is listed.
    expect(literal[0].message).toMatch(/data holds literal values for "password"\./);
  });

  test('a key name passed from a variable named like a secret is not a secret; a password variable is', () => {
    // items.key / secret_key_ref.key name an entry of the Secret
    // (https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1#key-2).
    const pod = (key: string, value: string) => ({
      metadata: { name: 'app' },
      spec: [{
        selector: [{ match_labels: { app: 'app' } }],
        template: [{
          metadata: [{ labels: { app: 'app' } }],
          spec: [{
            container: [{ name: 'app', image: 'app:1', env: [{ name: 'TOKEN', value_from: [{ secret_key_ref: [{ name: 'creds', key }] }] }, { name: 'MODE', value }] }],
            volume: [{ name: 'rc', secret: [{ secret_name: '${var.rc_secret_name}', items: [{ key, path: '.terraformrc' }] }] }],
          }],
        }],
      }],
    });
    const config = tf({
      variable: {
        rc_secret_name: { default: 'terraformrc' },
        rc_secret_key: { default: 'credentials' },
        admin_password: { default: 'Hunter2!' },
      },
      resource: {
        kubernetes_deployment_v1: {
          names: pod('${var.rc_secret_key}', 'prod'),
          leak: pod('token', '${var.admin_password}'),
        },
      },
    });
    expect(findingsOf(config, S).map((f) => [f.address, f.attribute])).toEqual([
      ['kubernetes_deployment_v1.leak', 'spec[0].template[0].spec[0].container[0].env[1].value'],
    ]);
  });

  test('container env entries and config map keys named like secrets are flagged', () => {
    const config = tf({
      resource: {
        kubernetes_deployment_v1: {
          app: {
            metadata: { name: 'app' },
            spec: {
              template: {
                spec: {
                  container: [{
                    name: 'app',
                    image: 'app:1',
                    env: [
                      { name: 'LOG_LEVEL', value: 'info' },
                      { name: 'DB_PASSWORD', value: 'Hunter2!' },
                      { name: 'API_TOKEN', value_from: { secret_key_ref: { name: 'api', key: 'token' } } },
                    ],
                  }],
                },
              },
            },
          },
        },
        kubernetes_config_map_v1: { cfg: { metadata: { name: 'cfg' }, data: { 'smtp.password': 'mailpw', 'smtp.host': 'mail.example.eu' } } },
      },
    });
    expect(flagged(config, S)).toEqual(['kubernetes_config_map_v1.cfg', 'kubernetes_deployment_v1.app']);
    const app = findingsOf(config, S).filter((f) => f.address === 'kubernetes_deployment_v1.app');
    expect(app.map((f) => f.attribute)).toEqual(['spec.template.spec.container[0].env[1].value']);
    expect(app[0].message).toMatch(/\(DB_PASSWORD\) is a literal value/);
  });
});

describe('SOV-SECRETS: variables, locals and non-secrets', () => {
  test('variable defaults and locals that carry secrets are reported on the resource that uses them', () => {
    const config = {
      ...tf({
        variable: {
          admin_password: { type: 'string', default: 'changeme' },
          conn: { type: 'string', sensitive: true, default: 'postgres://app:pw@db/app' },
          region: { type: 'string', default: 'fr-par' },
          api_key: { type: 'string' },
        },
        resource: {
          scaleway_rdb_instance: {
            a: { name: 'a', engine: 'PostgreSQL-15', password: '${var.admin_password}', region: '${var.region}' },
            b: { name: 'b', engine: 'PostgreSQL-15', password: '${var.api_key}' },
          },
          scaleway_secret_version: { s: { secret_id: 'x', data: '${var.conn}' } },
          scaleway_instance_server: { vm: { type: 'DEV1-S', image: 'debian', user_data: { token: '${local.bootstrap_token}' } } },
        },
      }),
      locals: { bootstrap_token: 'K10abc::server:xyz' },
    };
    expect(flagged(config, S)).toEqual(['scaleway_instance_server.vm', 'scaleway_rdb_instance.a', 'scaleway_secret_version.s']);
    const messages = findingsOf(config, S).map((f) => f.message).join('\n');
    expect(messages).toMatch(/password takes var.admin_password, whose default is a literal/);
    expect(messages).toMatch(/data takes var.conn, whose default is a literal \(the variable is marked sensitive/);
    expect(messages).toMatch(/user_data.token takes local.bootstrap_token, which is a literal/);
  });

  test('names that only look like secrets, empty values and secret references are not flagged', () => {
    const config = tf({
      resource: {
        aws_efs_file_system: { fs: { creation_token: 'my-fs' } },
        aws_db_instance: { db: { engine: 'postgres', password: '', manage_master_user_password: true } },
        kubernetes_secret_v1: { sa: { metadata: { name: 't' }, type: 'kubernetes.io/service-account-token' } },
        aws_ssm_parameter: { plain: { name: '/app/region', type: 'String', value: 'eu-central-1' }, secure: { name: '/app/db', type: 'SecureString', value: 'Hunter2!' } },
        stackit_objectstorage_credential: { c: { project_id: 'p', credentials_group_id: 'g', expiration_timestamp: '2027-01-01T00:00:00Z' } },
      },
    });
    expect(flagged(config, S)).toEqual(['aws_ssm_parameter.secure']);
  });
});

describe('SOV-SECRETS: helm chart values', () => {
  const release = (values: string[]) => tf({ resource: { helm_release: { r: { name: 'r', chart: 'keycloak', values } } } });

  test('literal passwords in YAML values and in yamlencode({...}) are flagged, by key', () => {
    const yaml = 'auth:\n  postgresPassword: "S3cr3t-Postgres!"\n  username: app\nprimary:\n  persistence:\n    size: 8Gi\n';
    const hcl = '${yamlencode({ auth = { adminUser = "admin", adminPassword = "Keycloak-Admin-2024!" } })}';
    expect(findingsOf(release([yaml, hcl]), S).map((f) => [f.attribute, f.message])).toEqual([
      ['values[0].postgresPassword', 'A secret is written into the configuration: values[0] sets postgresPassword to a literal value.'],
      ['values[1].adminPassword', 'A secret is written into the configuration: values[1] sets adminPassword to a literal value.'],
    ]);
  });

  test('references to secrets, expressions and empty values are not flagged', () => {
    const yaml = [
      'auth:',
      '  existingSecret: keycloak-admin',
      '  passwordSecretKey: admin-password',
      '  secretName: db-credentials',
      '  adminPassword: ""',
      '  apiToken: "{{ .Values.global.token }}"',
    ].join('\n');
    const hcl = '${yamlencode({ auth = { adminPassword = random_password.admin.result, clientSecret = var.client_secret } })}';
    expect(flagged(release([yaml, hcl]), S)).toEqual([]);
  });
});

describe('SOV-SECRETS: connection blocks of provisioners', () => {
  // https://developer.hashicorp.com/terraform/language/resources/provisioners/connection:
  // password, private_key, bastion_password and bastion_private_key are the login credentials.
  const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----\n';

  test('a literal private key or password in a resource or provisioner connection is flagged', () => {
    const config = tf({
      resource: {
        openstack_compute_instance_v2: {
          key: { name: 'a', connection: { type: 'ssh', user: 'debian', host: '${self.access_ip_v4}', private_key: PEM } },
          pw: { name: 'b', provisioner: [{ 'remote-exec': { inline: ['uptime'], connection: { type: 'ssh', user: 'root', password: 'Sup3rS3cret!', host: '10.0.0.5' } } }] },
          jump: { name: 'c', connection: [{ type: 'ssh', host: '10.0.0.6', private_key: '${file("~/.ssh/id_ed25519")}', bastion_host: 'bastion.example.org', bastion_password: 'Jump!2024' }] },
        },
      },
    });
    const findings = findingsOf(config, S);
    expect(findings.map((f) => [f.address, f.attribute])).toEqual([
      ['openstack_compute_instance_v2.jump', 'connection[0].bastion_password'],
      ['openstack_compute_instance_v2.key', 'connection.private_key'],
      ['openstack_compute_instance_v2.pw', 'provisioner[0].remote-exec.connection.password'],
    ]);
  });

  test('keys read from files, generated keys, agents and sensitive variables without default are fine', () => {
    const config = tf({
      variable: { root_password: { type: 'string', sensitive: true } },
      resource: {
        openstack_compute_instance_v2: {
          file: { name: 'a', connection: { type: 'ssh', user: 'debian', host: '${self.access_ip_v4}', private_key: '${file(var.ssh_key_path)}' } },
          tls: { name: 'b', connection: { type: 'ssh', user: 'debian', host: '10.0.0.5', private_key: '${tls_private_key.deploy.private_key_pem}', host_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG' } },
          agent: { name: 'c', provisioner: [{ 'remote-exec': { inline: ['uptime'], connection: { type: 'ssh', user: 'root', agent: true, host: '10.0.0.6' } } }] },
          var: { name: 'd', connection: { type: 'winrm', user: 'Administrator', password: '${var.root_password}', host: '10.0.0.7' } },
        },
      },
    });
    expect(flagged(config, S)).toEqual([]);
  });
});

describe('SOV-SECRETS: what is not a secret in configurations written by others', () => {
  test('user data that is an expression Terraform cannot resolve: its HCL arguments are not password lines', () => {
    const server = (userData: string) => tf({
      variable: { password: { type: 'string' } },
      resource: { upcloud_server: { vault: { hostname: 'vault', zone: 'fi-hel1', plan: '1xCPU-1GB', user_data: userData } } },
    });
    // templatefile() over module outputs, as Terraform JSON writes it: `password = var.password` is an argument of the call.
    const expression = '${templatefile("${path.module}/user_data.tftpl", { index = each.key,\n  key_ring = module.unseal.key_ring,\n  password = var.password, })}';
    expect(flagged(server(expression), S)).toEqual([]);
    // A literal written into the same call is still one.
    const literal = '${templatefile("${path.module}/user_data.tftpl", { index = each.key,\n  key_ring = module.unseal.key_ring,\n  password = "Vault-Unseal-2024", })}';
    expect(flagged(server(literal), S)).toEqual(['upcloud_server.vault']);
  });

  test('secret data entries that name where and how (a region from a variable, a backend) are not secrets; the password is', () => {
    const config = tf({
      variable: { region: { default: 'europe-1' }, s3_secret: { default: 'Sup3r-S3cret-Key' } },
      resource: {
        kubernetes_secret: {
          s3: { metadata: [{ name: 's3' }], data: { REGION: '${var.region}', BUCKET: 'lake', SECRET_ACCESS_KEY: '${var.s3_secret}' } },
          catalog: { metadata: [{ name: 'catalog' }], data: { CATALOG__SECRETS_BACKEND: 'Postgres', CATALOG__AUTHZ_BACKEND: 'allowall', CATALOG__PG_PASSWORD: '${random_password.pg.result}' } },
        },
      },
    });
    expect(findingsOf(config, S).map((f) => [f.address, f.attribute])).toEqual([['kubernetes_secret.s3', 'data.SECRET_ACCESS_KEY']]);
  });

  test('chart values that name the key of a file inside a secret (configSecretKey: config.yaml) are not secrets', () => {
    const values = 'zitadel:\n  configSecretName: zitadel-credentials\n  configSecretKey: config.yaml\n  tls:\n    secretKey: tls.key\n';
    const config = tf({ resource: { helm_release: { z: { name: 'z', chart: 'zitadel', values: [values] } } } });
    expect(flagged(config, S)).toEqual([]);
    const literal = tf({ resource: { helm_release: { z: { name: 'z', chart: 'zitadel', values: ['auth:\n  clientSecret: k3y-0f-the-client.2024\n'] } } } });
    expect(flagged(literal, S)).toEqual(['helm_release.z']);
  });
});

describe('SOV-SECRETS: secret manager payloads that are documents', () => {
  // Terraform JSON of `data = jsonencode({ … })`, as the HCL loader writes it.
  const secretVersion = (data: string, variable: Record<string, unknown> = {}) => tf({
    variable,
    resource: { scaleway_secret_version: { v: { secret_id: '${scaleway_secret.s.id}', data } } },
  });

  test('an object of settings (model names, timeouts) holds no secret; a key named like one with a literal does', () => {
    const settings = '${jsonencode({\n  VISION_MODEL = "qwen-vl-max"\n  API_TIMEOUT_SECONDS = "30"\n  CACHE_ENABLED = "true"\n})}';
    expect(flagged(secretVersion(settings), S)).toEqual([]);
    const withKey = '${jsonencode({\n  MODEL = "qwen-max"\n  API_KEY = "sk-live-51Hc8a0b"\n})}';
    expect(findingsOf(secretVersion(withKey), S).map((f) => f.attribute)).toEqual(['data.API_KEY']);
  });

  test('a variable with a literal default is a secret under a secret key only', () => {
    const variable = { ai_model: { default: 'mistral-small-3.2' }, api_key: { type: 'string' }, shared_token: { default: 'tok-2024-shared' } };
    const json = (token: string) => `\${jsonencode({\n  QWEN_API_KEY = var.api_key\n  QWEN_MODEL   = var.ai_model\n  TOKEN        = ${token}\n})}`;
    expect(flagged(secretVersion(json('random_password.t.result'), variable), S)).toEqual([]);
    expect(findingsOf(secretVersion(json('var.shared_token'), variable), S).map((f) => [f.attribute, f.message])).toEqual([
      ['data.TOKEN', 'A secret is written into the configuration: data.TOKEN takes var.shared_token, whose default is a literal.'],
    ]);
  });

  test('a connection string is judged by its password: a user name with a default is none', () => {
    const variable = { db_user: { default: 'onboarding' }, db_password: { type: 'string', sensitive: true }, weak: { default: 'Onb0arding!' } };
    const url = (password: string) => `postgresql://\${var.db_user}:${password}@\${scaleway_rdb_instance.main.private_network[0].ip}:5432/app`;
    expect(flagged(secretVersion(url('${var.db_password}'), variable), S)).toEqual([]);
    expect(findingsOf(secretVersion(url('${var.weak}'), variable), S).map((f) => f.message)).toEqual([
      'A secret is written into the configuration: data (the password of a connection string) takes var.weak, whose default is a literal.',
    ]);
    expect(findingsOf(secretVersion(url('Hunter2-db'), variable), S).map((f) => f.message)).toEqual([
      'A secret is written into the configuration: data holds a password inside a connection string (postgresql://…:…@).',
    ]);
  });

  test('a payload that is not a document stays a secret as a whole', () => {
    expect(flagged(secretVersion('${base64encode("plain-secret-value")}'), S)).toEqual(['scaleway_secret_version.v']);
    expect(flagged(secretVersion('prefix-${var.x}', { x: { default: 'abc-123-def' } }), S)).toEqual(['scaleway_secret_version.v']);
  });
});

describe('SOV-SECRETS: values of the resource instance', () => {
  test('lookup(each.value, "password") reads the instance\'s value: the quoted key is no literal secret', () => {
    const config = tf({
      variable: { users: { type: 'list(any)' } },
      resource: { scaleway_rdb_user: { u: { for_each: '${{ for u in var.users : u.name => u }}', instance_id: '${scaleway_rdb_instance.db.id}', name: '${each.key}', password: '${sensitive(lookup(each.value, "password"))}' } } },
    });
    expect(flagged(config, S)).toEqual([]);
  });
});
