/**
 * The app measured by the second section of `npm run bench:synth` (issue 8): stack 1 of the
 * examples (examples/otc-health-records, `OtcHealthRecordsStack`) scaled to N tenants, each a
 * SovereignNamespace, two SecureWorkloads, an encrypted volume claim and a TLS ingress, with or
 * without the compliance checks at synth.
 */
import { tempDir } from './tmp';
import { App } from 'cdktf';
import { OtcHealthRecordsStack } from '../examples/otc-health-records/stack';

/** Id of the stack, and so its folder under `<outdir>/stacks/`. */
export const STACK_ID = 'otc-health-records';

/** The health-records stack with `tenants` tenants, in a fresh app writing to a new temporary directory. */
export function stackApp(tenants: number, complianceChecks: boolean): { app: App; outdir: string } {
  const outdir = tempDir('sov-bench-stack-');
  const app = new App({ outdir });
  new OtcHealthRecordsStack(app, STACK_ID, { tenants, complianceChecks });
  return { app, outdir };
}
