/**
 * Terraform's built-in functions, as far as they are pure (their result depends only on their
 * arguments). A call applies cty's calling convention: arguments converted to the parameter
 * types, `null` refused unless the parameter accepts it, and an unknown argument making the
 * result unknown unless the function looks inside it.
 *
 * Unknown on purpose, whatever the arguments: `timestamp`, `plantimestamp`, `uuid`, `bcrypt`
 * (a new value each run), the file functions (`file`, `templatefile`, `fileexists`, `fileset`,
 * `filebase64`, `file*sha*`, `filemd5`) and `abspath` / `pathexpand` (they depend on the
 * machine Terraform runs on), provider-defined functions (`provider::…`), `yamlencode` /
 * `yamldecode`, `base64gzip`, `rsadecrypt` (not implemented here), and any function this engine
 * does not know — never an error, so `try(…)` cannot fall through to a wrong alternative.
 * https://developer.hashicorp.com/terraform/language/functions
 * @internal
 */
import { convert } from '../convert';
import { DYNAMIC, EvalError, isLazy, Unknown, UNKNOWN, Value } from '../value';
import { COLLECTION_FUNCTIONS } from './collections';
import { ENCODING_FUNCTIONS } from './encoding';
import { FORMAT_FUNCTIONS } from './format';
import { IPNET_FUNCTIONS } from './ipnet';
import { JSON_FUNCTIONS } from './json';
import { NUMBER_FUNCTIONS } from './numbers';
import { REGEX_FUNCTIONS } from './regex';
import { STRING_FUNCTIONS } from './strings';
import { FunctionSpec, Pending, TemplateEvaluator } from './support';
import { TIME_FUNCTIONS } from './time';

const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(Object.entries({
  ...STRING_FUNCTIONS,
  ...FORMAT_FUNCTIONS,
  ...REGEX_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...NUMBER_FUNCTIONS,
  ...JSON_FUNCTIONS,
  ...ENCODING_FUNCTIONS,
  ...IPNET_FUNCTIONS,
  ...TIME_FUNCTIONS,
}));

/** The names of the functions evaluated here (for documentation and tests). */
export function supportedFunctions(): string[] {
  return [...FUNCTIONS.keys(), 'try', 'can'].sort();
}

/** Call a built-in function. Throws `EvalError` where Terraform would report one. */
export function callFunction(name: string, args: readonly Value[], templates: TemplateEvaluator): Value {
  const spec = FUNCTIONS.get(name);
  if (spec === undefined) return UNKNOWN;
  const { params, variadic } = spec;
  if (args.length < params.length || (variadic === undefined && args.length > params.length)) {
    const expected = variadic ? `at least ${params.length}` : String(params.length);
    throw new EvalError(`${name}() takes ${expected} argument${params.length === 1 && !variadic ? '' : 's'}, got ${args.length}`);
  }
  const converted: Value[] = [];
  let unknown = false;
  for (let i = 0; i < args.length; i++) {
    const param = params[i] ?? variadic!;
    let v = args[i];
    if (isLazy(v)) v = v.whole?.() ?? UNKNOWN;
    if (v === null && !param.allowNull) throw new EvalError(`${name}(): argument ${i + 1} must not be null`);
    if (v instanceof Unknown && !param.allowUnknown) unknown = true;
    if (param.type !== DYNAMIC && v !== null) {
      try {
        v = convert(v, param.type);
      } catch (e) {
        if (e instanceof EvalError) throw new EvalError(`${name}(): invalid value for argument ${i + 1}: ${e.message}`);
        throw e;
      }
    }
    converted.push(v);
  }
  if (unknown) return UNKNOWN;
  try {
    return spec.impl(converted, templates);
  } catch (e) {
    if (e instanceof Pending) return UNKNOWN;
    if (e instanceof EvalError && !e.message.startsWith(name)) throw new EvalError(`${name}(): ${e.message}`);
    throw e;
  }
}
