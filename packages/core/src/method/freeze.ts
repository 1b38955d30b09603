/**
 * Freezes a value and everything it holds, in place, and returns it. Used for validated method
 * definitions, which are shared between sessions and must never change.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
