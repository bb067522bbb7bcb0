/*
 * One layer for Terraform providers that have no prebuilt cdktf binding here (internal: not
 * part of the jsii API). Every binding is a subclass of `BoundResource` (or `BoundProvider`
 * for a provider configuration) that types its arguments in camelCase and renders the
 * provider's snake_case names from a function of its construct's state, so settings added
 * after construction still land (rendered lazily, as cdk8s-plus does).
 *
 * Blocks and attributes are rendered one way, whatever the provider:
 * - a nested *block* (SDKv2 `Block`, written `name { … }` in HCL) is `blocks(…)`: a JSON list
 *   of objects, an HCL block;
 * - a nested *attribute* (plugin-framework `SingleNestedAttribute`, written `name = { … }`) is
 *   a plain object: a JSON object, an HCL map;
 * - a list of objects that is an attribute (`ListNestedAttribute`) is a plain array.
 * `undefined` is dropped at every depth (Terraform JSON has no "unset").
 *
 * Every argument a binding emits is checked against the provider's documentation at the
 * release tag named by its `ProviderBinding` (one table per provider under test/bindings/).
 */
import { ITerraformDependable, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

/** A Terraform provider without a prebuilt cdktf binding: how resources name and declare it. @internal */
export interface ProviderBinding {
  /** Local name, e.g. `hcloud`. */
  readonly name: string;
  /** Registry source, e.g. `hetznercloud/hcloud`. */
  readonly source: string;
  /** The release whose documentation the bindings follow, e.g. `1.68.0`. */
  readonly documentedVersion: string;
  /**
   * Version constraint written by the provider configuration binding (`BoundProvider`).
   * Resources never write one, so a constraint the user declares wins the merge.
   */
  readonly versionConstraint?: string;
  /**
   * Whether resources declare `required_providers` themselves (source only). False where
   * every resource is bound to a `BoundProvider` of this binding, which declares it.
   */
  readonly resourcesDeclareSource: boolean;
}

/** A list of nested blocks (`name { … }` in HCL, a JSON list of objects). @internal */
export class NestedBlocks {
  constructor(public readonly items: ReadonlyArray<Record<string, unknown>>) {}
}

/** Nested blocks of a resource or provider argument. @internal */
export function blocks(...items: Array<Record<string, unknown>>): NestedBlocks {
  return new NestedBlocks(items);
}

/** Nested blocks, or nothing when there are none (an absent optional block). @internal */
export function blocksOrNone(items: Array<Record<string, unknown>>): NestedBlocks | undefined {
  return items.length > 0 ? new NestedBlocks(items) : undefined;
}

/** Terraform JSON of rendered attributes: blocks become lists, `undefined` is dropped at every depth. @internal */
export function toJson(attributes: Record<string, unknown>): Record<string, any> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const rendered = jsonValue(value);
    if (rendered !== undefined) out[key] = rendered;
  }
  return out;
}

function jsonValue(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value instanceof NestedBlocks) return value.items.map((item) => toJson(item));
  if (Array.isArray(value)) return value.map((v) => jsonValue(v)).filter((v) => v !== undefined);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return toJson(value as Record<string, unknown>);
  }
  return value;
}

/**
 * The same attributes in the shape cdktf's HCL renderer expects (`{ value, isBlock, type,
 * storageClassType }`). @internal
 */
export function toHcl(attributes: Record<string, unknown>): { [name: string]: any } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (value instanceof NestedBlocks) {
      out[key] = { value: value.items.map((item) => toHcl(item)), isBlock: true, type: 'list', storageClassType: `${key}List` };
    } else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
      out[key] = { value: jsonValue(value), isBlock: false, type: 'any', storageClassType: 'any' };
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = { value: jsonValue(value), isBlock: false, type: 'map', storageClassType: 'stringMap' };
    } else {
      const storageClassType = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
      out[key] = { value, isBlock: false, type: 'simple', storageClassType };
    }
  }
  return out;
}

/** One resource of a provider without a cdktf binding, rendered from typed config. @internal */
export abstract class BoundResource<C> extends TerraformResource {
  private readonly render: () => C;
  private readonly binding: ProviderBinding;

  protected constructor(scope: Construct, id: string, resourceType: string, binding: ProviderBinding, render: () => C,
    provider?: TerraformProvider, dependsOn?: ITerraformDependable[]) {
    super(scope, id, {
      terraformResourceType: resourceType,
      terraformGeneratorMetadata: binding.versionConstraint === undefined
        ? { providerName: binding.name }
        : { providerName: binding.name, providerVersionConstraint: binding.versionConstraint },
      provider,
      dependsOn,
    });
    this.render = render;
    this.binding = binding;
  }

  /** The configuration as it renders now. */
  public get config(): C {
    return this.render();
  }

  public toTerraform(): any {
    const out = super.toTerraform();
    if (!this.binding.resourcesDeclareSource) return out;
    return { ...out, terraform: { required_providers: { [this.binding.name]: { source: this.binding.source } } } };
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return toJson(this.attributes(this.render()));
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return toHcl(this.attributes(this.render()));
  }

  /** The arguments in the provider's names; nested blocks as `blocks(…)`. */
  protected abstract attributes(config: C): Record<string, unknown>;
}

/** A provider configuration block of a provider without a cdktf binding. @internal */
export abstract class BoundProvider extends TerraformProvider {
  private providerAlias?: string;

  protected constructor(scope: Construct, id: string, binding: ProviderBinding, alias?: string) {
    super(scope, id, {
      terraformResourceType: binding.name,
      terraformGeneratorMetadata: { providerName: binding.name, providerVersionConstraint: binding.versionConstraint },
      terraformProviderSource: binding.source,
    });
    this.providerAlias = alias;
  }

  public get alias(): string | undefined {
    return this.providerAlias;
  }

  public set alias(value: string | undefined) {
    this.providerAlias = value;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return toJson(this.attributes());
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return toHcl(this.attributes());
  }

  /** The provider arguments in the provider's names; nested blocks as `blocks(…)`. */
  protected abstract attributes(): Record<string, unknown>;
}
