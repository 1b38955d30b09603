/** Token-level helpers shared by the per-language grammars. */
import type { Span } from '../shared/span.js';
import type { AdvicePattern, AdviceReason } from './advice-types.js';
import type { Sentence, Token } from './sentences.js';

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

/** Appends an advice reason spanning tokens `a`..`b` of sentence `si`. */
export function addReason(out: AdviceReason[], t: readonly Token[], si: number, pattern: AdvicePattern, a: number, b: number, confidence: number): void {
  out.push({ pattern, span: spanOf(t, a, b), sentence: si, confidence });
}

/** Where a sentence starts, as the advice grammars of all languages read it. */
export interface SentenceStart {
  /** Whether it ends with a question mark. */
  isQ: boolean;
  /** Index of the first word after leading fillers. */
  first: number;
  /** That word. */
  firstW: string;
  /** Index of the first word after leading conjunctions. */
  qFirst: number;
  /** That word. */
  qFirstW: string;
  /** Whether the sentence reports speech ("you said you might …"). */
  reported: boolean;
  /** Whether it starts with a question word. */
  whStart: boolean;
}

/** Reads the start of a sentence with one language's filler, conjunction, reporting and question-word lists. */
export function sentenceStart(
  s: Sentence,
  lex: { lead: ReadonlySet<string>; conj: ReadonlySet<string>; reporting: ReadonlySet<string>; wh: ReadonlySet<string> },
): SentenceStart {
  const t = s.toks;
  const first = skip(t, 0, lex.lead);
  const firstW = at(t, first);
  const qFirst = skip(t, 0, lex.conj);
  let reported = false;
  for (const tok of t) if (lex.reporting.has(tok.w)) reported = true;
  return { isQ: s.term === '?', first, firstW, qFirst, qFirstW: at(t, qFirst), reported, whStart: lex.wh.has(firstW) };
}
