/**
 * HCL (`*.tf`) to Terraform JSON with `@cdktf/hcl2json` (a bundled dependency: Terraform's
 * own HCL parser compiled to WebAssembly). Nested blocks come back as lists of objects and
 * expressions as `${...}` strings, which the engine reads like any Terraform JSON.
 */
import { SovereignError } from '../../errors';

type Hcl2Json = { parse(fileName: string, contents: string): Promise<Record<string, unknown>> };

let parser: Hcl2Json | undefined;

function hcl2json(): Hcl2Json {
  // Loaded on first use: it instantiates a WebAssembly module, which JSON inputs never need.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parser ??= require('@cdktf/hcl2json') as Hcl2Json;
  return parser;
}

/**
 * Parse one HCL file into Terraform JSON. Syntax errors become an `INVALID_HCL` error naming
 * the file, line and column, and Terraform's own explanation.
 * @internal
 */
export async function parseHcl(file: string, contents: string): Promise<Record<string, unknown>> {
  let result: unknown;
  try {
    result = await hcl2json().parse(file, contents);
  } catch (e) {
    // `terraform validate` does not read variable files; `terraform plan` does.
    const command = file.endsWith('.tfvars') ? 'terraform plan' : 'terraform validate';
    throw new SovereignError('INVALID_HCL', `Invalid HCL in ${file}${describeHclError(file, e)} Fix: correct the file; \`${command}\` shows the same error.`);
  }
  if (!result || typeof result !== 'object' || Array.isArray(result)) {
    throw new SovereignError('INVALID_HCL', `Invalid HCL in ${file}: the parser returned no configuration. Fix: check that the file is a Terraform configuration.`);
  }
  return result as Record<string, unknown>;
}

/**
 * hcl2json reports `parse config: [<file>:<line>,<col>-<endcol>: <summary>; <detail>]` (HCL's
 * diagnostic format); turn it into `at line L, column C: <summary>: <detail>.`
 */
function describeHclError(file: string, e: unknown): string {
  const raw = (e instanceof Error ? e.message : String(e)).replace(/^Error:\s*/, '').trim();
  const at = raw.indexOf(`${file}:`);
  if (at !== -1) {
    const rest = raw.slice(at + file.length + 1);
    const m = /^(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*([\s\S]*?)\]?\s*$/.exec(rest);
    if (m) {
      const [summary, ...detail] = m[3].split(/;\s*/);
      const text = detail.length > 0 ? `${summary.trim()}: ${detail.join('; ').trim()}` : summary.trim();
      return ` at line ${m[1]}, column ${m[2]}: ${ensurePeriod(text)}`;
    }
  }
  return `: ${ensurePeriod(raw.replace(/^parse config:\s*/, '').replace(/^\[|\]$/g, ''))}`;
}

function ensurePeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
