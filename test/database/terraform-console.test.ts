/*
 * The one address EuDatabase computes in Terraform (IONOS: host 200 of the LAN's block, with the
 * LAN's prefix) evaluated by `terraform console`, offline, for the blocks IONOS assigns.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findTerraform } from '../storage/terraform-harness';
import { BUILD, only, stackOf, synth } from './helpers';

const availability = findTerraform();

if (!availability.ok) {
  test(`terraform console verification did NOT run: ${availability.reason}`, () => {
    console.warn(`\n*** SKIPPED terraform console check of the IONOS database address: ${availability.reason}.\n`);
    expect(process.env.CDKTF_SOVEREIGN_REQUIRE_TERRAFORM).toBeUndefined();
  });
} else {
  const terraform = availability.setup.terraform;
  test.each([
    ['10.7.222.0/24', '10.7.222.200/24'],
    ['192.168.8.0/22', '192.168.8.200/22'],
  ])('the IONOS cluster address in LAN %s is %s', (lan, expected) => {
    const stack = stackOf();
    BUILD.ionos(stack);
    const cidr = only(synth(stack), 'ionoscloud_pg_cluster').connections[0].cidr as string;
    const expression = cidr.replace(/^\$\{(.*)\}$/, '$1').split('ionoscloud_lan.Net_DBED6B57.ipv4_cidr_block').join(JSON.stringify(lan));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-console-'));
    try {
      const r = spawnSync(terraform, ['console'], { cwd: dir, input: `${expression}\n`, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir, CHECKPOINT_DISABLE: '1' } });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(JSON.stringify(expected));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
