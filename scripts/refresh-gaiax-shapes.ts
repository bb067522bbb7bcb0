/*
 * Refresh the vendored Gaia-X shapes and context (data/gaiax/<release>/) from a local clone of
 * https://github.com/GAIA-X4PLC-AAD/ontology-management-base. Development-time only: synth and
 * tests read the vendored copies and never the network.
 *
 *   git clone https://github.com/GAIA-X4PLC-AAD/ontology-management-base /tmp/omb
 *   git -C /tmp/omb checkout <commit or tag>
 *   npx ts-node --transpile-only scripts/refresh-gaiax-shapes.ts /tmp/omb
 *
 * Then update data/gaiax/SOURCE.md (commit, hashes), GAIAX_RELEASE in lib/gaiax/vendored.ts and run
 * `npx jest test/gaiax`.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

const FILES: Array<[string, string]> = [
  ['artifacts/gx/gx.shacl.ttl', 'gx.shacl.ttl'],
  ['artifacts/gx/gx.context.jsonld', 'gx.context.jsonld'],
  ['artifacts/gx/VERSION', 'VERSION'],
  ['LICENSE', 'LICENSE'],
];

function main(): void {
  const [clone, releaseArg] = process.argv.slice(2);
  if (!clone || !fs.existsSync(path.join(clone, 'artifacts/gx/gx.shacl.ttl'))) {
    console.error('Usage: refresh-gaiax-shapes.ts <clone of GAIA-X4PLC-AAD/ontology-management-base> [release]');
    process.exit(2);
  }
  const release = (releaseArg ?? fs.readFileSync(path.join(clone, 'artifacts/gx/VERSION'), 'utf8').trim()).replace(/\+/g, '-');
  const commit = execFileSync('git', ['-C', clone, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const target = path.join(__dirname, '..', 'data', 'gaiax', release);
  fs.mkdirSync(target, { recursive: true });
  console.log(`release ${release}, commit ${commit} -> ${path.relative(process.cwd(), target)}`);
  for (const [from, to] of FILES) {
    const content = fs.readFileSync(path.join(clone, from));
    fs.writeFileSync(path.join(target, to), content);
    console.log(`${createHash('sha256').update(content).digest('hex')}  ${to}  (from ${from})`);
  }
}

main();
