/* The CLI writes the Gaia-X draft of a synthesized stack with --format gaiax --gaiax <file>. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { main } from '../../lib/cli/main';
import { OtcHealthRecordsStack } from '../../examples/otc-health-records/stack';
import { PARTICIPANT } from './participant';

test('cdktf-sovereign check <cdk.tf.json> --format gaiax --gaiax <file> --out <dir> writes a conforming draft', async () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-gaiax-cli-'));
  const app = new App({ outdir });
  new OtcHealthRecordsStack(app, 'otc-health-records', { complianceChecks: false });
  app.synth();
  const settings = path.join(outdir, 'gaiax.json');
  fs.writeFileSync(settings, JSON.stringify(PARTICIPANT));
  const out = path.join(outdir, 'reports');
  const lines: string[] = [];
  const io = { stdout: (s: string) => lines.push(s), stderr: (s: string) => lines.push(s) };
  const code = await main(['check', path.join(outdir, 'stacks', 'otc-health-records', 'cdk.tf.json'), '--pack', 'gdpr', '--format', 'gaiax', '--gaiax', settings, '--out', out], io as never);
  const assessment = JSON.parse(fs.readFileSync(path.join(out, 'gaiax-assessment.json'), 'utf8'));
  expect({ code, conforms: assessment.validation.conforms }).toEqual({ code: expect.any(Number), conforms: true });
  const credential = JSON.parse(fs.readFileSync(path.join(out, 'gaiax-credential.json'), 'utf8'));
  expect(credential.credentialSubject.providedBy).toBe(PARTICIPANT.participantId);
}, 120_000);
