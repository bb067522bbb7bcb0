export { loadInputs } from './load';
export type { LoadedConfiguration } from './load';
export { isPlanOrState, planToConfiguration, UNKNOWN_VALUE } from './plan';
export { parseHcl } from './hcl';
export { parseJson } from './json-text';
export { mergeFiles } from './merge';
