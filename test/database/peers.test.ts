/* What EuDatabase adds to a stack: the random provider, default provider blocks; without the optional peer, one line. */
import { TerraformStack, Testing } from 'cdktf';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { EuDatabase } from '../../lib/database/eu-database';
import { SovereignError } from '../../lib/errors';
import { UpcloudProviderBlock } from '../../lib/bindings/upcloud/database';
import { BUILD, stackOf, synth } from './helpers';

function notFound(id: string): Error {
  return Object.assign(new Error(`Cannot find module '${id}'\nRequire stack:\n- /app/main.js`), { code: 'MODULE_NOT_FOUND' });
}

test('without @cdktf/provider-random a generated password says in one line what to install', () => {
  jest.isolateModules(() => {
    jest.doMock('@cdktf/provider-random/lib/password', () => {
      throw notFound('@cdktf/provider-random/lib/password');
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require('../../lib') as typeof import('../../lib');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cdktf = require('cdktf') as typeof import('cdktf');
    const stack = new cdktf.TerraformStack(cdktf.Testing.app(), 'db');
    let caught: unknown;
    try {
      new lib.EuDatabase(stack, 'Db', { provider: 'exoscale', location: 'de-fra-1', version: '16', instanceType: 'startup-4', allowedCidrs: ['203.0.113.0/28'] });
    } catch (e) {
      caught = e;
    }
    const error = caught as SovereignError;
    expect(error.code).toBe('MISSING_PEER_DEPENDENCY');
    expect(error.message).toBe(
      'EuDatabase "db/Db": got no @cdktf/provider-random module (lib/password). ' +
      'Allowed: a generated admin password needs the optional peer dependency @cdktf/provider-random (^12.0.1), or pass adminPassword from a sensitive variable. ' +
      'Fix: npm install @cdktf/provider-random@^12.0.1.');
    expect(error.stack).toBe(`SovereignError: ${error.message}`);
    expect(Object.keys(error)).not.toContain('code');
  });
  jest.dontMock('@cdktf/provider-random/lib/password');
});

describe('provider configurations', () => {
  test('one random provider however many databases; the user\'s is reused', () => {
    const stack = stackOf();
    BUILD.exoscale(stack);
    new EuDatabase(stack, 'Second', { provider: 'exoscale', location: 'de-fra-1', version: '16', instanceType: 'startup-4', allowedCidrs: ['203.0.113.0/28'] });
    const json = synth(stack);
    expect(json.provider.random).toEqual([{}]);
    expect(json.provider.exoscale).toEqual([{}]);
    expect(Object.keys(json.resource.random_password)).toHaveLength(2);
  });

  test('a provider created before the database is used, and no default is added', () => {
    const stack = stackOf();
    new RandomProvider(stack, 'random');
    new UpcloudProviderBlock(stack, 'upcloud');
    BUILD.upcloud(stack);
    const json = synth(stack);
    expect([json.provider.random, json.provider.upcloud]).toEqual([[{}], [{}]]);
  });

  test('a default provider created after the database is reported at synth', () => {
    const stack: TerraformStack = stackOf();
    BUILD.upcloud(stack);
    new UpcloudProviderBlock(stack, 'late');
    expect(() => Testing.synth(stack, true)).toThrow(/2 default "upcloud" provider configurations: .*Create your upcloud provider before the EuDatabase, or pass it as terraformProvider/);
  });
});
