import { isIntervisionError } from '../errors/base.js';

/** A conformance check that did not hold. */
export class ConformanceFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConformanceFailure';
  }
}

/** JSON with object keys sorted, so two values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** Shortens a value for a failure message (the values compared can be 10,000 characters long). */
function brief(value: unknown): string {
  const text = canonical(value) ?? String(value);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

/** Fails unless `actual` and `expected` are equal as JSON (key order ignored). */
export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (canonical(actual) !== canonical(expected)) throw new ConformanceFailure(`${what}: expected ${brief(expected)}, got ${brief(actual)}`);
}

/** Fails unless `condition` holds. */
export function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new ConformanceFailure(what);
}

/** Fails unless `promise` rejects with an SDK error carrying `code` (recognised by code, not by class). */
export async function expectRejects(promise: Promise<unknown>, code: string, what: string): Promise<void> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    if (isIntervisionError(error, code)) return;
    const got = error instanceof Error ? `${error.name}: ${(error as { code?: string }).code ?? ''} ${error.message}` : String(error);
    throw new ConformanceFailure(`${what}: expected a rejection with code ${code}, got ${got}`);
  }
  throw new ConformanceFailure(`${what}: expected a rejection with code ${code}, but it resolved to ${brief(outcome)}`);
}

/** Waits until `condition()` holds, polling up to `timeoutMs`; fails with `what` otherwise. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new ConformanceFailure(`${what} (waited ${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits `ms` milliseconds (to give a store time to deliver something it must not deliver). */
export function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
