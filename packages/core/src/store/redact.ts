import type { SessionEvent } from '../engine/schemas.js';

/** What redacted texts are replaced with. */
export const REDACTED = '[redacted]';

/**
 * Returns the event with everything `participantId` wrote replaced by {@link REDACTED} (and their
 * display name removed), or `undefined` when the event holds nothing of theirs. Every adapter uses this,
 * so redaction means the same everywhere and the log stays replayable.
 */
export function redactEvent(event: SessionEvent, participantId: string): SessionEvent | undefined {
  if (event.type === 'created') {
    if (!event.participants.some((p) => p.id === participantId && p.name !== undefined)) return undefined;
    return { ...event, participants: event.participants.map((p) => (p.id === participantId ? { id: p.id, roles: p.roles } : p)) };
  }
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
      return { ...event, text: REDACTED };
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
