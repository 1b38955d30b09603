import * as z from 'zod/mini';
import { TEXT_OUTPUTS } from '../method/vocabulary.js';
import { LangSchema } from '../shared/lang.js';
import { MAX_ID_LENGTH, MAX_MODULES, MAX_PARTICIPANTS, MAX_TEXT_LENGTH } from './limits.js';
import { hasControl, isValidRefText, isVisibleText, LONE_SURROGATE } from './text-checks.js';

/** A reference to a participant, proposal, contribution or action: 1–200 characters, no control characters. */
export const RefSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(MAX_ID_LENGTH), z.refine(isValidRefText, 'id contains a control character or a lone surrogate'));

/** Whether a string is valid text: no NUL and no lone surrogate. */
export function isValidText(s: string): boolean {
  return !s.includes('\u0000') && !LONE_SURROGATE.test(s);
}

/** A user-written text: not blank (nor only invisible characters), at most {@link MAX_TEXT_LENGTH} characters, no NUL, no lone surrogate. */
export const TextSchema = z.string().check(
  z.maxLength(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`),
  z.refine(isVisibleText, 'text is empty'),
  z.refine((s) => !s.includes('\u0000'), 'text contains a NUL character'),
  z.refine((s) => !LONE_SURROGATE.test(s), 'text contains a lone surrogate (not valid Unicode)'),
);

/** A display name: short, no control characters, valid Unicode. */
export const NameSchema = z.string().check(
  z.maxLength(MAX_ID_LENGTH),
  z.refine((s) => !hasControl(s, false), 'name contains a control character'),
  z.refine((s) => !LONE_SURROGATE.test(s), 'name contains a lone surrogate (not valid Unicode)'),
);

/** A participant of a session and the roles they hold. */
export const ParticipantSchema = z.strictObject({
  id: RefSchema,
  name: z.optional(NameSchema),
  roles: z.array(z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH))).check(z.minLength(1)),
});

/** A participant of a session. */
export type Participant = z.infer<typeof ParticipantSchema>;

/** A list of participants (at most {@link MAX_PARTICIPANTS}). */
export const ParticipantsSchema = z.array(ParticipantSchema).check(z.minLength(1), z.maxLength(MAX_PARTICIPANTS));

/** A finding stored with an event. */
export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['block', 'warn']),
  messageKey: z.string(),
  message: z.string(),
  span: z.optional(z.object({ start: z.int(), end: z.int() })),
  suggestion: z.optional(z.string()),
  confidence: z.optional(z.number()),
});

/** An action item: what someone will do, by when. */
export const ActionSchema = z.object({
  id: RefSchema,
  text: TextSchema,
  owner: RefSchema,
  due: z.nullable(z.string()),
  sessionId: z.optional(z.string()),
});

/** An action item. */
export type Action = z.infer<typeof ActionSchema>;

/** Whether `y-m-d` is a real calendar date (no 31 February). */
function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An ISO calendar date (`2026-12-01`) or date-time, on a day that exists. */
export const DueSchema = z
  .string()
  .check(
    z.refine(
      (s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)) && isCalendarDate(s),
      'due must be an ISO date like 2026-12-01, on a day that exists',
    ),
  );

const by = { by: RefSchema };

/** The phase run a command expects to act in (`advance` from a stale screen is refused with `stale-phase`). */
export const ExpectSchema = z.strictObject({ phase: RefSchema, run: z.int().check(z.gte(1)) });

/** Fields every command may carry besides `by`: a client-made id (idempotency key) and the phase run it expects. */
const commandMeta = { commandId: z.optional(RefSchema), expect: z.optional(ExpectSchema) };

/** Every command a participant (or a host on their behalf) can send, by `type`. */
export const CommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), ...by, ...commandMeta }),
  z.strictObject({ type: z.literal('propose-topic'), ...by, ...commandMeta, text: TextSchema }),
  z.strictObject({ type: z.literal('choose-topic'), ...by, ...commandMeta, proposalId: RefSchema }),
  z.strictObject({ type: z.literal('contribute'), ...by, ...commandMeta, kind: RefSchema, text: TextSchema, replyTo: z.optional(RefSchema) }),
  z.strictObject({ type: z.literal('answer'), ...by, ...commandMeta, questionId: RefSchema, text: TextSchema }),
  z.strictObject({ type: z.literal('pass'), ...by, ...commandMeta }),
  z.strictObject({ type: z.literal('confirm-heard'), ...by, ...commandMeta, heard: z.boolean() }),
  z.strictObject({ type: z.literal('choose-listener'), ...by, ...commandMeta, listener: RefSchema }),
  z.strictObject({ type: z.literal('reveal'), ...by, ...commandMeta }),
  z.strictObject({ type: z.literal('advance'), ...by, ...commandMeta }),
  z.strictObject({ type: z.literal('repeat'), ...by, ...commandMeta, phase: z.optional(RefSchema) }),
  z.strictObject({
    type: z.literal('choose-module'),
    ...by,
    ...commandMeta,
    module: RefSchema,
    followedBy: z.optional(z.array(RefSchema).check(z.maxLength(MAX_MODULES))),
  }),
  z.strictObject({ type: z.literal('opt-in'), ...by, ...commandMeta, phase: RefSchema }),
  z.strictObject({ type: z.literal('opt-out'), ...by, ...commandMeta, phase: RefSchema }),
  z.strictObject({ type: z.literal('next-case'), ...by, ...commandMeta, introducer: RefSchema }),
  z.strictObject({ type: z.literal('leave'), ...by, ...commandMeta, participant: z.optional(RefSchema) }),
  z.strictObject({ type: z.literal('join'), ...by, ...commandMeta, participant: ParticipantSchema }),
  z.strictObject({ type: z.literal('hand-over'), ...by, ...commandMeta, to: RefSchema }),
  z.strictObject({ type: z.literal('set-output'), ...by, ...commandMeta, output: z.enum(TEXT_OUTPUTS), text: TextSchema }),
  z.strictObject({ type: z.literal('add-action'), ...by, ...commandMeta, text: TextSchema, owner: z.optional(RefSchema), due: z.optional(DueSchema) }),
  z.strictObject({
    type: z.literal('report-action'),
    ...by,
    ...commandMeta,
    actionId: RefSchema,
    status: z.enum(['done', 'not-done', 'changed']),
    note: z.optional(TextSchema),
  }),
  z.strictObject({ type: z.literal('evaluate'), ...by, ...commandMeta, rating: z.optional(z.int().check(z.gte(1), z.lte(5))), text: z.optional(TextSchema) }),
  z.strictObject({ type: z.literal('pause'), ...by, ...commandMeta }),
  z.strictObject({ type: z.literal('resume'), ...by, ...commandMeta }),
  z.strictObject({ type: z.literal('extend-time'), ...by, ...commandMeta, minutes: z.number().check(z.positive(), z.lte(600)) }),
  z.strictObject({ type: z.literal('end'), ...by, ...commandMeta }),
  z.strictObject({ type: z.literal('abort'), ...by, ...commandMeta, reason: z.optional(TextSchema) }),
  z.strictObject({ type: z.literal('override'), ...by, ...commandMeta, blockedId: RefSchema }),
]);

/** A command, as sent to `session.send` (after parsing). */
export type Command = z.output<typeof CommandSchema>;
/** A command as a caller writes it (the input type of {@link CommandSchema}). */
export type CommandInput = z.input<typeof CommandSchema>;
/** The `type` of a command. */
export type CommandType = Command['type'];

const meta = {
  seq: z.int().check(z.gte(0)),
  at: z.number(),
  /** The client-made id of the command that produced the event (idempotency key), if it had one. */
  commandId: z.optional(RefSchema),
};
const findings = { findings: z._default(z.array(FindingSchema), []) };

/** The first event of every session: who takes part, in which method and language. */
export const CreatedEventSchema = z.object({
  type: z.literal('created'),
  ...meta,
  sessionId: RefSchema,
  tenantId: RefSchema,
  method: z.object({ id: RefSchema, version: RefSchema, hash: z.optional(RefSchema) }),
  /** Version of the event shapes this log was written with (absent in logs before 2: upcast on load). */
  schema: z.optional(z.int().check(z.gte(1))),
  participants: ParticipantsSchema,
  lang: LangSchema,
  carriedActions: z._default(z.array(ActionSchema), []),
  /** Strict anonymity: anonymous phases are logged under per-session pseudonyms (the key's id and a check value, never the key). */
  anonymity: z.optional(z.strictObject({ mode: z.literal('pseudonymous'), keyId: RefSchema, keyCheck: RefSchema })),
});

/** Every event in a session log, by `type`. Events are what the machine consumes and the store keeps. */
export const SessionEventSchema = z.discriminatedUnion('type', [
  CreatedEventSchema,
  z.object({ type: z.literal('started'), ...meta, ...by }),
  z.object({ type: z.literal('topic-proposed'), ...meta, ...by, text: TextSchema, ...findings }),
  z.object({ type: z.literal('topic-chosen'), ...meta, ...by, proposalId: RefSchema }),
  z.object({ type: z.literal('contributed'), ...meta, ...by, kind: RefSchema, text: TextSchema, replyTo: z.optional(RefSchema), ...findings }),
  z.object({
    type: z.literal('contribution-blocked'),
    ...meta,
    ...by,
    command: z.discriminatedUnion('type', [
      z.object({ type: z.literal('contribute'), kind: RefSchema, text: TextSchema, replyTo: z.optional(RefSchema) }),
      z.object({ type: z.literal('propose-topic'), text: TextSchema }),
      z.object({ type: z.literal('set-output'), output: z.enum(TEXT_OUTPUTS), text: TextSchema }),
    ]),
    ...findings,
  }),
  z.object({ type: z.literal('overridden'), ...meta, ...by, blockedId: RefSchema }),
  z.object({ type: z.literal('passed'), ...meta, ...by }),
  z.object({ type: z.literal('heard-confirmed'), ...meta, ...by, heard: z.boolean() }),
  z.object({ type: z.literal('listener-chosen'), ...meta, ...by, listener: RefSchema }),
  z.object({ type: z.literal('revealed'), ...meta, ...by }),
  z.object({ type: z.literal('phase-advanced'), ...meta, ...by }),
  z.object({ type: z.literal('phase-repeated'), ...meta, ...by, phase: RefSchema }),
  z.object({ type: z.literal('module-chosen'), ...meta, ...by, module: RefSchema, followedBy: z.optional(z.array(RefSchema).check(z.maxLength(MAX_MODULES))) }),
  z.object({ type: z.literal('opted'), ...meta, ...by, phase: RefSchema, optedIn: z.boolean() }),
  z.object({ type: z.literal('case-started'), ...meta, ...by, introducer: RefSchema }),
  z.object({ type: z.literal('left'), ...meta, ...by, participant: RefSchema }),
  z.object({ type: z.literal('joined'), ...meta, ...by, participant: ParticipantSchema }),
  z.object({ type: z.literal('handed-over'), ...meta, ...by, to: RefSchema }),
  z.object({ type: z.literal('output-set'), ...meta, ...by, output: z.enum(TEXT_OUTPUTS), text: TextSchema, ...findings }),
  z.object({ type: z.literal('action-added'), ...meta, ...by, text: TextSchema, owner: RefSchema, due: z.nullable(z.string()) }),
  z.object({
    type: z.literal('action-reported'),
    ...meta,
    ...by,
    actionId: RefSchema,
    status: z.enum(['done', 'not-done', 'changed']),
    note: z.nullable(z.string()),
  }),
  z.object({ type: z.literal('evaluated'), ...meta, ...by, rating: z.nullable(z.int().check(z.gte(1), z.lte(5))), text: z.nullable(z.string()) }),
  z.object({ type: z.literal('paused'), ...meta, ...by }),
  z.object({ type: z.literal('resumed'), ...meta, ...by }),
  z.object({ type: z.literal('time-extended'), ...meta, ...by, minutes: z.number().check(z.positive()) }),
  z.object({ type: z.literal('timer-expired'), ...meta, phase: RefSchema, run: z.int().check(z.gte(1)) }),
  z.object({ type: z.literal('ended'), ...meta, ...by }),
  z.object({ type: z.literal('aborted'), ...meta, ...by, reason: z.nullable(z.string()) }),
  z.object({ type: z.literal('redacted'), ...meta, participant: RefSchema }),
]);

/** An event in a session log. */
export type SessionEvent = z.output<typeof SessionEventSchema>;
/** The `created` event. */
export type CreatedEvent = z.output<typeof CreatedEventSchema>;
/** The `type` of an event. */
export type SessionEventType = SessionEvent['type'];
/** An event of one type. */
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;
