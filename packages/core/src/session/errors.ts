/** Thrown by `createSession` for options that cannot make a valid session (a programmer error). */
export class SessionConfigError extends Error {
  /** Stable error code. */
  readonly code = 'invalid-session-config';
  constructor(
    /** Every problem found. */
    readonly problems: string[],
  ) {
    super(`Invalid session options:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SessionConfigError';
  }
}

/** Thrown by `restoreSession` when a log cannot be replayed (corrupt, or for another method). */
export class RestoreError extends Error {
  /** `corrupt-log`, `method-mismatch` or `unknown-session`. */
  readonly code: 'corrupt-log' | 'method-mismatch' | 'unknown-session';
  constructor(code: RestoreError['code'], message: string) {
    super(message);
    this.name = 'RestoreError';
    this.code = code;
  }
}
