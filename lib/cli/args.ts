/**
 * Command-line parsing for `cdktf-sovereign`, without dependencies: `--opt value`,
 * `--opt=value`, repeated list options, `--` to end options. Anything unexpected is a
 * `UsageError` (exit code 2).
 */
import type { VariableArgument } from '../compliance/input/tfvars';
import { closestMatches } from '../util/suggest';

/** A mistake in how the CLI was called. @internal */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What the command line asks for. @internal */
export interface CliArgs {
  readonly help: boolean;
  readonly version: boolean;
  readonly command?: string;
  readonly path?: string;
  readonly packs: string[];
  readonly jurisdiction?: string;
  readonly clusterLocation?: string;
  readonly formats: string[];
  readonly out?: string;
  readonly suppressions?: string;
  readonly policy?: string;
  readonly sourceRoot?: string;
  /** `--gaiax <file.json>`: the participant's values for the Gaia-X draft (GaiaxCredentialsProps). */
  readonly gaiax?: string;
  /** `--var-file` and `--var`, in the order given (later ones win, as in Terraform). */
  readonly variables: VariableArgument[];
}

const VALUE_OPTIONS = ['--pack', '--jurisdiction', '--cluster-location', '--format', '--out', '--policy', '--suppressions', '--source-root', '--gaiax', '--var-file', '--var'] as const;
const FLAGS = ['--help', '-h', '--version'] as const;
const COMMANDS = ['check'];

/** Parse `argv` (without `node` and the script). @internal */
export function parseArgs(argv: readonly string[]): CliArgs {
  const positionals: string[] = [];
  const values: Record<string, string[]> = {};
  const variables: VariableArgument[] = [];
  let help = false;
  let version = false;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--version') {
      version = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      const close = closestMatches(name, [...VALUE_OPTIONS, ...FLAGS]);
      throw new UsageError(`unknown option ${name}.${close.length > 0 ? ` Did you mean ${close.join(' or ')}?` : ''}`);
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value.trim().length === 0) throw new UsageError(`option ${name} needs a value.`);
    (values[name] ??= []).push(value);
    if (name === '--var-file') variables.push({ kind: 'file', file: value });
    if (name === '--var') variables.push(variableValue(value));
  }

  if (help || version) return { help, version, packs: [], formats: [], variables: [] };

  const [command, path, ...extra] = positionals;
  if (command === undefined) throw new UsageError('missing command: use `cdktf-sovereign check <path>`.');
  if (!COMMANDS.includes(command)) {
    throw new UsageError(`unknown command "${command}". Allowed: ${COMMANDS.join(', ')} (e.g. \`cdktf-sovereign check cdktf.out\`).`);
  }
  if (path === undefined) throw new UsageError('missing <path>: name a cdktf.out directory, a cdk.tf.json, a directory of .tf files, or a plan JSON.');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": check takes one <path>.`);

  return {
    help,
    version,
    command,
    path,
    packs: list(values['--pack']),
    jurisdiction: last(values['--jurisdiction']),
    clusterLocation: last(values['--cluster-location']),
    formats: list(values['--format']),
    out: last(values['--out']),
    suppressions: last(values['--suppressions']),
    policy: last(values['--policy']),
    sourceRoot: last(values['--source-root']),
    gaiax: last(values['--gaiax']),
    variables,
  };
}

/** `--var name=value`: the value is everything after the first `=` (and may be empty). */
function variableValue(arg: string): VariableArgument {
  const eq = arg.indexOf('=');
  const name = eq === -1 ? '' : arg.slice(0, eq).trim();
  if (!/^[A-Za-z_][\w-]*$/.test(name)) {
    throw new UsageError(`option --var needs name=value: got "${arg}". Allowed: a variable name, "=", and the value, e.g. --var location=fsn1.`);
  }
  return { kind: 'value', name, value: arg.slice(eq + 1) };
}

/** Comma-separated and repeated values, trimmed, without empties. */
function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
}

function last(values: string[] | undefined): string | undefined {
  return values?.[values.length - 1];
}
