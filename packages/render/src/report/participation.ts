import type { SessionView } from '@intervision/core';
import { authorOf, findingsByParticipant, textOf } from './view-access.js';
import { countWords } from './words.js';

/** One participant's share of a session. */
export interface Participation {
  /** Participant id. */
  id: string;
  /** Contributions with this participant shown as author. */
  turns: number;
  /** Words in those contributions. */
  words: number;
  /** Rule findings with severity `warn`. */
  warnings: number;
  /** Rule findings with severity `block` (stopped, whether or not let through later). */
  blocks: number;
  /** Findings per rule id, in order of first appearance. */
  rules: Map<string, number>;
}

/** Participation of everyone in a view, and how many contributions could not be counted for lack of an author. */
export interface ParticipationSummary {
  /** One row per participant, in participant order. */
  rows: Participation[];
  /** Contributions left out: anonymous, or hidden drafts. */
  uncounted: number;
}

/**
 * Turns and words per participant, counted only over contributions whose author and text the view shows
 * (anonymous contributions and hidden drafts are left out and counted apart), and the view's rule
 * findings per participant.
 */
export function participation(view: SessionView): ParticipationSummary {
  const rows = new Map<string, Participation>(view.participants.map((p) => [p.id, { id: p.id, turns: 0, words: 0, warnings: 0, blocks: 0, rules: new Map() }]));
  let uncounted = 0;
  for (const c of view.contributions) {
    const by = authorOf(c);
    const text = textOf(c);
    const row = by === null ? undefined : rows.get(by);
    if (!row || text === null) {
      uncounted++;
      continue;
    }
    row.turns++;
    row.words += countWords(text, view.lang);
  }
  for (const [id, findings] of findingsByParticipant(view)) {
    const row = rows.get(id);
    if (!row) continue;
    for (const f of findings) {
      if (f.severity === 'block') row.blocks++;
      else row.warnings++;
      row.rules.set(f.ruleId, (row.rules.get(f.ruleId) ?? 0) + 1);
    }
  }
  return { rows: [...rows.values()], uncounted };
}
