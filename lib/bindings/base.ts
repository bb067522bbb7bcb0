/*
 * A small typed layer for provider resources that have no prebuilt cdktf binding here
 * (internal: not part of the jsii API). Each resource class types its arguments in camelCase
 * and renders the provider's snake_case names; every argument name is taken from the
 * provider's own documentation at the tag linked on the class.
 *
 * Resources declare their provider's source in `required_providers` (without a version, so a
 * provider binding the user adds with its own constraint wins the merge) and use whatever
 * provider configuration the stack has, or the one passed in.
 */
import { TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { prune, toHclAttributes } from './aws/provider';

/** A provider: its local name and registry source. @internal */
export interface ProviderSource {
  readonly name: string;
  readonly source: string;
  /** The provider version whose documentation the bindings follow. */
  readonly documentedVersion: string;
}

/** @internal */
export const STACKIT: ProviderSource = { name: 'stackit', source: 'stackitcloud/stackit', documentedVersion: '0.113.0' };
/** @internal */
export const OVH: ProviderSource = { name: 'ovh', source: 'ovh/ovh', documentedVersion: '2.19.0' };

/** One resource of a provider without a cdktf binding, rendered from typed config. @internal */
export abstract class TypedResource<C> extends TerraformResource {
  private readonly render: () => C;
  private readonly providerSource: ProviderSource;

  protected constructor(scope: Construct, id: string, resourceType: string, providerSource: ProviderSource, render: () => C,
    provider?: TerraformProvider) {
    super(scope, id, {
      terraformResourceType: resourceType,
      terraformGeneratorMetadata: { providerName: providerSource.name },
      provider,
    });
    this.render = render;
    this.providerSource = providerSource;
  }

  /** The configuration as it renders now. */
  public get config(): C {
    return this.render();
  }

  public toTerraform(): any {
    const out = super.toTerraform();
    return {
      ...out,
      terraform: { required_providers: { [this.providerSource.name]: { source: this.providerSource.source } } },
    };
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return prune(this.attributes(this.render()));
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return toHclAttributes(this.synthesizeAttributes());
  }

  protected abstract attributes(config: C): Record<string, unknown>;
}
