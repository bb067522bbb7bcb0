export { loadInputs } from './load';
export type { LoadedConfiguration, LoadOptions } from './load';
export type { UnexpandedModule } from './modules';
export type { VariableArgument } from './tfvars';
export { isPlanOrState, planToConfiguration, UNKNOWN_VALUE } from './plan';
export { parseHcl } from './hcl';
export { parseJson } from './json-text';
export { mergeFiles } from './merge';
