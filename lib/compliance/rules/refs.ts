import { REFERENCES, StandardReference } from '../references';

/** Look up references by key; a typo fails at module load, not in a report. @internal */
export function refs(...keys: string[]): StandardReference[] {
  return keys.map((key) => {
    const ref = REFERENCES[key];
    if (!ref) throw new Error(`Unknown reference key "${key}" in a rule definition`);
    return ref;
  });
}
