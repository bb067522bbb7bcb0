/* Hand-written HCL → Terraform JSON, for rule tests that read like the configurations they judge. */
import { parseHcl } from '../../../../lib/compliance/input/hcl';

export async function hcl(text: string): Promise<Record<string, unknown>> {
  return parseHcl('main.tf', text);
}
