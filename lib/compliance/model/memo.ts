/**
 * Nested memo tables: the engine keys its per-configuration caches by two or three parts
 * (provider block, then type; provider, then source, then code) rather than by a concatenated
 * string, so that no key is built per resource.
 */

/** A table `innerMap` can fill: a Map or a WeakMap. @internal */
export interface MemoTable<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The inner table of `outer` at `key`, made empty on first use. @internal */
export function innerMap<K, K2, V>(outer: MemoTable<K, Map<K2, V>>, key: K): Map<K2, V> {
  let inner = outer.get(key);
  if (inner === undefined) outer.set(key, (inner = new Map<K2, V>()));
  return inner;
}
