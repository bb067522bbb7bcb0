/**
 * The `resource.` prefix of a reference: Terraform accepts `resource.<type>.<name>` for a
 * managed resource, next to the usual `<type>.<name>` (as `data.<type>.<name>` names a data
 * source); provider examples and their acceptance tests write it, e.g.
 * `cluster = resource.upcloud_kubernetes_cluster.main.id`. The engine reads references in their
 * usual form, so the loader drops the prefix inside `${…}` once per module, before modules are
 * inlined. Only a prefix followed by a resource the module declares is dropped: a `for`
 * variable that happens to be called `resource` (`[for resource in var.x : resource.name]`) and
 * quoted text stay as written. Checked with Terraform 1.11: `input = resource.terraform_data.a.output`
 * validates and plans like `terraform_data.a.output`.
 */

type Body = Record<string, unknown>;

const PREFIXED = /(?<![\w.\-"'])resource\.([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)/g;

/** Drop `resource.` before references to the module's own resources, in place; `config` is one module. */
export function dropResourcePrefix(config: Body): void {
  const declared = new Set<string>();
  const resources = config.resource;
  for (const section of Array.isArray(resources) ? resources : [resources]) {
    if (!section || typeof section !== 'object') continue;
    for (const [type, byName] of Object.entries(section as Body)) {
      for (const block of Array.isArray(byName) ? byName : [byName]) {
        if (block && typeof block === 'object') for (const name of Object.keys(block as Body)) declared.add(`${type}.${name}`);
      }
    }
  }
  if (declared.size === 0) return;
  const rewrite = (text: string): string => {
    if (!text.includes('resource.') || !text.includes('${')) return text;
    return inInterpolations(text, (expr) => expr.replace(PREFIXED, (all, type: string, name: string) => (declared.has(`${type}.${name}`) ? `${type}.${name}` : all)));
  };
  walk(config, rewrite);
}

function walk(value: unknown, rewrite: (text: string) => string): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === 'string') value[i] = rewrite(v);
      else walk(v, rewrite);
    }
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as Body;
  for (const key of Object.keys(obj)) {
    if (key === '//') continue;
    const v = obj[key];
    if (typeof v === 'string') obj[key] = rewrite(v);
    else walk(v, rewrite);
  }
}

/** `text` with `f` applied to the inside of every top-level `${…}` (`$${` is literal text). */
function inInterpolations(text: string, f: (expr: string) => string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$${', i)) {
      out += '$${';
      i += 3;
      continue;
    }
    if (!text.startsWith('${', i)) {
      out += text[i++];
      continue;
    }
    let depth = 1;
    let j = i + 2;
    while (j < text.length && depth > 0) {
      const c = text[j];
      if (c === '"') {
        // A quoted string (which may hold a nested template): skip to its closing quote.
        j++;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      } else if (c === '{') depth++;
      else if (c === '}') depth--;
      j++;
    }
    if (depth !== 0) return out + text.slice(i);
    out += `\${${f(text.slice(i + 2, j - 1))}}`;
    i = j;
  }
  return out;
}
