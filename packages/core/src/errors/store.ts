import { IntervisionError, isIntervisionError } from './base.js';

/** Thrown (rejected) by `SessionStore.append` when the expected version is not the current one. */
export class ConcurrencyError extends IntervisionError<'concurrency-conflict'> {
  constructor(
    /** The session. */
    readonly sessionId: string,
    /** The version the writer expected. */
    readonly expectedVersion: number,
    /** The version the store has. */
    readonly actualVersion: number,
  ) {
    super('concurrency-conflict', `Session ${sessionId}: expected version ${expectedVersion}, but the store is at ${actualVersion}`);
  }
}

/** Whether `error` is a {@link ConcurrencyError} (from either build of the package). */
export function isConcurrencyError(error: unknown): error is ConcurrencyError {
  return isIntervisionError(error, 'concurrency-conflict');
}

/** Codes a store rejects with besides `concurrency-conflict`. */
export type StoreErrorCode =
  | 'wrong-tenant'
  | 'bad-sequence'
  | 'unknown-session'
  | 'invalid-row'
  | 'command-id-reused'
  | 'decryption-failed'
  | 'unavailable'
  | 'store-error';

/** Thrown (rejected) by a store for an operation that cannot be carried out (wrong tenant, bad sequence, …). */
export class StoreError extends IntervisionError<StoreErrorCode> {}

/** Whether `error` is a {@link StoreError} (from either build of the package), optionally with one of `codes`. */
export function isStoreError(error: unknown, ...codes: StoreErrorCode[]): error is StoreError {
  const all: StoreErrorCode[] = [
    'wrong-tenant',
    'bad-sequence',
    'unknown-session',
    'invalid-row',
    'command-id-reused',
    'decryption-failed',
    'unavailable',
    'store-error',
  ];
  return isIntervisionError(error, ...(codes.length > 0 ? codes : all));
}
