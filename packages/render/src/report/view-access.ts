import type { ContributionView, Finding, SessionView } from '@intervision/core';

/**
 * The one place that reads the session view's shape beyond its plain fields, so the renderers hold
 * whatever the per-viewer projection leaves out: an author removed from an anonymous contribution
 * (`by` missing, null or empty, or `anonymous: true`), a hidden draft (`hidden` or a null text), and
 * findings and chosen modules given either keyed by id or as plain-JSON lists
 * (`{ participantId, findings }`, `{ phaseId, module }`).
 */

/** A participant id the view gives, or null where the projection removed it. */
export function shownId(by: unknown): string | null {
  return typeof by === 'string' && by !== '' ? by : null;
}

/** Who wrote a contribution, or null when the view does not say (anonymous, or removed by the projection). */
export function authorOf(c: ContributionView): string | null {
  return (c as { anonymous?: unknown }).anonymous === true ? null : shownId((c as { by?: unknown }).by);
}

/** A contribution's text, or null while it is a hidden draft. */
export function textOf(c: ContributionView): string | null {
  return c.hidden || typeof c.text !== 'string' ? null : c.text;
}

type FindingList = { participantId?: string; id?: string; by?: string; findings: readonly Finding[] }[];

/** The rule findings the view holds, per participant id. */
export function findingsByParticipant(view: SessionView): Map<string, readonly Finding[]> {
  const raw = view.findings as SessionView['findings'] | FindingList | undefined;
  const out = new Map<string, readonly Finding[]>();
  if (!raw) return out;
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      const id = entry.participantId ?? entry.id ?? entry.by;
      if (typeof id === 'string') out.set(id, [...(out.get(id) ?? []), ...entry.findings]);
    }
    return out;
  }
  for (const id of Object.keys(raw)) if (Object.hasOwn(raw, id)) out.set(id, raw[id] ?? []);
  return out;
}

/** A participant's display name: their name, else their id. */
export function nameOf(view: SessionView, id: string): string {
  const p = view.participants.find((x) => x.id === id);
  return p?.name ?? id;
}

/** The module chosen in each choice phase the view records, by choice phase id (record or list of `{ phaseId, module }`). */
export function modulesByPhase(view: SessionView): Map<string, string> {
  const raw = view.modules as SessionView['modules'] | { phaseId: string; module: string }[] | undefined;
  if (!raw) return new Map();
  if (Array.isArray(raw)) return new Map(raw.map((m) => [m.phaseId, m.module]));
  return new Map(Object.keys(raw).map((id) => [id, raw[id]!]));
}
