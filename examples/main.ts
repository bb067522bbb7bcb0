/**
 * The example app: `npm run synth` (or `cdktf synth` with the CLI) synthesizes every
 * compliant example stack into cdktf.out/stacks/<name>/ with its cdk.tf.json and the
 * sovereignty reports, then prints a summary. The non-compliant example is built only by
 * its test (or with SOVEREIGN_EXAMPLES_INCLUDE_NON_COMPLIANT=1, when synth must fail).
 */
import { App } from 'cdktf';
import { HetznerPatientServiceStack } from './hetzner-patient-service/stack';
import { MultiProviderAnalyticsStack } from './multi-provider-analytics/stack';
import { NonCompliantAnalyticsStack } from './non-compliant/stack';
import { OtcHealthRecordsStack } from './otc-health-records/stack';
import { ScalewayCustomerRecordsStack } from './scaleway-customer-records/stack';
import { StackitPublicPortalStack } from './stackit-public-portal/stack';
import { printSummary } from './summary';

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
printSummary(app, outdir);
