import type { SessionView } from '@intervision/core';

/** A participant's display name (their id when they have none). */
export function nameOf(view: SessionView, participantId: string): string {
  return view.participants.find((p) => p.id === participantId)?.name ?? participantId;
}
