import type { Command } from '../engine/schemas.js';
import { COMMAND_ID, copyFields, type FieldSpec, isBool, isRating, isRecord, isRef, isRun, isText, isTextOutput, ownKeyCount } from './fast-checks.js';

/**
 * A fast path for parsing the common commands, at a fraction of zod's cost (`session.send` parses every
 * command). Like the event fast path it accepts only what it can fully vouch for — a known type, no
 * unknown keys, every value valid under {@link CommandSchema}'s own rules — and returns a fresh copy in the
 * schema's key order; anything else (rare commands, a due date, a list of modules, any doubt) returns
 * `undefined` and the caller parses with zod, which gives the error message. `test/fast-command.test.ts`
 * checks that it agrees with zod on the catalog's commands and on mutations of them.
 */
export function fastCommand(raw: unknown): Command | undefined {
  if (!isRecord(raw)) return undefined;
  // Every value is read once and the copy holds only what was checked (a getter cannot change it after).
  const type = raw.type;
  const by = raw.by;
  if (typeof type !== 'string' || !Object.hasOwn(SPECS, type) || !isRef(by)) return undefined;
  const out: Record<string, unknown> = { type, by };
  const meta = copyFields(raw, COMMAND_ID, out);
  if (meta < 0) return undefined;
  let keys = 2 + meta;
  if (Object.hasOwn(raw, 'expect')) {
    const expect = raw.expect;
    if (!isRecord(expect) || ownKeyCount(expect) !== 2) return undefined;
    const phase = expect.phase;
    const run = expect.run;
    if (!isRef(phase) || !isRun(run)) return undefined;
    out.expect = { phase, run };
    keys++;
  }
  const copied = copyFields(raw, SPECS[type]!, out);
  // Commands are strict: an unknown key is an error, which zod words.
  if (copied < 0 || ownKeyCount(raw) !== keys + copied) return undefined;
  return out as Command;
}

/** The fields after `type`, `by`, `commandId` and `expect`, in the schema's order, of the commands the fast path takes. */
const SPECS: Readonly<Record<string, readonly FieldSpec[]>> = Object.assign(Object.create(null) as Record<string, readonly FieldSpec[]>, {
  start: [],
  'propose-topic': [['text', isText]],
  'choose-topic': [['proposalId', isRef]],
  contribute: [
    ['kind', isRef],
    ['text', isText],
    ['replyTo', isRef, true],
  ],
  answer: [
    ['questionId', isRef],
    ['text', isText],
  ],
  pass: [],
  'confirm-heard': [['heard', isBool]],
  'choose-listener': [['listener', isRef]],
  reveal: [],
  advance: [],
  'opt-in': [['phase', isRef]],
  'opt-out': [['phase', isRef]],
  'set-output': [
    ['output', isTextOutput],
    ['text', isText],
  ],
  evaluate: [
    ['rating', isRating, true],
    ['text', isText, true],
  ],
  pause: [],
  resume: [],
  end: [],
  override: [['blockedId', isRef]],
});
