/**
 * The base of every error the SDK throws. Recognise errors by `code` (with the `isXxxError` helpers),
 * not by `instanceof` alone: a host that loads the ESM and the CJS build side by side has two copies
 * of every class, and only the code is the same in both.
 */
export class IntervisionError<Code extends string = string> extends Error {
  /** Stable error code. */
  readonly code: Code;
  /** Marks every SDK error, whichever copy of the package created it. */
  readonly intervision = true as const;

  constructor(code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Whether `error` is an SDK error (from any copy of the package), optionally with one of `codes`. */
export function isIntervisionError<C extends string = string>(error: unknown, ...codes: C[]): error is IntervisionError<C> {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { intervision?: unknown; code?: unknown };
  return e.intervision === true && typeof e.code === 'string' && (codes.length === 0 || (codes as string[]).includes(e.code));
}
