/**
 * Values of the root module's input variables, assigned as Terraform assigns them: from
 * `TF_VAR_<name>` environment variables, the variable files Terraform loads by itself
 * (`terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars`, `*.auto.tfvars.json` in the
 * root module's directory), then `--var-file` and `--var` in the order given. A file or
 * command-line value becomes the `default` of its `variable` block, which is where the engine
 * reads a variable's value; an environment value is kept beside it (`ENVIRONMENT_VALUE`), so
 * that it is used as the value but never taken for something written in the configuration
 * (a secret in the environment is not a secret in the code).
 *
 * Precedence, later sources winning ("Variable Definition Precedence",
 * https://developer.hashicorp.com/terraform/language/values/variables#variable-definition-precedence):
 * 1. environment variables (`TF_VAR_name`; undeclared ones are ignored, as Terraform does);
 * 2. `terraform.tfvars`; 3. `terraform.tfvars.json`;
 * 4. `*.auto.tfvars` and `*.auto.tfvars.json`, in lexical order of their file names;
 * 5. `-var` and `-var-file`, in the order given on the command line.
 * The same page: values for undeclared variables are a warning in a file and an error on the
 * command line; `-var` and `TF_VAR_` values are strings, except for variables of a complex
 * type (list, set, map, object, tuple), whose value is parsed like a variable file's.
 * https://developer.hashicorp.com/terraform/cli/config/environment-variables#tf_var_name
 */
import { SovereignError, show } from '../../errors';
import { escapeRegExp } from '../../util/regexp';
import { closestMatches } from '../../util/suggest';
import { parseHcl } from './hcl';
import { parseJson } from './json-text';
import { asObject, blocks } from './modules';
import { ENVIRONMENT_VALUE } from '../model/expr/scope';

type Body = Record<string, unknown>;

/** A `--var-file <file>` or `--var <name>=<value>` argument. @internal */
export type VariableArgument =
  | { readonly kind: 'file'; readonly file: string }
  | { readonly kind: 'value'; readonly name: string; readonly value: string };

/** One value for one variable, and where it was set. @internal */
export interface Assignment {
  readonly name: string;
  readonly value: unknown;
  /** The variable file, or `--var` (for messages). */
  readonly origin: string;
  /** A `--var` value: the raw string, parsed when the variable's type is complex. */
  readonly commandLine?: boolean;
}

/** The variable files Terraform loads by itself, among a directory's file names, lowest precedence first. @internal */
export function automaticVariableFiles(fileNames: readonly string[]): string[] {
  const fixed = ['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => fileNames.includes(n));
  // Terraform reads the directory sorted by name (Go's byte order, not the locale's).
  const auto = fileNames.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...fixed, ...auto];
}

/**
 * The assignments of one variable file: HCL (`name = value` lines) or, when the name ends in
 * `.json`, a JSON object. Syntax errors name the file, line and column; references, function
 * calls and blocks, which Terraform refuses in a variable file, are errors too.
 * @internal
 */
export async function parseVariableFile(file: string, text: string): Promise<Assignment[]> {
  if (text.replace(/^\uFEFF/, '').trim().length === 0) return [];
  const json = file.endsWith('.json');
  const parsed: unknown = json ? parseJson(file, text) : await parseHcl(file, text);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SovereignError('INVALID_TFVARS', `Invalid variable file ${file}: its top level is ${Array.isArray(parsed) ? 'an array' : show(parsed)}. Allowed: a JSON object of variable names and values, e.g. {"location": "fsn1"}. Fix: correct the file.`);
  }
  const out: Assignment[] = [];
  for (const [name, value] of Object.entries(parsed as Body)) {
    const line = lineOf(text, name, json);
    const where = line ? ` at line ${line}` : '';
    // hcl2json returns a block `name { … }` as a list of objects, like a list attribute.
    if (!json && line === undefined && isBlockList(value) && new RegExp(`^\\s*${escapeRegExp(name)}(\\s+"[^"]*")*\\s*\\{`, 'm').test(text)) {
      throw new SovereignError('INVALID_TFVARS', `Invalid variable file ${file}: "${name}" is a block. Allowed: assignments only, such as ${name} = { … }. Fix: write it as an assignment.`);
    }
    const expression = findExpression(value);
    if (expression !== undefined) {
      throw new SovereignError('INVALID_TFVARS', `Invalid value for variable "${name}" in ${file}${where}: got the expression ${show(expression)}. Allowed: literal values only (strings, numbers, bools, null, lists and maps of them): Terraform refuses references and function calls in a variable file. Fix: write the value itself.`);
    }
    out.push({ name, value, origin: file });
  }
  return out;
}

/**
 * Give the root module's variables the values assigned to them (later assignments win): first
 * the `TF_VAR_<name>` variables of `environment`, then `assignments`. Returns the file
 * assignments to undeclared variables, which Terraform ignores with a warning; a `--var` for
 * an undeclared variable is an error, as in Terraform.
 * @internal
 */
export async function assignVariables(config: Body, assignments: readonly Assignment[], configName: string, environment: NodeJS.ProcessEnv = process.env): Promise<Assignment[]> {
  const declared = asObject(config.variable);
  for (const [key, raw] of Object.entries(environment)) {
    if (!key.startsWith('TF_VAR_') || raw === undefined) continue;
    const name = key.slice('TF_VAR_'.length);
    const decl = blocks(declared[name])[0];
    if (!decl) continue;
    const value = isComplexType(decl.type) ? await parseCommandLineValue(name, raw, `environment variable ${key}`) : raw.replace(/([$%])\{/g, '$1$1{');
    decl[ENVIRONMENT_VALUE] = value;
  }
  const undeclared: Assignment[] = [];
  for (const a of assignments) {
    const decl = blocks(declared[a.name])[0];
    if (!decl) {
      if (a.commandLine) {
        const close = closestMatches(a.name, Object.keys(declared));
        throw new SovereignError('UNDECLARED_VARIABLE', `--var ${a.name}=…: ${configName} declares no variable "${a.name}". Allowed: ${Object.keys(declared).join(', ') || 'none (it declares no variables)'}.${close.length > 0 ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ''} Fix: use the name of a declared variable, as Terraform requires.`);
      }
      undeclared.push(a);
      continue;
    }
    let value = a.value;
    if (a.commandLine && typeof value === 'string') {
      // A `-var` string is literal; in Terraform JSON, `${` and `%{` would start an expression.
      value = isComplexType(decl.type) ? await parseCommandLineValue(a.name, value) : value.replace(/([$%])\{/g, '$1$1{');
    }
    // `nullable = false`: null means "use the default" (Terraform's nullable argument).
    if (value === null && decl.nullable === false) continue;
    decl.default = value;
    delete decl[ENVIRONMENT_VALUE];
  }
  return undeclared;
}

/** A warning for a file value of an undeclared variable (Terraform warns, and ignores it). @internal */
export function undeclaredWarning(a: Assignment, config: Body, configName: string): string {
  const close = closestMatches(a.name, Object.keys(asObject(config.variable)));
  return `${a.origin} sets "${a.name}", but ${configName} declares no such variable; the value is ignored (Terraform warns too).${close.length > 0 ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ''}`;
}

/** `--var name=[…]` (or `TF_VAR_name=[…]`) for a list/map/object variable: parsed as a variable file's value. */
async function parseCommandLineValue(name: string, value: string, origin = `--var ${name}`): Promise<unknown> {
  const [assignment] = await parseVariableFile(origin, `${name} = ${value}\n`);
  return assignment?.value;
}

/** `list(string)`, `map(any)`, `object({…})`, … (hcl2json writes types as `${list(string)}`). */
function isComplexType(type: unknown): boolean {
  if (typeof type !== 'string') return false;
  const t = type.replace(/^\$\{([\s\S]*)\}$/, '$1').trim();
  return /^(list|set|map|object|tuple)\b/.test(t);
}

/** The first string that is an expression (`${…}`, `%{…}`; `$${` is a literal `${`), else undefined. */
function findExpression(value: unknown): string | undefined {
  if (typeof value === 'string') return /(^|[^$%])[$%]\{/.test(value) ? value : undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findExpression(v);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') return findExpression(Object.values(value));
  return undefined;
}

/** The line where `name` is assigned (`name =` in HCL, `"name":` in JSON), for messages. */
function lineOf(text: string, name: string, json: boolean): number | undefined {
  const key = escapeRegExp(name);
  // Unindented first: a top-level assignment rather than a key of some map value.
  const patterns = json ? [new RegExp(`"${key}"\\s*:`)] : [new RegExp(`^"?${key}"?[ \\t]*=`, 'm'), new RegExp(`^[ \\t]*"?${key}"?[ \\t]*=`, 'm')];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return text.slice(0, m.index + m[0].length).split('\n').length;
  }
  return undefined;
}

function isBlockList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((v) => !!v && typeof v === 'object' && !Array.isArray(v));
}

