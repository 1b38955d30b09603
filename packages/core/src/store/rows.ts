import type { SessionEvent } from '../engine/schemas.js';
import { StoreError } from '../errors/store.js';
import type { ValueCipher } from './cipher.js';
import type { AuditActor, AuditRecord, StoredSessionSummary } from './types.js';

/** The version of the event shapes this build writes; stored with every event row so later builds can upcast. */
export const EVENT_SCHEMA_VERSION = 1;

/** An event as a SQL store keeps it: indexed columns plus the (possibly encrypted) JSON body. */
export interface EventRow {
  /** Sequence number. */
  seq: number;
  /** Event type. */
  type: string;
  /** Time (epoch ms). */
  at: number;
  /** The participant the event is by or about (`by`, or `participant` of a redaction marker), for exports. */
  actor: string | null;
  /** The command id the event records, if any. */
  commandId: string | null;
  /** {@link EVENT_SCHEMA_VERSION} at write time. */
  schemaVersion: number;
  /** The whole event as JSON, sealed by the store's cipher. */
  body: string;
}

/** What the authenticated context of an event body is: its session and seq, so a body cannot be moved to another row. */
const eventContext = (sessionId: string, seq: number) => JSON.stringify(['event', sessionId, seq]);

/** The participant an event is by or about, or null. */
export function eventActor(event: SessionEvent): string | null {
  if (event.type === 'redacted') return event.participant;
  return 'by' in event ? event.by : null;
}

/** The row for an event. */
export function eventRow(sessionId: string, event: SessionEvent, cipher: ValueCipher): EventRow {
  return {
    seq: event.seq,
    type: event.type,
    at: event.at,
    actor: eventActor(event),
    commandId: event.commandId ?? null,
    schemaVersion: EVENT_SCHEMA_VERSION,
    body: cipher.seal(JSON.stringify(event), eventContext(sessionId, event.seq)),
  };
}

/** The event a row holds; a body that does not parse or names another seq is a `StoreError` `invalid-row`. */
export function eventFromRow(sessionId: string, row: { seq: number | string; body: string }, cipher: ValueCipher): SessionEvent {
  const seq = Number(row.seq);
  const json = cipher.open(row.body, eventContext(sessionId, seq));
  let event: SessionEvent;
  try {
    event = JSON.parse(json) as SessionEvent;
  } catch (error) {
    throw new StoreError('invalid-row', `Event ${seq} of session ${sessionId} is not valid JSON`, { cause: error });
  }
  if (typeof event !== 'object' || event === null || event.seq !== seq)
    throw new StoreError('invalid-row', `Event ${seq} of session ${sessionId} names another seq`);
  return event;
}

/** Seals a snapshot state or method definition (any JSON) for a row identified by `context`. */
export function sealJson(value: unknown, context: readonly (string | number)[], cipher: ValueCipher): string {
  return cipher.seal(JSON.stringify(value), JSON.stringify(context));
}

/** Opens what {@link sealJson} sealed. */
export function openJson(stored: string, context: readonly (string | number)[], cipher: ValueCipher): unknown {
  const json = cipher.open(stored, JSON.stringify(context));
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new StoreError('invalid-row', `Stored value ${JSON.stringify(context)} is not valid JSON`, { cause: error });
  }
}

/** A session row as SQL stores keep it (column names in snake case). */
export interface SessionRow {
  /** Session id. */
  session_id: string;
  /** Tenant id. */
  tenant_id: string;
  /** Seq of the last event. */
  version: number | string;
  /** Method id. */
  method_id: string;
  /** Method version. */
  method_version: string;
  /** Status. */
  status: string;
  /** Next timer deadline (epoch ms) or null. */
  next_deadline: number | string | null;
  /** Number of cases. */
  cases: number | string;
  /** Time of the first event. */
  created_at: number | string;
  /** Time of the last event. */
  updated_at: number | string;
}

/** The summary a session row stands for (numbers parsed: some drivers answer numeric columns as strings). */
export function summaryFromRow(row: SessionRow): StoredSessionSummary {
  return {
    sessionId: row.session_id,
    tenantId: row.tenant_id,
    methodId: row.method_id,
    methodVersion: row.method_version,
    status: row.status as StoredSessionSummary['status'],
    nextDeadline: row.next_deadline === null ? null : Number(row.next_deadline),
    cases: Number(row.cases),
    version: Number(row.version),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/** An audit line (without undefined fields). */
export function auditLine(
  action: AuditRecord['action'],
  tenantId: string,
  actor: AuditActor,
  at: number,
  count: number,
  about: { sessionId?: string; participantId?: string } = {},
): AuditRecord {
  return {
    action,
    tenantId,
    ...(about.sessionId !== undefined ? { sessionId: about.sessionId } : {}),
    ...(about.participantId !== undefined ? { participantId: about.participantId } : {}),
    by: actor.by,
    ...(actor.reason !== undefined ? { reason: actor.reason } : {}),
    at,
    count,
  };
}

/** An audit row as SQL stores keep it. */
export interface AuditRow {
  /** What was done. */
  action: string;
  /** Tenant id. */
  tenant_id: string;
  /** Session id or null. */
  session_id: string | null;
  /** Participant id or null. */
  participant_id: string | null;
  /** Who asked. */
  actor: string;
  /** Why, or null. */
  reason: string | null;
  /** When. */
  at: number | string;
  /** How many. */
  count: number | string;
}

/** The audit record an audit row stands for. */
export function auditFromRow(row: AuditRow): AuditRecord {
  return auditLine(
    row.action as AuditRecord['action'],
    row.tenant_id,
    { by: row.actor, ...(row.reason !== null ? { reason: row.reason } : {}) },
    Number(row.at),
    Number(row.count),
    { ...(row.session_id !== null ? { sessionId: row.session_id } : {}), ...(row.participant_id !== null ? { participantId: row.participant_id } : {}) },
  );
}

/** The ids of the participants a `created` event names (for a store's participant index). */
export function participantIds(event: SessionEvent): string[] {
  return event.type === 'created' ? event.participants.map((p) => p.id) : [];
}
