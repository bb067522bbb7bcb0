/*
 * `terraform console` as an oracle for the expression evaluator: one console process
 * (`-plan`, so that resource attributes the provider computes are unknown, as at plan time)
 * evaluates a whole batch of expressions as one tuple. Each expression is wrapped as
 * `try(base64encode(jsonencode(EXPR)), "!error")`, so the console prints one line per
 * expression: a base64 JSON value, `"!error"`, or `(known after apply)`.
 *
 * Terraform: $CDKTF_SOVEREIGN_TERRAFORM, else `terraform` on the PATH. Only terraform itself
 * is needed (the configuration uses no provider but the built-in `terraform_data`).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export type ConsoleResult =
  | { readonly kind: 'value'; readonly json: unknown }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'error'; readonly message?: string };

export type TerraformBinary = { readonly ok: true; readonly terraform: string; readonly version: string } | { readonly ok: false; readonly reason: string };

/** Find a runnable terraform, or say why not. */
export function findTerraformBinary(env: NodeJS.ProcessEnv = process.env): TerraformBinary {
  const terraform = env.CDKTF_SOVEREIGN_TERRAFORM ?? 'terraform';
  const probe = spawnSync(terraform, ['version', '-json'], { encoding: 'utf8', env: { PATH: env.PATH, CHECKPOINT_DISABLE: '1' } });
  if (probe.error || probe.status !== 0) {
    return { ok: false, reason: `terraform not runnable as "${terraform}" (${probe.error?.message ?? probe.stderr.trim()}); set CDKTF_SOVEREIGN_TERRAFORM` };
  }
  return { ok: true, terraform, version: (JSON.parse(probe.stdout) as { terraform_version: string }).terraform_version };
}

export class TerraformConsole {
  private readonly dir: string;

  constructor(private readonly terraform: string, files: { readonly [name: string]: string }) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-console-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(this.dir, name), text);
    fs.writeFileSync(path.join(this.dir, 'terraform.tfrc'), '');
  }

  /** Evaluate every expression; a batch that fails as a whole (a static error) is retried one by one. */
  public evaluate(expressions: readonly string[], batch = 150): ConsoleResult[] {
    const out: ConsoleResult[] = [];
    for (let i = 0; i < expressions.length; i += batch) out.push(...this.evaluateBatch(expressions.slice(i, i + batch)));
    return out;
  }

  public remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private evaluateBatch(expressions: readonly string[]): ConsoleResult[] {
    const tuple = `[${expressions.map((e) => `try(base64encode(jsonencode(${e})), "!error")`).join(', ')}]`;
    const r = this.run(tuple);
    if (r.status === 0) {
      // The tuple is the last thing printed (warnings may come before it).
      const all = r.stdout.split('\n').map((l) => l.trim());
      const open = all.lastIndexOf('[');
      const close = all.lastIndexOf(']');
      const lines = open === -1 || close < open ? [] : all.slice(open + 1, close).filter((l) => l !== '');
      if (lines.length !== expressions.length) throw new Error(`terraform console printed ${lines.length} results for ${expressions.length} expressions:\n${r.stdout}`);
      return lines.map(parseLine);
    }
    if (expressions.length === 1) return [{ kind: 'error', message: r.stderr.trim() }];
    return expressions.flatMap((e) => this.evaluateBatch([e]));
  }

  private run(input: string): { status: number; stdout: string; stderr: string } {
    const r = spawnSync(this.terraform, ['console', '-plan', '-no-color'], {
      cwd: this.dir,
      input: `${input}\n`,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: this.dir, TF_CLI_CONFIG_FILE: path.join(this.dir, 'terraform.tfrc'), TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  }
}

function parseLine(line: string): ConsoleResult {
  const text = line.replace(/,$/, '');
  if (text === '(known after apply)') return { kind: 'unknown' };
  const m = /^"([^"]*)"$/.exec(text);
  if (!m) throw new Error(`unexpected terraform console output line: ${line}`);
  if (m[1] === '!error') return { kind: 'error' };
  return { kind: 'value', json: JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')) };
}
