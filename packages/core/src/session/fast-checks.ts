import { isValidText } from '../engine/schemas.js';
import { isValidRefText, isVisibleText } from '../engine/text-checks.js';
import { TEXT_OUTPUTS } from '../method/vocabulary.js';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../shared/ids.js';

/**
 * The value checks of the fast parse paths (`fast-event.ts`, `fast-command.ts`): each is the same rule
 * as the zod schema's, built from the schema's own predicates, so a fast path is never more lenient.
 */
export type Check = (value: unknown) => boolean;

/** One field of a fast-path spec: its key, its check, and whether it may be absent. */
export type FieldSpec = readonly [key: string, check: Check, optional?: boolean];

/** Valid text per `TextSchema`. */
export const isText: Check = (value) => typeof value === 'string' && value.length <= MAX_TEXT_LENGTH && isVisibleText(value) && isValidText(value);

/** A valid reference per `RefSchema`. */
export const isRef: Check = (value) => typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH && isValidRefText(value);

/** An empty list (events without findings). */
export const isEmptyList: Check = (value) => Array.isArray(value) && value.length === 0;
/** A boolean. */
export const isBool: Check = (value) => typeof value === 'boolean';
/** A string or `null`. */
export const isStringOrNull: Check = (value) => value === null || typeof value === 'string';
/** One of the text outputs. */
export const isTextOutput: Check = (value) => typeof value === 'string' && (TEXT_OUTPUTS as readonly string[]).includes(value);
/** A rating 1–5, or `null`. */
export const isRatingOrNull: Check = (value) => value === null || isRating(value);
/** A rating 1–5. */
export const isRating: Check = (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;
/** A finite number above 0. */
export const isPositive: Check = (value) => typeof value === 'number' && Number.isFinite(value) && value > 0;
/** A phase run number (a safe integer ≥ 1). */
export const isRun: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 1;

/** The optional `commandId` every event and command may carry (a reference). */
export const COMMAND_ID: readonly FieldSpec[] = [['commandId', isRef, true]];

/** A plain, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How many own enumerable keys `value` has (an own `__proto__` key counts). */
export function ownKeyCount(value: Record<string, unknown>): number {
  let own = 0;
  for (const key in value) if (Object.hasOwn(value, key)) own++;
  return own;
}

/**
 * Copies the fields of `spec` from `raw` into `out`, in the spec's order. Returns the number of fields
 * copied, or -1 when a required field is missing or a value fails its check.
 */
export function copyFields(raw: Record<string, unknown>, spec: readonly FieldSpec[], out: Record<string, unknown>): number {
  let copied = 0;
  // An indexed loop: this runs for every event of a restored log (destructuring iteration cost ~15% of a rebuild).
  for (let i = 0; i < spec.length; i++) {
    const [key, check, optional] = spec[i]!;
    if (!Object.hasOwn(raw, key)) {
      if (optional) continue;
      return -1;
    }
    const value = raw[key];
    if (!check(value)) return -1;
    out[key] = check === isEmptyList ? [] : value;
    copied++;
  }
  return copied;
}
