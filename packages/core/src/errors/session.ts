import { IntervisionError, isIntervisionError } from './base.js';

/** Thrown by `createSession` for options that cannot make a valid session (a programmer error). */
export class SessionConfigError extends IntervisionError<'invalid-session-config'> {
  constructor(
    /** Every problem found. */
    readonly problems: string[],
  ) {
    super('invalid-session-config', `Invalid session options:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Whether `error` is a {@link SessionConfigError} (from either build of the package). */
export function isSessionConfigError(error: unknown): error is SessionConfigError {
  return isIntervisionError(error, 'invalid-session-config');
}

/** Why a log could not be restored. */
export type RestoreErrorCode =
  | 'corrupt-log'
  | 'method-mismatch'
  | 'method-version-mismatch'
  | 'unknown-session'
  | 'wrong-tenant'
  | 'pseudonym-key-required'
  | 'pseudonym-key-mismatch';

/** Thrown by `restoreSession` when a log cannot be replayed (corrupt, of another method or version, or unknown). */
export class RestoreError extends IntervisionError<RestoreErrorCode> {}

/** Whether `error` is a {@link RestoreError} (from either build of the package). */
export function isRestoreError(error: unknown): error is RestoreError {
  return isIntervisionError(
    error,
    'corrupt-log',
    'method-mismatch',
    'method-version-mismatch',
    'unknown-session',
    'wrong-tenant',
    'pseudonym-key-required',
    'pseudonym-key-mismatch',
  );
}
