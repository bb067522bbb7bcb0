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
import type * as subnet from '@cdktf/provider-opentelekomcloud/lib/vpc-subnet-v1';
import type * as vpc from '@cdktf/provider-opentelekomcloud/lib/vpc-v1';

function load<T>(module: string, what: string): T {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(`@cdktf/provider-opentelekomcloud/lib/${module}`) as T;
  } catch {
    throw new SovereignError('MISSING_PEER_DEPENDENCY',
      `${what}: got no @cdktf/provider-opentelekomcloud module (lib/${module}). ` +
      'Allowed: the Open Telekom Cloud constructs need the optional peer dependency @cdktf/provider-opentelekomcloud (^12.0.16). ' +
      'Fix: npm install @cdktf/provider-opentelekomcloud@^12.0.16.');
  }
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
};
