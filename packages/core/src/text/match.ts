/** Token-level helpers shared by the per-language grammars. */
import type { Span } from '../shared/span.js';
import type { Token } from './sentences.js';

/** The normalised word at `i`, or `''` past the end. */
export function at(t: readonly Token[], i: number): string {
  return i >= 0 && i < t.length ? t[i]!.w : '';
}

/** The first index at or after `i` whose word is not in `set` (looks at most {@link MAX_SCAN} tokens ahead). */
export function skip(t: readonly Token[], i: number, set: ReadonlySet<string>): number {
  const end = Math.min(t.length, i + MAX_SCAN);
  while (i < end && set.has(t[i]!.w)) i++;
  return i;
}

/** The character span from token `a` to token `b` (inclusive), clamped to the token list. */
export function spanOf(t: readonly Token[], a: number, b: number): Span {
  const first = t[Math.max(0, Math.min(a, t.length - 1))];
  const last = t[Math.max(0, Math.min(b, t.length - 1))];
  return { start: first ? first.start : 0, end: last ? last.end : 0 };
}

/** Indexes at which a clause starts: 0 and every token after a clause separator. */
export function clauseStarts(t: readonly Token[]): number[] {
  const out = [0];
  for (let i = 0; i < t.length - 1; i++) if (t[i]!.w === ',') out.push(i + 1);
  return out;
}

/**
 * Longest stretch of tokens any single look-ahead scans. Natural sentences are far shorter; the cap
 * keeps every grammar linear on hostile input (a 100k-word "sentence" without punctuation).
 */
export const MAX_SCAN = 48;

/** Index of the first `w` in `[from, to)` (at most {@link MAX_SCAN} tokens) that is in `set`, or -1. */
export function findIn(t: readonly Token[], set: ReadonlySet<string>, from = 0, to = t.length): number {
  const start = Math.max(0, from);
  const end = Math.min(to, t.length, start + MAX_SCAN);
  for (let i = start; i < end; i++) if (set.has(t[i]!.w)) return i;
  return -1;
}

/** Index of the first token equal to `word` in `[from, to)` (at most {@link MAX_SCAN} tokens), or -1. */
export function indexOfWord(t: readonly Token[], word: string, from = 0, to = t.length): number {
  const start = Math.max(0, from);
  const end = Math.min(to, t.length, start + MAX_SCAN);
  for (let i = start; i < end; i++) if (t[i]!.w === word) return i;
  return -1;
}

/** End of the clause containing `i` (the next separator, the token count, or {@link MAX_SCAN} tokens on). */
export function clauseEnd(t: readonly Token[], i: number): number {
  const end = Math.min(t.length, i + MAX_SCAN);
  while (i < end && t[i]!.w !== ',') i++;
  return i;
}

/** True for a word token (not a clause separator, not past the end). */
export function isWord(t: readonly Token[], i: number): boolean {
  return i >= 0 && i < t.length && t[i]!.w !== ',';
}

/** Whether a word of `set` occurs in the clause that starts at `from`. */
export function hasInClause(t: readonly Token[], set: ReadonlySet<string>, from: number): boolean {
  return findIn(t, set, from, clauseEnd(t, from)) >= 0;
}

/** How far (in tokens) the words of a phrase may lie apart ("stell dir mal vor", "was hält dich eigentlich davon ab"). */
export const PHRASE_WINDOW = 8;

/** Whether the words of `phrase` occur in order from token `a`, the first exactly at `a`, within {@link PHRASE_WINDOW}. */
export function phraseAt(t: readonly Token[], a: number, phrase: readonly string[]): boolean {
  if (t[a]?.w !== phrase[0]) return false;
  let k = a + 1;
  const end = Math.min(t.length, a + PHRASE_WINDOW);
  for (let p = 1; p < phrase.length; p++) {
    while (k < end && t[k]!.w !== phrase[p]) k++;
    if (k >= end) return false;
    k++;
  }
  return true;
}
