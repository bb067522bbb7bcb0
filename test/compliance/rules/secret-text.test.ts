import { findSecretsInText, isPlaceholder } from '../../../lib/compliance/rules/secret-text';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { findingsOf, flagged, tf } from '../helpers';

/*
 * Issue 16, class 8: secrets outside password arguments — IPsec pre-shared keys, WireGuard
 * keys, private keys and passwords inside user data / cloud-init, passwords inside connection
 * strings — and the traps that look like secrets but are not (public keys, placeholders,
 * rotation triggers, IDs).
 */

const S = RuleId.SECRETS;

const PEM = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  '-----END OPENSSH PRIVATE KEY-----',
].join('\n');

describe('secret text detection (lib/compliance/rules/secret-text.ts)', () => {
  test.each([
    ['a PEM private key', `#cloud-config\nwrite_files:\n  - content: |\n      ${PEM}\n`, 'a private key (BEGIN OPENSSH PRIVATE KEY)'],
    ['an RSA PEM private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n-----END RSA PRIVATE KEY-----', 'a private key (BEGIN RSA PRIVATE KEY)'],
    ['a password in a connection string', 'DATABASE_URL=postgres://app:Vq8#rT2mLx9Zp4@10.0.1.5:5432/orders', 'a password inside a connection string (postgres://app:…@)'],
    ['a password without a user name', 'REDIS_URL=redis://:Zp4Vq8rT2mLx9@cache:6379/0', 'a password inside a connection string (redis://:…@)'],
    ['a cloud-init chpasswd password line', '#cloud-config\nchpasswd:\n  users:\n    - name: root\n      password: Tr0ub4dor&3\n      type: text\n', 'a password line (password: …)'],
    ['echo user:password | chpasswd', "runcmd:\n  - echo 'root:S3cr3t-Pw' | chpasswd\n", 'a password piped into chpasswd'],
    ['SQL IDENTIFIED BY', "runcmd:\n  - mysql -e \"ALTER USER 'root'@'localhost' IDENTIFIED BY 'xK9!vQ2#pL7m';\"\n", 'a password in SQL (IDENTIFIED BY …)'],
    ['a password on a command line', "runcmd:\n  - grafana-cli admin reset-admin-password 'Gr4f4na-Adm1n'\n", 'a password on a command line (reset-admin-password …)'],
    ['a token line', 'api_url: https://metrics.example.org\napi_token: glc_eyJvIjoiMTIzNDU2In0=\n', 'a secret line (api_token: …)'],
    ['an env secret key', 'AWS_ACCESS_KEY_ID=SCWQ7K3M9X2B4N6P8R1T\nAWS_SECRET_ACCESS_KEY=8f3c1a7e-52b9-4d6e-9a0f-3b7c2d1e5f94', 'a secret line (AWS_SECRET_ACCESS_KEY=…)'],
    ['a Docker registry auth', '{"auths": {"registry.example.org": {"auth": "Y2ktYm90OnJlZy10b2tlbi05UXoy"}}}', 'a registry credential ("auth": …)'],
    ['a WireGuard private key', '[Interface]\nPrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\nAddress = 10.0.0.1/24\n', 'a secret line (PrivateKey = …)'],
  ])('finds %s', (_what, text, expected) => {
    expect(findSecretsInText(text, true)).toEqual([expected]);
  });

  test.each([
    ['a public SSH key in ssh_authorized_keys', '#cloud-config\nssh_authorized_keys:\n  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBv7yTq2Lm9 deploy@ci\n'],
    ['a public key block', '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----'],
    ['packages only', '#cloud-config\npackages:\n  - nginx\n'],
    ['a connection string without a password', 'postgres://app@10.0.1.5:5432/orders'],
    ['a URL with a port and an @ in its path', 'https://example.org:8443/users/@me'],
    ['an ssh git URL', 'ssh://git@git.example.org:2222/infra/modules.git'],
    ['a connection string with a placeholder password', 'postgres://app:<password>@db:5432/orders'],
    ['a connection string with a shell variable', 'postgres://app:${DB_PASSWORD}@db:5432/orders'],
    ['a password line read from a variable', 'password: $ROOT_PASSWORD\n'],
    ['a password line with a placeholder', 'password: <root-password>\n'],
    ['ssh_pwauth and lock_passwd flags', 'ssh_pwauth: true\nlock_passwd: false\n'],
    ['a password file path', 'password_file: /run/secrets/db\n'],
    // Too short to be any key (the smallest, PKCS#8 Ed25519, has 64 base64 characters): an example's stand-in.
    ['a private key block whose body is a stub', '-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----'],
    ['a private key block whose body is a few words of base64', '-----BEGIN RSA PRIVATE KEY-----\nY2VydGlmaWNhdGVfZGF0YQ==\n-----END RSA PRIVATE KEY---'],
  ])('ignores %s', (_what, text) => {
    expect(findSecretsInText(text, true)).toEqual([]);
  });

  test('outside user data only unmistakable formats count (private keys, connection strings), not key: value lines', () => {
    expect(findSecretsInText('password: Tr0ub4dor&3', false)).toEqual([]);
    expect(findSecretsInText('postgresql://crm:q7Vx2mLp9RtZ@db:5432/crm', false)).toEqual(['a password inside a connection string (postgresql://crm:…@)']);
  });

  test.each([
    ['REPLACE_ME', true], ['<your-api-secret>', true], ['EXO_API_KEY_PLACEHOLDER', true], ['your-password-here', true],
    // A well-known default password works when deployed as written: it is a (disclosed) credential, not a placeholder.
    ['changeme', false], ['admin', false],
    ['SCWXXXXXXXXXXXXXXXXX', true], ['00000000-0000-0000-0000-000000000000', true], ['********', true], ['TODO', true],
    ['Hunter2!', false], ['SCWXXXX', false], ['8f3c1a7e-52b9-4d6e-9a0f-3b7c2d1e5f94', false], ['m3tr1cs-Pg-9QzL!', false],
    ['-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', true],
    ['-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----', false],
    ['-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,5E2B6C1F0A9D3E4B\n\nMIIE\n-----END RSA PRIVATE KEY-----', true],
    // Text that asks for the value (`…_here`, `enter…`, `insert…`) and values elided with an ellipsis (documentation examples).
    ['database_password_here', true], ['api_secret_key_value_here', true], ['you_probably_want_to_use_env_vars_here', true],
    ['Put your key here', true], ['enter-your-token', true], ['insert_password', true],
    ['LS0tLS1CRUdJTiBQUkl...', true], ['MIIEvQIBADANBg…', true], ['...', true],
    ['Wh3re-here9', false], ['theresnohere2024!', false], ['hereIsMyP4ss', false], ['ab...cd', false],
    // A token's well-known prefix followed by filler, and text that says it is an example.
    ['eyJxxx', true], ['sk-xxxx', true], ['example-password', true], ['example-super-secret-key-tunnel2', true], ['my_example_secret', true],
    ['Maxxx2024!', false], ['examplepass', false], ['Counterexample-9!', false],
  ])('placeholder %s: %s', (value, expected) => {
    expect(isPlaceholder(value)).toBe(expected);
  });
});

describe('SOV-SECRETS: pre-shared keys and WireGuard keys, per provider', () => {
  test('OTC: a literal psk is an error; one from a sensitive variable without default is not', () => {
    const config = tf({
      variable: { branch_psk: { type: 'string', sensitive: true } },
      resource: {
        opentelekomcloud_vpnaas_site_connection_v2: { literal: { name: 'dc', psk: 'Dc-Tunnel!2024#sHaRed', peer_address: '198.51.100.50' } },
        opentelekomcloud_enterprise_vpn_connection_v5: { referenced: { name: 'b', psk: '${var.branch_psk}', vpn_type: 'static' } },
      },
    });
    expect(flagged(config, S)).toEqual(['opentelekomcloud_vpnaas_site_connection_v2.literal']);
    const [f] = findingsOf(config, S);
    expect(f.attribute).toBe('psk');
    expect(f.message).toBe('A secret is written into the configuration: psk is a literal value.');
  });

  test('UpCloud: ipsec_auth_psk { psk } literal is an error; a variable is not', () => {
    const config = tf({
      variable: { branch_psk: { type: 'string', sensitive: true } },
      resource: {
        upcloud_gateway_connection_tunnel: {
          literal: { name: 'p', remote_address: '198.51.100.77', ipsec_auth_psk: [{ psk: 'hQ-tunnel-7Xk2#pL9vR4mZ' }] },
          referenced: { name: 'b', remote_address: '198.51.100.78', ipsec_auth_psk: [{ psk: '${var.branch_psk}' }] },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['upcloud_gateway_connection_tunnel.literal']);
    expect(findingsOf(config, S)[0].attribute).toBe('ipsec_auth_psk[0].psk');
  });

  test('STACKIT: a write-only pre_shared_key_wo literal is still in the repository', () => {
    const config = tf({
      variable: { psk: { type: 'string', sensitive: true, ephemeral: true } },
      resource: {
        stackit_vpn_connection: {
          literal: { display_name: 'hq', tunnel1: { remote_address: '198.51.100.20', pre_shared_key_wo: '9tG4#qLx2Vm8!rZp6Wc3' } },
          ephemeral: { display_name: 'dc', tunnel1: { remote_address: '203.0.113.20', pre_shared_key_wo: '${var.psk}' } },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['stackit_vpn_connection.literal']);
    expect(findingsOf(config, S)[0].attribute).toBe('tunnel1.pre_shared_key_wo');
  });

  test('IONOS: a WireGuard gateway private_key and an IPsec auth psk_key literal are errors; references are not', () => {
    const config = tf({
      resource: {
        ionoscloud_vpn_wireguard_gateway: {
          literal: { name: 'wg', location: 'de/fra', private_key: 'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=', gateway_ip: '203.0.113.4' },
          referenced: { name: 'wg2', location: 'de/fra', private_key: '${wireguard_asymmetric_key.gw.private_key}', gateway_ip: '203.0.113.5' },
        },
        ionoscloud_vpn_ipsec_tunnel: {
          literal: { name: 't', location: 'de/fra', remote_host: 'vpn.example.org', auth: [{ method: 'PSK', psk_key: 'X2wosbaw74M8hQGbK3jCCaEusR6CCFRa' }] },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['ionoscloud_vpn_ipsec_tunnel.literal', 'ionoscloud_vpn_wireguard_gateway.literal']);
    expect(findingsOf(config, S).map((f) => f.attribute).sort()).toEqual(['auth[0].psk_key', 'private_key']);
  });

  test('Exoscale: a WireGuard configuration with its PrivateKey in user_data is an error', () => {
    const wg = '#cloud-config\nwrite_files:\n  - path: /etc/wireguard/wg0.conf\n    content: |\n      [Interface]\n      PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\n      ListenPort = 51820\n';
    const config = tf({
      resource: {
        exoscale_compute_instance: {
          vpn: { zone: 'de-fra-1', name: 'vpn', user_data: wg },
          web: { zone: 'de-fra-1', name: 'web', user_data: '#cloud-config\npackages: [nginx]\n' },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['exoscale_compute_instance.vpn']);
    expect(findingsOf(config, S)[0].message).toMatch(/user_data holds a secret line \(PrivateKey = …\)/);
  });
});

describe('SOV-SECRETS: secrets inside user data and cloud-init, per provider', () => {
  test('Hetzner: a private key in user_data is an error; packages and a public key are not', () => {
    const config = tf({
      resource: {
        hcloud_server: {
          jump: { name: 'j', image: 'ubuntu-24.04', server_type: 'cx22', location: 'nbg1', user_data: `#cloud-config\nwrite_files:\n  - content: |\n      ${PEM}\n` },
          worker: { name: 'w', image: 'ubuntu-24.04', server_type: 'cx22', location: 'nbg1', user_data: '#cloud-config\nssh_authorized_keys:\n  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBv7 deploy@ci\n' },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['hcloud_server.jump']);
    const [f] = findingsOf(config, S);
    expect(f.attribute).toBe('user_data');
    expect(f.message).toBe('A secret is written into the configuration: user_data holds a private key (BEGIN OPENSSH PRIVATE KEY).');
  });

  test('Scaleway: a chpasswd password in the user_data map and a secret key in scaleway_instance_user_data.value are errors; a role name is not', () => {
    const config = tf({
      resource: {
        scaleway_instance_server: { runner: { name: 'r', type: 'DEV1-M', image: 'debian_bookworm', zone: 'fr-par-2', user_data: { 'cloud-init': '#cloud-config\nchpasswd:\n  users:\n    - name: root\n      password: Tr0ub4dor&3-runner\n' } } },
        scaleway_instance_user_data: {
          s3: { server_id: '${scaleway_instance_server.runner.id}', key: 's3-env', value: 'AWS_ACCESS_KEY_ID=SCWQ7K3M9X2B4N6P8R1T\nAWS_SECRET_ACCESS_KEY=8f3c1a7e-52b9-4d6e-9a0f-3b7c2d1e5f94' },
          role: { server_id: '${scaleway_instance_server.runner.id}', key: 'role', value: 'ci-runner' },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['scaleway_instance_server.runner', 'scaleway_instance_user_data.s3']);
    expect(findingsOf(config, S).map((f) => f.attribute)).toEqual(['user_data.cloud-init', 'value']);
  });

  test('OVHcloud: user_data taken from a local with passwords is an error; a package list is not', () => {
    const config = tf({
      locals: { bootstrap: "#cloud-config\nruncmd:\n  - mysql -uroot -e \"ALTER USER 'root'@'localhost' IDENTIFIED BY 'xK9!vQ2#pL7m';\"\n" },
      resource: {
        ovh_cloud_project_instance: {
          db: { name: 'db', region: 'WAW1', user_data: '${local.bootstrap}' },
          web: { name: 'web', region: 'WAW1', user_data: '#cloud-config\npackages:\n  - nginx\n' },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['ovh_cloud_project_instance.db']);
    expect(findingsOf(config, S)[0].message).toMatch(/user_data holds a password in SQL \(IDENTIFIED BY …\)/);
  });

  test('STACKIT: a Docker registry auth in user_data is an error', () => {
    const config = tf({
      resource: {
        stackit_server: {
          builder: { name: 'b', availability_zone: 'eu02-1', user_data: '#cloud-config\nwrite_files:\n  - content: |\n      {"auths": {"r.example.org": {"auth": "Y2ktYm90OnJlZy10b2tlbi05UXoy"}}}\n' },
          plain: { name: 'p', availability_zone: 'eu02-1', user_data: '#cloud-config\npackages: [docker.io]\n' },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['stackit_server.builder']);
  });

  test('OpenStack: admin_pass and an api_token in user_data are errors; key-pair login is not', () => {
    const config = tf({
      resource: {
        openstack_compute_instance_v2: {
          legacy: { name: 'l', admin_pass: 'Erp-Adm1n!2024-x7' },
          agent: { name: 'a', key_pair: 'ops', user_data: 'write_files:\n  - content: |\n      api_token: glc_eyJvIjoiMTIzNDU2In0=\n' },
          web: { name: 'w', key_pair: 'ops', user_data: '#cloud-config\npackages:\n  - caddy\n' },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['openstack_compute_instance_v2.agent', 'openstack_compute_instance_v2.legacy']);
  });
});

describe('SOV-SECRETS: connection strings and the traps', () => {
  test('Kubernetes: a password inside a ConfigMap connection string is an error; hosts, policies and trigger words are not', () => {
    const config = tf({
      resource: {
        kubernetes_config_map_v1: {
          settings: { metadata: [{ name: 's' }], data: { DATABASE_URL: 'postgresql://crm_app:q7Vx2mLp9RtZ@crm-db:5432/crm?sslmode=require', CACHE_TTL: '300' } },
          features: { metadata: [{ name: 'f' }], data: { DATABASE_HOST: 'crm-db.crm.svc', PASSWORD_POLICY: 'min-length=12', RESET_PASSWORD: 'reset' } },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['kubernetes_config_map_v1.settings']);
    const [f] = findingsOf(config, S);
    expect(f.attribute).toBe('data.DATABASE_URL');
    expect(f.message).toBe('A secret is written into the configuration: data.DATABASE_URL holds a password inside a connection string (postgresql://crm_app:…@).');
  });

  test('Kubernetes Secret: usernames, endpoints, regions and bucket names are not secrets; a password is', () => {
    const config = tf({
      resource: {
        kubernetes_secret_v1: {
          literal: { metadata: [{ name: 'a' }], data: { username: 'crm_admin', password: 'Sup3r-Crm-Adm1n!' } },
          generated: { metadata: [{ name: 'b' }], data: { username: 'crm_app', password: '${random_password.p.result}' } },
          location: { metadata: [{ name: 'c' }], data: { ENDPOINT: 'https://object.storage.eu01.onstackit.cloud', REGION: 'eu01', BUCKET: 'crm-attachments' } },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['kubernetes_secret_v1.literal']);
    expect(findingsOf(config, S)[0].message).toBe('A secret is written into the configuration: data holds literal values for "password".');
  });

  test('placeholders in variable defaults and provider credentials are not secrets; a real default is', () => {
    const config = tf({
      variable: {
        pg_admin_password: { type: 'string', sensitive: true, default: 'REPLACE_ME' },
        api_secret: { type: 'string', sensitive: true, default: '<your-api-secret>' },
        real: { type: 'string', sensitive: true, default: 'm3tr1cs-Pg-9QzL!' },
      },
      provider: {
        aws: { region: 'fr-par', access_key: 'SCWXXXXXXXXXXXXXXXXX', secret_key: '00000000-0000-0000-0000-000000000000' },
        exoscale: { key: 'EXO_API_KEY_PLACEHOLDER', secret: '${var.api_secret}' },
      },
      resource: {
        exoscale_dbaas: {
          placeholder: { zone: 'at-vie-2', name: 'a', type: 'pg', pg: [{ admin_password: '${var.pg_admin_password}' }] },
          real: { zone: 'at-vie-2', name: 'b', type: 'pg', pg: [{ admin_password: '${var.real}' }] },
          literal: { zone: 'at-vie-2', name: 'c', type: 'pg', pg: [{ admin_password: 'm3tr1cs-Pg-9QzL!' }] },
        },
      },
    });
    expect(flagged(config, S)).toEqual(['exoscale_dbaas.literal', 'exoscale_dbaas.real']);
  });

  test('rotation triggers and IDs are not secrets', () => {
    const config = tf({
      resource: {
        upcloud_managed_database_postgresql: { db: { name: 'db', zone: 'de-fra1', properties: [{ admin_username: 'app' }], password_reset: 'reset' } },
        aws_iam_access_key: { k: { user: 'ci', pgp_key: 'keybase:ci' } },
        aws_kms_key: { k: { description: 'k', key_id: 'mrk-1234abcd12ab34cd56ef1234567890ab' } },
      },
    });
    expect(flagged(config, S)).toEqual([]);
  });
});

describe('SOV-SECRETS: secrets in lists and in base64-encoded user data', () => {
  const cloudInit = '#cloud-config\nchpasswd:\n  users:\n    - name: root\n      password: Tr0ub4dor&3-vol\n';

  test('IONOS: a volume user_data given as base64 (as the provider requires) is decoded and searched; a harmless one is not flagged', () => {
    const config = tf({
      resource: {
        ionoscloud_volume: {
          secret: { name: 's', datacenter_id: '${ionoscloud_datacenter.dc.id}', size: 10, disk_type: 'SSD', user_data: Buffer.from(cloudInit).toString('base64') },
          plain: { name: 'p', datacenter_id: '${ionoscloud_datacenter.dc.id}', size: 10, disk_type: 'SSD', user_data: Buffer.from('#cloud-config\npackages: [nginx]\n').toString('base64') },
          encoded: { name: 'e', datacenter_id: '${ionoscloud_datacenter.dc.id}', size: 10, disk_type: 'SSD', user_data: '${base64encode(local.init)}' },
        },
        ionoscloud_datacenter: { dc: { name: 'dc', location: 'de/fra' } },
      },
      locals: { init: cloudInit },
    });
    expect(flagged(config, S)).toEqual(['ionoscloud_volume.encoded', 'ionoscloud_volume.secret']);
    expect(findingsOf(config, S)[0].message).toMatch(/user_data holds a password line \(password: …\) \(base64-encoded\)/);
  });

  test('Kubernetes: a connection string with a password in container args is an error; one without is not', () => {
    const container = (args: string[]) => ({
      metadata: [{ name: 'a' }],
      spec: [{ selector: [{ match_labels: { app: 'a' } }], template: [{ metadata: [{ labels: { app: 'a' } }], spec: [{ container: [{ name: 'a', image: 'a:1', args }] }] }] }],
    });
    const config = tf({
      resource: {
        kubernetes_deployment_v1: {
          literal: container(['--db', 'postgres://app:Vq8rT2mLx9Zp4@db:5432/app']),
          clean: container(['--db', 'postgres://app@db:5432/app']),
        },
      },
    });
    expect(flagged(config, S)).toEqual(['kubernetes_deployment_v1.literal']);
    expect(findingsOf(config, S)[0].attribute).toBe('spec[0].template[0].spec[0].container[0].args[1]');
  });
});
