import { isValidText, type SessionEvent } from '../engine/schemas.js';
import { isValidRefText, isVisibleText } from '../engine/text-checks.js';
import { TEXT_OUTPUTS } from '../method/vocabulary.js';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../shared/ids.js';

/**
 * A fast path for parsing the common events of a log, at a fraction of zod's cost. It accepts only
 * events it can fully vouch for — a known type, exactly the expected keys, every value valid under the
 * same rules as {@link SessionEventSchema} — and returns a fresh copy in the schema's key order. For
 * anything else (the `created` event, blocked inputs, events with findings, unknown or missing keys,
 * any doubt) it returns `undefined` and the caller parses with zod, which gives the error message.
 * So it is never more lenient than the schema; `test/fast-event.test.ts` checks that it agrees with
 * zod on every event of the catalog scenarios and on mutations of them.
 */
export function fastEvent(raw: unknown): SessionEvent | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const event = raw as Record<string, unknown>;
  const type = event.type;
  if (typeof type !== 'string' || !Object.hasOwn(SPECS, type)) return undefined;
  const spec = SPECS[type]!;
  const seq = event.seq;
  const at = event.at;
  if (!Number.isSafeInteger(seq) || (seq as number) < 0 || typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  let keys = 3;
  const out: Record<string, unknown> = { type, seq, at };
  if (Object.hasOwn(event, 'commandId')) {
    if (!isRef(event.commandId)) return undefined;
    out.commandId = event.commandId;
    keys++;
  }
  for (const [key, check, optional] of spec) {
    if (!Object.hasOwn(event, key)) {
      if (optional) continue;
      return undefined;
    }
    const value = event[key];
    if (!check(value)) return undefined;
    out[key] = check === isEmptyList ? [] : value;
    keys++;
  }
  // Exactly the expected keys: zod would strip unknown ones, so leave those to zod.
  let own = 0;
  for (const key in event) if (Object.hasOwn(event, key)) own++;
  if (own !== keys) return undefined;
  return out as SessionEvent;
}

type Check = (value: unknown) => boolean;
type FieldSpec = readonly [key: string, check: Check, optional?: boolean];

/** Valid text per `TextSchema` (the schema's own predicates). */
function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length <= MAX_TEXT_LENGTH && isVisibleText(value) && isValidText(value);
}

/** A valid reference per `RefSchema` (the schema's own predicate). */
function isRef(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH && isValidRefText(value);
}

const isEmptyList: Check = (value) => Array.isArray(value) && value.length === 0;
const isBool: Check = (value) => typeof value === 'boolean';
const isStringOrNull: Check = (value) => value === null || typeof value === 'string';
const isTextOutput: Check = (value) => typeof value === 'string' && (TEXT_OUTPUTS as readonly string[]).includes(value);
const isRating: Check = (value) => value === null || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5);
const isPositive: Check = (value) => typeof value === 'number' && Number.isFinite(value) && value > 0;
const isRun: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 1;

const BY: FieldSpec = ['by', isRef];
const FINDINGS: FieldSpec = ['findings', isEmptyList];

/** The fields after `type`, `seq`, `at` and `commandId`, in the schema's order, of the events the fast path takes. */
const SPECS: Readonly<Record<string, readonly FieldSpec[]>> = Object.assign(Object.create(null) as Record<string, readonly FieldSpec[]>, {
  started: [BY],
  'topic-proposed': [BY, ['text', isText], FINDINGS],
  'topic-chosen': [BY, ['proposalId', isRef]],
  contributed: [BY, ['kind', isRef], ['text', isText], ['replyTo', isRef, true], FINDINGS],
  overridden: [BY, ['blockedId', isRef]],
  passed: [BY],
  'heard-confirmed': [BY, ['heard', isBool]],
  'listener-chosen': [BY, ['listener', isRef]],
  revealed: [BY],
  'phase-advanced': [BY],
  'phase-repeated': [BY, ['phase', isRef]],
  'module-chosen': [BY, ['module', isRef]],
  'output-set': [BY, ['output', isTextOutput], ['text', isText], FINDINGS],
  'action-added': [BY, ['text', isText], ['owner', isRef], ['due', isStringOrNull]],
  evaluated: [BY, ['rating', isRating], ['text', isStringOrNull]],
  paused: [BY],
  resumed: [BY],
  'time-extended': [BY, ['minutes', isPositive]],
  'timer-expired': [
    ['phase', isRef],
    ['run', isRun],
  ],
  ended: [BY],
  aborted: [BY, ['reason', isStringOrNull]],
});
