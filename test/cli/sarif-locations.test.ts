/**
 * SARIF of plain Terraform from the CLI: every result on the line of its block (or of the
 * argument it names) in the fixture's text, URIs relative to %SRCROOT% (the repository, or
 * --source-root) wherever the command ran, and the whole log valid SARIF 2.1.0.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { sarifErrors } from '../compliance/report/sarif-schema';
import { buildCli, ROOT } from './build';
import { runCli } from './child';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const HETZNER = path.join(ROOT, 'test', 'fixtures', 'hcl', 'hetzner');

const MAIN_TF = `provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  tags = {
    data-classification = "personal"
  }
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;

let build: { bin: string; dir: string };
let elsewhere: string;

beforeAll(() => {
  build = buildCli();
  elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-cli-sarif-'));
});
afterAll(() => {
  fs.rmSync(build.dir, { recursive: true, force: true });
  fs.rmSync(elsewhere, { recursive: true, force: true });
});

/** 1-based line of the block `head` in `text`, and of `attribute`'s last name inside it when written. */
function expectedLine(text: string, head: string, attribute: string | null): number {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(head));
  if (start < 0) throw new Error(`no ${head}`);
  if (attribute) {
    const name = attribute.split('.').pop()!.replace(/\[\d+\]$/, '');
    for (let i = start + 1; i < lines.length && !lines[i].startsWith('}'); i++) {
      if (new RegExp(`^\\s*"?${name}"?\\s*[={]`).test(lines[i])) return i + 1;
    }
  }
  return start + 1;
}

function blockHead(address: string): string {
  const parts = address.split('.');
  return parts[0] === 'provider' ? `provider "${parts[1]}"` : `resource "${parts[0]}" "${parts[1]}"`;
}

async function sarifOf(args: string[], cwd: string): Promise<Json> {
  const run = await runCli(build.bin, ['check', ...args, '--format', 'sarif', '--pack', 'gdpr,gaiax-l3,bsi-c5'], cwd);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

test('the repository\'s HCL fixture, checked from outside the repository: lines of the blocks, URIs relative to the repository root', async () => {
  const doc = await sarifOf([HETZNER], elsewhere);
  expect(sarifErrors(doc)).toEqual([]);
  const run = doc.runs[0];
  expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(ROOT).href}/` } });
  expect(run.results.length).toBeGreaterThan(0);
  const text = fs.readFileSync(path.join(HETZNER, 'main.tf'), 'utf8');
  for (const r of run.results) {
    const address = r.locations[0].logicalLocations[0].fullyQualifiedName;
    const physical = r.locations[0].physicalLocation;
    expect(physical.artifactLocation).toEqual({ uri: 'test/fixtures/hcl/hetzner/main.tf', uriBaseId: '%SRCROOT%', index: 0 });
    expect({ address, line: physical.region.startLine }).toEqual({ address, line: expectedLine(text, blockHead(address), r.properties.attribute ?? null) });
  }
});

test('several resources, a provider and arguments: each result on its own line; --source-root sets %SRCROOT%', async () => {
  const root = path.join(elsewhere, 'repo');
  fs.mkdirSync(path.join(root, 'infra'), { recursive: true });
  fs.writeFileSync(path.join(root, 'infra', 'main.tf'), MAIN_TF);
  const doc = await sarifOf(['infra', '--source-root', '.'], root);
  expect(sarifErrors(doc)).toEqual([]);
  const run = doc.runs[0];
  expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(root).href}/`);
  expect(run.artifacts).toEqual([{ location: { uri: 'infra/main.tf', uriBaseId: '%SRCROOT%' } }]);
  const seen = new Set<string>();
  for (const r of run.results) {
    const address = r.locations[0].logicalLocations[0].fullyQualifiedName;
    const attribute = r.properties.attribute ?? null;
    const region = r.locations[0].physicalLocation.region;
    expect({ address, attribute, line: region.startLine }).toEqual({ address, attribute, line: expectedLine(MAIN_TF, blockHead(address), attribute) });
    seen.add(`${region.startLine}:${region.startColumn}`);
  }
  // The provider, the bucket and the public access block (and arguments of them) are all reported, on different lines.
  const addresses = new Set(run.results.map((r: Json) => r.locations[0].logicalLocations[0].fullyQualifiedName));
  expect(addresses).toEqual(new Set(['provider.aws', 'aws_s3_bucket.data', 'aws_s3_bucket_public_access_block.data']));
  expect(seen.size).toBeGreaterThanOrEqual(3);
});
