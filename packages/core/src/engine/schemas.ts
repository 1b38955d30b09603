import { z } from 'zod';
import { TEXT_OUTPUTS } from '../method/vocabulary.js';
import { LangSchema } from '../shared/lang.js';
import { MAX_ID_LENGTH, MAX_PARTICIPANTS, MAX_TEXT_LENGTH } from './limits.js';

/** Object keys that would reach the prototype if used as ids. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A reference to a participant, proposal, contribution or action. */
export const RefSchema = z.string().min(1).max(MAX_ID_LENGTH);

/** A user-written text: not blank, not longer than {@link MAX_TEXT_LENGTH}, no NUL characters. */
export const TextSchema = z
  .string()
  .max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`)
  .refine((s) => s.trim().length > 0, 'text is empty')
  .refine((s) => !s.includes('\u0000'), 'text contains a NUL character');

/** A participant of a session and the roles they hold. */
export const ParticipantSchema = z
  .object({
    // Participant ids key plain objects (counts, findings); keys that touch the prototype are refused.
    id: RefSchema.refine((id) => !RESERVED_KEYS.has(id), 'this id is reserved'),
    name: z.string().max(MAX_ID_LENGTH).optional(),
    roles: z.array(z.string().min(1).max(MAX_ID_LENGTH)).min(1),
  })
  .strict();

/** A participant of a session. */
export type Participant = z.infer<typeof ParticipantSchema>;

/** A list of participants (at most {@link MAX_PARTICIPANTS}). */
export const ParticipantsSchema = z.array(ParticipantSchema).min(1).max(MAX_PARTICIPANTS);

/** A finding stored with an event. */
export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['block', 'warn']),
  messageKey: z.string(),
  message: z.string(),
  span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  suggestion: z.string().optional(),
  confidence: z.number().optional(),
});

/** An action item: what someone will do, by when. */
export const ActionSchema = z.object({
  id: RefSchema,
  text: TextSchema,
  owner: RefSchema,
  due: z.string().nullable(),
  sessionId: z.string().optional(),
});

/** An action item. */
export type Action = z.infer<typeof ActionSchema>;

/** An ISO calendar date (`2026-12-01`) or date-time. */
export const DueSchema = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), 'due must be an ISO date like 2026-12-01');

const by = { by: RefSchema };

/** Every command a participant (or a host on their behalf) can send, by `type`. */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), ...by }).strict(),
  z.object({ type: z.literal('propose-topic'), ...by, text: TextSchema }).strict(),
  z.object({ type: z.literal('choose-topic'), ...by, proposalId: RefSchema }).strict(),
  z.object({ type: z.literal('contribute'), ...by, kind: RefSchema, text: TextSchema, replyTo: RefSchema.optional() }).strict(),
  z.object({ type: z.literal('answer'), ...by, questionId: RefSchema, text: TextSchema }).strict(),
  z.object({ type: z.literal('pass'), ...by }).strict(),
  z.object({ type: z.literal('confirm-heard'), ...by, heard: z.boolean() }).strict(),
  z.object({ type: z.literal('choose-listener'), ...by, listener: RefSchema }).strict(),
  z.object({ type: z.literal('reveal'), ...by }).strict(),
  z.object({ type: z.literal('advance'), ...by }).strict(),
  z.object({ type: z.literal('repeat'), ...by, phase: RefSchema.optional() }).strict(),
  z.object({ type: z.literal('choose-module'), ...by, module: RefSchema }).strict(),
  z.object({ type: z.literal('set-output'), ...by, output: z.enum(TEXT_OUTPUTS), text: TextSchema }).strict(),
  z.object({ type: z.literal('add-action'), ...by, text: TextSchema, owner: RefSchema.optional(), due: DueSchema.optional() }).strict(),
  z
    .object({ type: z.literal('report-action'), ...by, actionId: RefSchema, status: z.enum(['done', 'not-done', 'changed']), note: TextSchema.optional() })
    .strict(),
  z.object({ type: z.literal('evaluate'), ...by, rating: z.number().int().min(1).max(5).optional(), text: TextSchema.optional() }).strict(),
  z.object({ type: z.literal('pause'), ...by }).strict(),
  z.object({ type: z.literal('resume'), ...by }).strict(),
  z.object({ type: z.literal('extend-time'), ...by, minutes: z.number().positive().max(600) }).strict(),
  z.object({ type: z.literal('end'), ...by }).strict(),
  z.object({ type: z.literal('abort'), ...by, reason: z.string().max(MAX_TEXT_LENGTH).optional() }).strict(),
  z.object({ type: z.literal('override'), ...by, blockedId: RefSchema }).strict(),
]);

/** A command, as sent to `session.send`. */
export type Command = z.infer<typeof CommandSchema>;
/** The `type` of a command. */
export type CommandType = Command['type'];

const meta = {
  seq: z.number().int().min(0),
  at: z.number().finite(),
  /** The client-made id of the command that produced the event (idempotency key), if it had one. */
  commandId: RefSchema.optional(),
};
const findings = { findings: z.array(FindingSchema).default([]) };

/** The first event of every session: who takes part, in which method and language. */
export const CreatedEventSchema = z.object({
  type: z.literal('created'),
  ...meta,
  sessionId: RefSchema,
  tenantId: RefSchema,
  method: z.object({ id: z.string(), version: z.string() }),
  participants: ParticipantsSchema,
  lang: LangSchema,
  carriedActions: z.array(ActionSchema).default([]),
});

/** Every event in a session log, by `type`. Events are what the machine consumes and the store keeps. */
export const SessionEventSchema = z.discriminatedUnion('type', [
  CreatedEventSchema,
  z.object({ type: z.literal('started'), ...meta, ...by }),
  z.object({ type: z.literal('topic-proposed'), ...meta, ...by, text: TextSchema, ...findings }),
  z.object({ type: z.literal('topic-chosen'), ...meta, ...by, proposalId: RefSchema }),
  z.object({ type: z.literal('contributed'), ...meta, ...by, kind: RefSchema, text: TextSchema, replyTo: RefSchema.optional(), ...findings }),
  z.object({
    type: z.literal('contribution-blocked'),
    ...meta,
    ...by,
    command: z.discriminatedUnion('type', [
      z.object({ type: z.literal('contribute'), kind: RefSchema, text: TextSchema, replyTo: RefSchema.optional() }),
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
  z.object({ type: z.literal('module-chosen'), ...meta, ...by, module: RefSchema }),
  z.object({ type: z.literal('output-set'), ...meta, ...by, output: z.enum(TEXT_OUTPUTS), text: TextSchema, ...findings }),
  z.object({ type: z.literal('action-added'), ...meta, ...by, text: TextSchema, owner: RefSchema, due: z.string().nullable() }),
  z.object({
    type: z.literal('action-reported'),
    ...meta,
    ...by,
    actionId: RefSchema,
    status: z.enum(['done', 'not-done', 'changed']),
    note: z.string().nullable(),
  }),
  z.object({ type: z.literal('evaluated'), ...meta, ...by, rating: z.number().int().min(1).max(5).nullable(), text: z.string().nullable() }),
  z.object({ type: z.literal('paused'), ...meta, ...by }),
  z.object({ type: z.literal('resumed'), ...meta, ...by }),
  z.object({ type: z.literal('time-extended'), ...meta, ...by, minutes: z.number().positive() }),
  z.object({ type: z.literal('timer-expired'), ...meta, phase: RefSchema, run: z.number().int().min(1) }),
  z.object({ type: z.literal('ended'), ...meta, ...by }),
  z.object({ type: z.literal('aborted'), ...meta, ...by, reason: z.string().nullable() }),
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
