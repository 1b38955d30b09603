import { isStoreError, StoreError } from '@intervision/core/store-kit';

/** Whether `error` is an SDK error (either build), which passes through unchanged. */
function isSdkError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { intervision?: unknown }).intervision === true;
}

/**
 * Turns a driver error into a typed store error: a locked database is `unavailable` (try again), any
 * other failure `store-error`. SDK errors (conflicts, refusals) pass through.
 */
export function storeErrorOf(error: unknown, doing: string): unknown {
  if (isSdkError(error) || isStoreError(error)) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new StoreError('unavailable', `SQLite is busy (${doing}); try again`, { cause: error });
  return new StoreError('store-error', `SQLite failed while ${doing}: ${(error as Error).message ?? String(error)}`, { cause: error });
}

/** Runs `fn`, turning what it throws into a typed store error. */
export function guarded<T>(doing: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw storeErrorOf(error, doing);
  }
}
