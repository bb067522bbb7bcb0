/*
 * Lazy access to @cdktf/provider-opentelekomcloud (internal). The binding is an optional peer
 * dependency: cdktf-sovereign must load without it, so every module is required only when an
 * Open Telekom Cloud construct is created, and public signatures use cdktf's own types.
 * The binding 12.0.16 wraps opentelekomcloud/opentelekomcloud 1.36.54.
 */
import { SovereignError } from '../../errors';
import type * as cceCluster from '@cdktf/provider-opentelekomcloud/lib/cce-cluster-v3';
import type * as cceNodePool from '@cdktf/provider-opentelekomcloud/lib/cce-node-pool-v3';
import type * as ctsTracker from '@cdktf/provider-opentelekomcloud/lib/cts-tracker-v3';
import type * as kubeconfig from '@cdktf/provider-opentelekomcloud/lib/data-opentelekomcloud-cce-cluster-kubeconfig-v3';
import type * as kmsKey from '@cdktf/provider-opentelekomcloud/lib/kms-key-v1';
import type * as secgroup from '@cdktf/provider-opentelekomcloud/lib/networking-secgroup-v2';
import type * as secgroupRule from '@cdktf/provider-opentelekomcloud/lib/networking-secgroup-rule-v2';
import type * as provider from '@cdktf/provider-opentelekomcloud/lib/provider';
import type * as rdsInstance from '@cdktf/provider-opentelekomcloud/lib/rds-instance-v3';
import type * as vpnConnection from '@cdktf/provider-opentelekomcloud/lib/enterprise-vpn-connection-v5';
import type * as vpnCustomerGateway from '@cdktf/provider-opentelekomcloud/lib/enterprise-vpn-customer-gateway-v5';
import type * as vpnGateway from '@cdktf/provider-opentelekomcloud/lib/enterprise-vpn-gateway-v5';
import type * as subnet from '@cdktf/provider-opentelekomcloud/lib/vpc-subnet-v1';
import type * as vpc from '@cdktf/provider-opentelekomcloud/lib/vpc-v1';

const PEER = '@cdktf/provider-opentelekomcloud';
const PEER_RANGE = '^12.0.16';

/**
 * Require a module of the optional peer. Only a missing peer becomes MISSING_PEER_DEPENDENCY; any
 * other failure (a broken or incompatible install) is rethrown as it is, so it is not mistaken
 * for a missing package.
 * @internal
 */
export function loadOptionalPeer<T>(module: string, what: string, fix = `npm install ${PEER}@${PEER_RANGE}.`): T {
  const id = `${PEER}/lib/${module}`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(id) as T;
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException)?.code === 'MODULE_NOT_FOUND' && String((e as Error).message).includes(id);
    if (!missing) throw e;
    throw missingPeer(what, module, fix);
  }
}

/**
 * The error for a missing optional peer: one line that says what to install. Its stack is only
 * that line — the frames inside this loader would not help anyone — so an uncaught error prints
 * the message and the fix, not a stack trace.
 */
function missingPeer(what: string, module: string, fix: string): SovereignError {
  const error = new SovereignError('MISSING_PEER_DEPENDENCY',
    `${what}: got no ${PEER} module (lib/${module}). ` +
    `Allowed: the Open Telekom Cloud constructs need the optional peer dependency ${PEER} (${PEER_RANGE}). ` +
    `Fix: ${fix}`);
  // Keep `code` readable but out of Node's print-out of an uncaught error ({ code: ... }).
  Object.defineProperty(error, 'code', { value: error.code, enumerable: false });
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

function load<T>(module: string, what: string): T {
  return loadOptionalPeer<T>(module, what);
}

/** @internal */
export const otc = {
  provider: (what: string) => load<typeof provider>('provider', what),
  vpc: (what: string) => load<typeof vpc>('vpc-v1', what),
  subnet: (what: string) => load<typeof subnet>('vpc-subnet-v1', what),
  secgroup: (what: string) => load<typeof secgroup>('networking-secgroup-v2', what),
  secgroupRule: (what: string) => load<typeof secgroupRule>('networking-secgroup-rule-v2', what),
  kmsKey: (what: string) => load<typeof kmsKey>('kms-key-v1', what),
  cceCluster: (what: string) => load<typeof cceCluster>('cce-cluster-v3', what),
  cceNodePool: (what: string) => load<typeof cceNodePool>('cce-node-pool-v3', what),
  kubeconfig: (what: string) => load<typeof kubeconfig>('data-opentelekomcloud-cce-cluster-kubeconfig-v3', what),
  ctsTracker: (what: string) => load<typeof ctsTracker>('cts-tracker-v3', what),
  rdsInstance: (what: string) => load<typeof rdsInstance>('rds-instance-v3', what),
  vpnGateway: (what: string) => load<typeof vpnGateway>('enterprise-vpn-gateway-v5', what),
  vpnCustomerGateway: (what: string) => load<typeof vpnCustomerGateway>('enterprise-vpn-customer-gateway-v5', what),
  vpnConnection: (what: string) => load<typeof vpnConnection>('enterprise-vpn-connection-v5', what),
};
