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

/**
 * Thrown by `createSession` and `restoreSession` when the session's language has no registered
 * language pack while the method turns on a built-in text rule: the rules would judge the texts with
 * English words and let advice through. Register the pack first
 * (`registerLanguagePack(nl)` with `import { nl } from '@intervision/core/lang/nl'`).
 */
export class LanguagePackMissingError extends IntervisionError<'language-pack-missing'> {
  constructor(
    /** The session language without a pack. */
    readonly lang: string,
    /** The built-in text rules the method turns on (`no-advice`, …). */
    readonly rules: readonly string[],
  ) {
    super(
      'language-pack-missing',
      `The session language "${lang}" has no registered language pack, and the method uses the text rule(s) ${rules.map((r) => `"${r}"`).join(', ')}. ` +
        `Register it first: import { ${/^[a-z]+$/.test(lang) ? lang : 'pack'} } from '@intervision/core/lang/${lang}' and call registerLanguagePack(${/^[a-z]+$/.test(lang) ? lang : 'pack'}).`,
    );
  }
}

/** Whether `error` is a {@link LanguagePackMissingError} (from either build of the package). */
export function isLanguagePackMissingError(error: unknown): error is LanguagePackMissingError {
  return isIntervisionError(error, 'language-pack-missing');
}
