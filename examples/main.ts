/**
 * The example app: `npm run synth` (or `cdktf synth` with the CLI) synthesizes every
 * compliant example stack into cdktf.out/stacks/<name>/ with its cdk.tf.json, the
 * sovereignty reports and its sovereignty-policy.json, then prints what `cdktf synth` prints
 * (every construct warning and error) and a summary; it exits with 1 when a stack has errors,
 * and that stack's cdk.tf.json is removed. The non-compliant example is built only by its
 * test (or with SOVEREIGN_EXAMPLES_INCLUDE_NON_COMPLIANT=1, when synth must fail).
 */
import { App } from 'cdktf';
import { HetznerPatientServiceStack } from './hetzner-patient-service/stack';
import { MultiProviderAnalyticsStack } from './multi-provider-analytics/stack';
import { NonCompliantAnalyticsStack } from './non-compliant/stack';
import { OtcHealthRecordsStack } from './otc-health-records/stack';
import { ScalewayCustomerRecordsStack } from './scaleway-customer-records/stack';
import { StackitPublicPortalStack } from './stackit-public-portal/stack';
import { printAnnotations, printSummary } from './summary';

// As `cdktf synth` runs an app: every stack is synthesized and its annotations collected, and
// errors are reported after synth instead of stopping at the first stack with one.
process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS ??= 'true';

const outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
const app = new App({ outdir });
new OtcHealthRecordsStack(app, 'otc-health-records');
new StackitPublicPortalStack(app, 'stackit-public-portal');
new MultiProviderAnalyticsStack(app, 'multi-provider-analytics');
new HetznerPatientServiceStack(app, 'hetzner-patient-service');
new ScalewayCustomerRecordsStack(app, 'scaleway-customer-records');
if (process.env.SOVEREIGN_EXAMPLES_INCLUDE_NON_COMPLIANT === '1') {
  new NonCompliantAnalyticsStack(app, 'non-compliant');
}
app.synth();
const errors = printAnnotations(outdir);
printSummary(app, outdir);
if (errors > 0) {
  console.error(`${errors} error annotation${errors === 1 ? '' : 's'}: synth failed (the failing stacks' cdk.tf.json are removed; their sovereignty-report.* say why).`);
  process.exitCode = 1;
}
