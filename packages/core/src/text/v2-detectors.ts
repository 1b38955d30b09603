/**
 * Detectors shared by the verb-second languages (Dutch, German): the shape of the pattern is the same,
 * only the words differ, so each pack builds them from its own word lists.
 */
import { type AdviceDetector, detector } from './detector.js';
import { at, findIn, hasInClause, indexOfWord, isWord } from './match.js';
import type { Token } from './sentences.js';

/** Words of the "why … you not …?" detector. */
export interface WhyNotWords {
  /** "Why" question words. */
  why: ReadonlySet<string>;
  /** The negation right after "why" ("waarom niet …?"). */
  not: string;
  /** Second-person pronouns. */
  you: ReadonlySet<string>;
  /** Negations inside the clause. */
  negations: ReadonlySet<string>;
  /** Markers of a suggestion ("gewoon", "einfach"). */
  markers: ReadonlySet<string>;
  /** Whether the finite verb is stative or modal (then only a marker makes it a suggestion). */
  stative(verb: string): boolean;
}

/** "Waarom neem je geen …?", "Warum sprichst du nicht einfach …?", "waarom niet …?". */
export function whyNotDetector(id: string, W: WhyNotWords): AdviceDetector {
  return detector(id, ({ t, first, firstW, add }) => {
    if (!W.why.has(firstW)) return;
    const v = at(t, first + 1);
    if (v === W.not && isWord(t, first + 2)) {
      add('why-dont-you', first, first + 1, 0.85);
    } else if (W.you.has(at(t, first + 2)) && hasInClause(t, W.negations, first + 3)) {
      if (!W.stative(v)) add('why-dont-you', first, first + 2, 0.9);
      else if (hasInClause(t, W.markers, first + 3)) add('why-dont-you', first, first + 2, 0.8);
    }
  });
}

/** Words of the own-experience frame ("bij ons …", "bei uns …"). */
export interface FrameWords {
  /** First-person subjects ("we", "ik"). */
  weI: ReadonlySet<string>;
  /** Participles of solving ("opgelost", "gelöst"). */
  solve: ReadonlySet<string>;
  /** Verbs of a practice. */
  practice: ReadonlySet<string>;
  /** Words of empathy ("probleem", "kenne"): a practice next to them shares a problem, it does not prescribe. */
  empathy: ReadonlySet<string>;
}

/**
 * After a frame such as "bij ons" at `i`: where the practice or remedy ends and how sure it is, or null.
 * "Bij ons heeft een vaste overlegdag dat opgelost" (the remedy is the subject) and "bei uns haben wir
 * … eingeführt" (we did something) both count; "bei uns haben wir das Problem auch" does not.
 */
export function practiceAfterFrame(t: readonly Token[], n: number, i: number, W: FrameWords): { end: number; confidence: number } | null {
  const sub = findIn(t, W.weI, i + 2, n);
  const remedy = findIn(t, W.solve, i + 2, n);
  if (sub < 0 && remedy >= 0) return { end: remedy, confidence: 0.8 };
  const prac = findIn(t, W.practice, i + 2, n);
  if (sub < 0 || prac < 0) return null;
  const solve = findIn(t, W.solve, 0, n) >= 0;
  if (!solve && findIn(t, W.empathy, 0, n) >= 0) return null;
  return { end: Math.max(sub, prac), confidence: solve ? 0.9 : 0.8 };
}

/** "Denk je niet dat …?", "Denkst du nicht, dass …?": steering towards the speaker's own view. */
export function dontYouThinkDetector(id: string, think: ReadonlySet<string>, you: ReadonlySet<string>, not: string, that?: string): AdviceDetector {
  return detector(id, ({ t, n, first, firstW, add }) => {
    if (!think.has(firstW) || !you.has(at(t, first + 1))) return;
    const ni = indexOfWord(t, not, first + 2, n);
    if (ni >= 0 && ni <= first + 4 && (that === undefined || indexOfWord(t, that, ni, n) >= 0)) add('dont-you-think', first, ni, 0.8);
  });
}

/** Words of the bare-infinitive directive ("Nee zeggen.", "Urlaub nehmen, echt jetzt."). */
export interface InfinitiveDirectiveWords {
  /** Words that show a subject, an article or a finite verb (then it is not a bare infinitive). */
  blockers: ReadonlySet<string>;
  /** The infinitive particle ("te", "zu"): "goed om te horen" is no directive. */
  to: string;
  /** Whether the clause ending at token `end` ends in an action infinitive. */
  actionInfinitive(t: readonly Token[], end: number): boolean;
}

/** Longest bare-infinitive directive, in words. */
const DIRECTIVE_MAX_WORDS = 6;

/**
 * A short statement made of a bare infinitive phrase, the spoken directive of Dutch and German ("Nee
 * zeggen.", "Eerst slapen.", "Urlaub nehmen, echt jetzt."), or the same word said three times
 * ("Delegeren, delegeren, delegeren.").
 */
export function infinitiveDirectiveDetector(id: string, W: InfinitiveDirectiveWords): AdviceDetector {
  return detector(id, ({ s, t, n, first, add }) => {
    // unpunctuated chat may be a question ("gibts bei euch feste sprechzeiten"): only a full stop or "!" counts
    if ((s.term !== '.' && s.term !== '!') || n > DIRECTIVE_MAX_WORDS * 2) return;
    let words = 0;
    let repeats = 0;
    for (let i = first; i < n; i++) {
      const w = t[i]!.w;
      if (w === ',') continue;
      words++;
      if (i > first && w === t[first]!.w) repeats++;
    }
    if (repeats >= 2 && words === repeats + 1 && W.actionInfinitive(t, first)) {
      add('imperative', first, n - 1, 0.8);
      return;
    }
    let end = first;
    let clauseWords = 0;
    while (end < n && t[end]!.w !== ',') {
      if (W.blockers.has(t[end]!.w)) return;
      clauseWords++;
      end++;
    }
    // one word is enough after a filler ("Gewoon doen.", "Nee zeggen."), else two ("Eerst slapen.")
    if (clauseWords < (first > 0 ? 1 : 2) || clauseWords > DIRECTIVE_MAX_WORDS || words > DIRECTIVE_MAX_WORDS + 2) return;
    if (at(t, end - 2) === W.to || !W.actionInfinitive(t, end - 1)) return;
    add('imperative', first, end - 1, 0.75);
  });
}
