/* Without the optional peer dependency, cdktf-sovereign still loads and the constructs say what to install. */
import { SovereignError } from '../../../lib/errors';

test('the library loads without @cdktf/provider-opentelekomcloud; constructing an OTC construct says what to install', () => {
  jest.isolateModules(() => {
    jest.doMock('@cdktf/provider-opentelekomcloud/lib/vpc-v1', () => {
      throw new Error('Cannot find module');
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { OtcNetwork } = require('../../../lib/providers/otc/network') as typeof import('../../../lib/providers/otc/network');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Testing, TerraformStack } = require('cdktf') as typeof import('cdktf');
    const stack = new TerraformStack(Testing.app(), 'otc');
    let caught: unknown;
    try {
      new OtcNetwork(stack, 'Network', { region: 'eu-de' });
    } catch (e) {
      caught = e;
    }
    expect((caught as SovereignError).code).toBe('MISSING_PEER_DEPENDENCY');
    expect((caught as Error).message).toBe(
      'OtcNetwork: got no @cdktf/provider-opentelekomcloud module (lib/vpc-v1). ' +
      'Allowed: the Open Telekom Cloud constructs need the optional peer dependency @cdktf/provider-opentelekomcloud (^12.0.16). ' +
      'Fix: npm install @cdktf/provider-opentelekomcloud@^12.0.16.');
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
