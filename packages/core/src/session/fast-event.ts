import type { SessionEvent } from '../engine/schemas.js';
import {
  COMMAND_ID,
  copyFields,
  type FieldSpec,
  isBool,
  isEmptyList,
  isPositive,
  isRatingOrNull,
  isRecord,
  isRef,
  isRun,
  isStringOrNull,
  isText,
  isTextOutput,
  ownKeyCount,
} from './fast-checks.js';

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
  if (!isRecord(raw)) return undefined;
  const type = raw.type;
  if (typeof type !== 'string' || !Object.hasOwn(SPECS, type)) return undefined;
  const seq = raw.seq;
  const at = raw.at;
  if (!Number.isSafeInteger(seq) || (seq as number) < 0 || typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  const out: Record<string, unknown> = { type, seq, at };
  const meta = copyFields(raw, COMMAND_ID, out);
  const copied = meta < 0 ? -1 : copyFields(raw, SPECS[type]!, out);
  // Exactly the expected keys: zod would strip unknown ones, so leave those to zod.
  if (copied < 0 || ownKeyCount(raw) !== 3 + meta + copied) return undefined;
  return out as SessionEvent;
}

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
  evaluated: [BY, ['rating', isRatingOrNull], ['text', isStringOrNull]],
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
