/*
 * Runs the real `terraform` binary against synthesized stacks, offline: the hashicorp/aws
 * provider comes from a local filesystem mirror through a project-local CLI configuration
 * (TF_CLI_CONFIG_FILE), credentials are dummies, and plans never refresh.
 *
 * Mirror: $CDKTF_SOVEREIGN_TF_MIRROR, else the first of the usual mirror directories that
 * holds hashicorp/aws 5.100.0 for this platform. Terraform: $CDKTF_SOVEREIGN_TERRAFORM, else
 * `terraform` on the PATH.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const AWS_VERSION = '5.100.0';

const MIRROR_CANDIDATES = [
  '/opt/tf-plugins',
  path.join(os.homedir(), '.terraform.d', 'plugins'),
  '/usr/local/share/terraform/plugins',
  '/usr/share/terraform/plugins',
];

export interface TerraformSetup {
  readonly terraform: string;
  readonly version: string;
  readonly mirror: string;
}

export type Availability = { readonly ok: true; readonly setup: TerraformSetup } | { readonly ok: false; readonly reason: string };

function platform(): string {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'ia32' ? '386' : process.arch;
  return `${process.platform}_${arch}`;
}

/** Whether `dir` is a filesystem mirror with hashicorp/aws 5.100.0 for this platform. */
export function mirrorHasAws(dir: string): boolean {
  const pkg = path.join(dir, 'registry.terraform.io', 'hashicorp', 'aws', AWS_VERSION, platform());
  try {
    return fs.readdirSync(pkg).some((f) => f.startsWith('terraform-provider-aws'));
  } catch {
    return false;
  }
}

/** Find terraform and the mirror once; say why not when either is missing. */
export function findTerraform(env: NodeJS.ProcessEnv = process.env): Availability {
  const terraform = env.CDKTF_SOVEREIGN_TERRAFORM ?? 'terraform';
  const probe = spawnSync(terraform, ['version', '-json'], { encoding: 'utf8', env: { ...env, CHECKPOINT_DISABLE: '1' } });
  if (probe.error || probe.status !== 0) {
    return { ok: false, reason: `terraform not runnable as "${terraform}" (${probe.error?.message ?? probe.stderr.trim()}); set CDKTF_SOVEREIGN_TERRAFORM` };
  }
  const version = (JSON.parse(probe.stdout) as { terraform_version: string }).terraform_version;
  const override = env.CDKTF_SOVEREIGN_TF_MIRROR;
  if (override !== undefined) {
    return mirrorHasAws(override)
      ? { ok: true, setup: { terraform, version, mirror: override } }
      : { ok: false, reason: `CDKTF_SOVEREIGN_TF_MIRROR=${override} holds no registry.terraform.io/hashicorp/aws/${AWS_VERSION}/${platform()}` };
  }
  const mirror = MIRROR_CANDIDATES.find(mirrorHasAws);
  if (!mirror) {
    return { ok: false, reason: `no filesystem mirror with hashicorp/aws ${AWS_VERSION} for ${platform()} in ${MIRROR_CANDIDATES.join(', ')}; set CDKTF_SOVEREIGN_TF_MIRROR` };
  }
  return { ok: true, setup: { terraform, version, mirror } };
}

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A temporary Terraform working directory with a project-local CLI configuration. */
export class TerraformDir {
  public readonly dir: string;
  private readonly cliConfig: string;

  constructor(private readonly setup: TerraformSetup, private readonly extraEnv: Record<string, string> = {}) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-storage-'));
    this.cliConfig = path.join(this.dir, 'terraform.tfrc');
    fs.writeFileSync(this.cliConfig, [
      'provider_installation {',
      '  filesystem_mirror {',
      `    path    = ${JSON.stringify(setup.mirror)}`,
      '    include = ["registry.terraform.io/hashicorp/aws"]',
      '  }',
      '}',
      '',
    ].join('\n'));
  }

  /** Write the synthesized configuration. */
  public write(json: string): void {
    fs.writeFileSync(path.join(this.dir, 'main.tf.json'), json);
  }

  /** Run terraform; returns the result whatever the exit status. */
  public run(args: string[]): RunResult {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: this.dir,
      TF_CLI_CONFIG_FILE: this.cliConfig,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      // Dummy credentials: nothing here ever reaches a real endpoint.
      AWS_ACCESS_KEY_ID: 'AKIDUMMYDUMMYDUMMY00',
      AWS_SECRET_ACCESS_KEY: 'dummy-secret-dummy-secret-dummy-secret0',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...this.extraEnv,
    };
    const r = spawnSync(this.setup.terraform, [...args, '-no-color'], { cwd: this.dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  }

  /** Run terraform and throw with its output unless it succeeds. */
  public ok(args: string[]): string {
    const r = this.run(args);
    if (r.status !== 0) throw new Error(`terraform ${args.join(' ')} failed (${r.status}):\n${r.stderr}\n${r.stdout}`);
    return r.stdout;
  }

  public remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Dummy values for every variable of a synthesized configuration (TF_VAR_…). */
export function dummyVariables(config: { variable?: Record<string, unknown> }): Record<string, string> {
  return Object.fromEntries(Object.keys(config.variable ?? {}).map((name) => [`TF_VAR_${name}`, `dummy-${name}`]));
}
