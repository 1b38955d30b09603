/**
 * A record keyed by user data (participant ids, phase ids, option keys) with no prototype, so a key
 * named `toString`, `constructor` or `__proto__` is an ordinary key. Plain JSON when serialised.
 */
export type Dict<V> = Record<string, V>;

/** A new empty {@link Dict}: `Object.create(null)`. */
export function dict<V>(entries?: Iterable<readonly [string, V]>): Dict<V> {
  const out = Object.create(null) as Dict<V>;
  if (entries) for (const [k, v] of entries) out[k] = v;
  return out;
}

/** Own-property lookup that never reads the prototype chain. */
export function own<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether `record` has `key` as an own property. */
export function hasOwn(record: object | undefined, key: string): boolean {
  return record !== undefined && Object.hasOwn(record, key);
}

/** A copy of `record` without a prototype (for records parsed from JSON or zod). */
export function toDict<V>(record: Readonly<Record<string, V>>): Dict<V> {
  return dict(Object.entries(record));
}
