import type { CaseView, ContributionView, Finding, SessionView } from '@intervision/core';

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

type FindingList = readonly { participantId: string; findings: readonly Finding[] }[];

/** The rule findings the view holds, per participant id. */
export function findingsByParticipant(view: SessionView): Map<string, readonly Finding[]> {
  const raw = view.findings as unknown as Readonly<Record<string, readonly Finding[] | undefined>> | FindingList | undefined;
  const out = new Map<string, readonly Finding[]>();
  if (!raw) return out;
  if (Array.isArray(raw)) {
    for (const { participantId: id, findings } of raw as FindingList) if (typeof id === 'string') out.set(id, [...(out.get(id) ?? []), ...findings]);
    return out;
  }
  const record = raw as Readonly<Record<string, readonly Finding[] | undefined>>;
  for (const id of Object.keys(record)) if (Object.hasOwn(record, id)) out.set(id, record[id] ?? []);
  return out;
}

/** A participant's display name: their name, else their id. */
export function nameOf(view: SessionView, id: string): string {
  const p = view.participants.find((x) => x.id === id);
  return p?.name ?? id;
}

/** The module chosen in each choice phase the view records, by choice phase id (record or list of `{ phaseId, module }`). */
export function modulesByPhase(view: SessionView): Map<string, string> {
  const raw = view.modules as unknown as Readonly<Record<string, string>> | readonly { phaseId: string; module: string }[] | undefined;
  if (!raw) return new Map();
  if (Array.isArray(raw)) return new Map((raw as readonly { phaseId: string; module: string }[]).map((m) => [m.phaseId, m.module]));
  const record = raw as Readonly<Record<string, string>>;
  return new Map(Object.keys(record).map((id) => [id, record[id]!]));
}

/** The session's cases the view lists (several when the method rotates the introducer; none from a view without them). */
export function casesOf(view: SessionView): readonly CaseView[] {
  const raw = (view as { cases?: unknown }).cases;
  return Array.isArray(raw) ? (raw as CaseView[]) : [];
}

/** Which case each timeline entry belongs to (its index in {@link casesOf}), for a view with several cases. */
export function caseOfEntry(view: SessionView, index: number): number {
  const cases = casesOf(view);
  let at = 0;
  for (let i = 0; i < cases.length; i++) if (cases[i]!.timelineFrom <= index) at = i;
  return at;
}
