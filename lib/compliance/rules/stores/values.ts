import { RuleContext } from '../../model/view';

// ---------------------------------------------------------------------------------------
// Reading store arguments: flags, day counts and blocks in either JSON spelling.
// ---------------------------------------------------------------------------------------

/** A boolean-ish flag: true/false, "true"/"false", "Enabled"/"Disabled"; undefined when unknown before apply. */
export function flag(value: unknown, context: RuleContext): boolean | undefined {
  const v = context.literal(value);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.toLowerCase();
    if (s === 'true' || s === 'enabled' || s === 'on') return true;
    if (s === 'false' || s === 'disabled' || s === 'off' || s === 'suspended') return false;
  }
  return undefined;
}

/** A number of days: undefined when absent, null when unknown before apply. */
export function count(value: unknown, context: RuleContext): number | null | undefined {
  if (value === undefined || value === null) return undefined;
  const v = context.literal(value);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

/** A block written as an object or a list of objects: its first element. */
export function first(value: unknown): any {
  return Array.isArray(value) ? value[0] : value;
}

/** Blocks written as an object or a list of objects, as a list. */
export function blockList(value: unknown): any[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v && typeof v === 'object');
}

/** Filter fields nested in an S3 lifecycle rule's `filter` block (and its `and`). */
const S3_NESTED_FILTERS = ['prefix', 'tag', 'tags', 'and', 'object_size_greater_than', 'object_size_less_than'];

/**
 * Whether a lifecycle rule narrows itself to part of the store (a prefix, tag or size filter).
 * `nested`: filter fields of the provider's own filter blocks, besides the S3 API's.
 */
export function hasFilter(block: any, keys: string[], nested: string[] = []): boolean {
  for (const key of keys) {
    const v = first(block?.[key]);
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'object') {
      if (hasFilter(v, [...S3_NESTED_FILTERS, ...nested], nested)) return true;
      continue;
    }
    return true;
  }
  return false;
}

/** Filter arguments of S3-style lifecycle rules (inline and in `*_lifecycle_configuration` resources). */
export const S3_FILTERS = ['prefix', 'tags', 'tag', 'filter', 'object_size_greater_than', 'object_size_less_than'];
