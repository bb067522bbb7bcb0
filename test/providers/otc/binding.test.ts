/* Without the optional peer dependency, cdktf-sovereign still loads and the constructs say what to install. */
import { SovereignError } from '../../../lib/errors';

/** The error Node's require throws for a package that is not installed. */
function notFound(id: string): Error {
  return Object.assign(new Error(`Cannot find module '${id}'\nRequire stack:\n- /app/main.js`), { code: 'MODULE_NOT_FOUND' });
}

function caughtFrom(build: () => void): unknown {
  try {
    build();
  } catch (e) {
    return e;
  }
  return undefined;
}

test('the library loads without @cdktf/provider-opentelekomcloud; constructing an OTC construct says what to install, in one line', () => {
  jest.isolateModules(() => {
    jest.doMock('@cdktf/provider-opentelekomcloud/lib/vpc-v1', () => {
      throw notFound('@cdktf/provider-opentelekomcloud/lib/vpc-v1');
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { OtcNetwork } = require('../../../lib/providers/otc/network') as typeof import('../../../lib/providers/otc/network');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Testing, TerraformStack } = require('cdktf') as typeof import('cdktf');
    const stack = new TerraformStack(Testing.app(), 'otc');
    const caught = caughtFrom(() => new OtcNetwork(stack, 'Network', { region: 'eu-de' })) as SovereignError;
    expect(caught.code).toBe('MISSING_PEER_DEPENDENCY');
    expect(caught.message).toBe(
      'OtcNetwork: got no @cdktf/provider-opentelekomcloud module (lib/vpc-v1). ' +
      'Allowed: the Open Telekom Cloud constructs need the optional peer dependency @cdktf/provider-opentelekomcloud (^12.0.16). ' +
      'Fix: npm install @cdktf/provider-opentelekomcloud@^12.0.16.');
    // What Node prints for an uncaught error: the stack (here only the message) and the enumerable properties.
    expect(caught.stack).toBe(`SovereignError: ${caught.message}`);
    expect(Object.keys(caught)).not.toContain('code');
  });
});

test('the OTC-native bucket backend without the peer names the S3-compatible alternative', () => {
  jest.isolateModules(() => {
    jest.doMock('@cdktf/provider-opentelekomcloud/lib/obs-bucket', () => {
      throw notFound('@cdktf/provider-opentelekomcloud/lib/obs-bucket');
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { EuBucket, EuBucketBackend } = require('../../../lib') as typeof import('../../../lib');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Testing, TerraformStack } = require('cdktf') as typeof import('cdktf');
    const stack = new TerraformStack(Testing.app(), 'obs');
    const caught = caughtFrom(() => new EuBucket(stack, 'Bucket', {
      provider: 'otc', region: 'eu-de', bucketName: 'acme-obs', backend: EuBucketBackend.OTC_NATIVE, encryptionKeyId: 'kms-key-id',
    })) as SovereignError;
    expect(caught.code).toBe('MISSING_PEER_DEPENDENCY');
    expect(caught.message).toBe(
      'EuBucket backend OTC_NATIVE: got no @cdktf/provider-opentelekomcloud module (lib/obs-bucket). ' +
      'Allowed: the Open Telekom Cloud constructs need the optional peer dependency @cdktf/provider-opentelekomcloud (^12.0.16). ' +
      'Fix: npm install @cdktf/provider-opentelekomcloud@^12.0.16, or use EuBucketBackend.S3_COMPATIBLE.');
    expect(caught.stack).toBe(`SovereignError: ${caught.message}`);
  });
});

test('a binding that is installed but fails to load is not reported as missing', () => {
  jest.isolateModules(() => {
    jest.doMock('@cdktf/provider-opentelekomcloud/lib/vpc-v1', () => {
      throw new TypeError('Class extends value undefined is not a constructor or null');
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { OtcNetwork } = require('../../../lib/providers/otc/network') as typeof import('../../../lib/providers/otc/network');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Testing, TerraformStack } = require('cdktf') as typeof import('cdktf');
    const caught = caughtFrom(() => new OtcNetwork(new TerraformStack(Testing.app(), 'otc'), 'Network', { region: 'eu-de' }));
    expect(caught).toBeInstanceOf(TypeError);
    expect((caught as Error).message).toBe('Class extends value undefined is not a constructor or null');
  });
});

test('no module of lib/providers/otc imports the binding at load time', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require('path') as typeof import('path');
  const dir = path.join(__dirname, '..', '..', '..', 'lib', 'providers', 'otc');
  const offending = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))
    .filter((f) => /^import (?!type )[^;]*from '@cdktf\/provider-opentelekomcloud/m.test(fs.readFileSync(path.join(dir, f), 'utf8')));
  expect(offending).toEqual([]);
});
