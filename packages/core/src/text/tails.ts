/**
 * Clause tails: the part of a sentence after a preamble, read again as if it started the sentence.
 * "Kurze Frage: Hast du schon an Jobsharing gedacht?", "Just a question: is it really your job to …?",
 * "Ik wil geen advies geven, maar heb je P&O overwogen?" — the detectors that look at the start of a
 * sentence ("have you …", "why don't you …") see the question after the colon or after ", but".
 */
import type { Sentence } from './sentences.js';

/** Most tails read per sentence (keeps the check linear on hostile input). */
export const MAX_TAILS = 3;

/**
 * The tails of `s`: after every colon, after a conjunction of `but` that follows a clause separator
 * (", but …"), and after the first comma of a sentence that opens with a subordinator of `after`, while
 * at least two words remain; at most {@link MAX_TAILS}.
 */
export function clauseTails(text: string, s: Sentence, but: ReadonlySet<string> | undefined, after?: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  const t = s.toks;
  // "When she starts again, just leave the room": the main clause after a leading subordinate clause
  let subordinate = after?.has(t[0]?.w ?? '') === true;
  for (let i = 0; i < t.length - 2 && out.length < MAX_TAILS; i++) {
    if (t[i]!.w !== ',') continue;
    const colon = text.charCodeAt(t[i]!.start) === 58;
    const next = t[i + 1]!.w;
    const from = colon || subordinate ? i + 1 : but?.has(next) ? i + 2 : -1;
    subordinate = false;
    if (from < 0 || from >= t.length - 1) continue;
    out.push({ start: t[from]!.start, end: s.end, term: s.term, toks: t.slice(from) });
  }
  return out;
}
