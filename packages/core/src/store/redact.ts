import { REDACTED } from '../engine/reduce.js';
import type { SessionEvent } from '../engine/schemas.js';

export { REDACTED };

/**
 * Returns the event with everything `participantId` wrote replaced by {@link REDACTED} (and their
 * display name removed), or `undefined` when the event holds nothing of theirs. Every adapter uses this,
 * so redaction means the same everywhere and the log stays replayable.
 */
export function redactEvent(event: SessionEvent, participantId: string): SessionEvent | undefined {
  if (event.type === 'created') {
    const named = event.participants.some((p) => p.id === participantId && p.name !== undefined);
    const owns = event.carriedActions.some((a) => a.owner === participantId && a.text !== REDACTED);
    if (!named && !owns) return undefined;
    return {
      ...event,
      participants: event.participants.map((p) => (p.id === participantId ? { id: p.id, roles: p.roles } : p)),
      carriedActions: event.carriedActions.map((a) => (a.owner === participantId ? { ...a, text: REDACTED } : a)),
    };
  }
  if (event.type === 'action-added' && event.owner === participantId && event.text !== REDACTED) return { ...event, text: REDACTED };
  // A late joiner's display name is in the event that let them join.
  if (event.type === 'joined' && event.participant.id === participantId && event.participant.name !== undefined)
    return { ...event, participant: { id: event.participant.id, roles: event.participant.roles } };
  if (!('by' in event) || event.by !== participantId) return undefined;
  const scrubFindings = <T extends { findings: { suggestion?: string | undefined; span?: unknown }[] }>(e: T): T => ({
    ...e,
    findings: e.findings.map(({ suggestion: _s, span: _p, ...rest }) => rest),
  });
  switch (event.type) {
    case 'contributed':
    case 'topic-proposed':
    case 'output-set':
      return scrubFindings({ ...event, text: REDACTED });
    case 'contribution-blocked':
      return scrubFindings({ ...event, command: { ...event.command, text: REDACTED } });
    case 'action-added':
      return event.text === REDACTED ? undefined : { ...event, text: REDACTED };
    case 'action-reported':
      return event.note === null ? undefined : { ...event, note: REDACTED };
    case 'evaluated':
      return event.text === null ? undefined : { ...event, text: REDACTED };
    case 'aborted':
      return event.reason === null ? undefined : { ...event, reason: REDACTED };
    default:
      return undefined;
  }
}

/**
 * The marker event a store appends after redacting a participant, so live sessions on every node
 * learn of it (through `subscribe`), drop the texts from memory and invalidate their snapshots.
 */
export function redactionMarker(log: readonly SessionEvent[], participantId: string, at: number): SessionEvent {
  const last = log[log.length - 1];
  return { type: 'redacted', seq: (last?.seq ?? -1) + 1, at: Math.max(at, last?.at ?? at), participant: participantId };
}

/** The events of a log that are about one participant: what they did, and the `created` event naming them. */
export function participantEvents(log: readonly SessionEvent[], participantId: string): SessionEvent[] {
  return log.filter((event) => {
    if (event.type === 'created') return event.participants.some((p) => p.id === participantId);
    if (event.type === 'redacted') return event.participant === participantId;
    if (event.type === 'joined' && event.participant.id === participantId) return true;
    return 'by' in event && event.by === participantId;
  });
}

/** What redacting a participant does to a log: the events that change, and the marker to append. */
export interface Redaction {
  /** The changed events (same seqs as before), in log order. */
  changed: SessionEvent[];
  /** The `redacted` marker event, at the next seq. */
  marker: SessionEvent;
}

/** Works out a redaction of `participantId` in `log` at time `at` (stores then write it in one transaction). */
export function planRedaction(log: readonly SessionEvent[], participantId: string, at: number): Redaction {
  const changed: SessionEvent[] = [];
  for (const event of log) {
    const redacted = redactEvent(event, participantId);
    if (redacted) changed.push(redacted);
  }
  return { changed, marker: redactionMarker(log, participantId, at) };
}
