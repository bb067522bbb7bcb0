/**
 * The example app: `npm run synth` (or `cdktf synth` with the CLI) synthesizes every
 * example stack into cdktf.out/stacks/<name>/cdk.tf.json.
 */
import { App } from 'cdktf';
import { QuickstartStack } from './quickstart/stack';

const app = new App({ outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out' });
new QuickstartStack(app, 'quickstart');
app.synth();
