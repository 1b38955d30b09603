/**
 * Language identification over the registered language packs, by function-word, verb-lexicon and
 * orthography scoring. Works on short sentences ("Praat met HR.", "Schreib alles auf.") because the
 * verb lexicons of the packs take part in the scoring. Adding a pack adds a language to detect.
 */
import type { Lang } from '../shared/lang.js';
import type { LanguagePack, PackCode } from './pack.js';
import { languagePacks, registryVersion } from './registry.js';
import { type Sentence, splitSentences } from './sentences.js';

/** Per-language scores for a text, by pack code: higher is more likely. */
export type LanguageScores = Readonly<Record<string, number>>;

interface Model {
  version: number;
  packs: readonly LanguagePack[];
  /** Word → score per pack (in `packs` order); a word shared by k packs gives each 1/k. */
  weights: Map<string, Float64Array>;
  /** Scores of words seen before (bounded: cleared when full, so hostile input cannot grow it). */
  cache: Map<string, Float64Array>;
  /** Each pack's `detection.context` (in `packs` order), `undefined` where it has none. */
  contexts: readonly (((word: string, previous: string) => number) | undefined)[];
}

const CACHE_LIMIT = 20000;
let model: Model | undefined;

function build(): Model {
  const packs = languagePacks();
  const k = packs.length;
  const weights = new Map<string, Float64Array>();
  const add = (sets: readonly ReadonlySet<string>[], weight: number): void => {
    const all = new Set<string>();
    for (const s of sets) for (const w of s) all.add(w);
    for (const w of all) {
      let shared = 0;
      for (const s of sets) if (s.has(w)) shared++;
      const row = weights.get(w) ?? new Float64Array(k);
      for (let p = 0; p < k; p++) if (sets[p]!.has(w)) row[p] = Math.max(row[p]!, weight / shared);
      weights.set(w, row);
    }
  };
  add(
    packs.map((p) => p.detection.functionWords),
    1,
  );
  add(
    packs.map((p) => p.detection.verbs),
    0.8,
  );
  // words that several languages share but that are far more frequent in one take the packs' fixed weights
  const overridden = new Set<string>();
  for (const p of packs) for (const w of p.detection.overrides?.keys() ?? []) overridden.add(w);
  for (const w of overridden)
    weights.set(
      w,
      Float64Array.from(packs, (p) => p.detection.overrides?.get(w) ?? 0),
    );
  const contexts = packs.map((p) => p.detection.context?.bind(p.detection));
  return { version: registryVersion(), packs, weights, cache: new Map(), contexts };
}

function current(): Model {
  if (!model || model.version !== registryVersion()) model = build();
  return model;
}

function wordScores(m: Model, w: string): Float64Array {
  let hit = m.cache.get(w);
  if (hit) return hit;
  hit = new Float64Array(m.packs.length);
  const fixed = m.weights.get(w);
  if (fixed) hit.set(fixed);
  if (w.length >= 3) for (let p = 0; p < m.packs.length; p++) hit[p]! += m.packs[p]!.detection.orthography(w);
  if (m.cache.size >= CACHE_LIMIT) m.cache.clear();
  m.cache.set(w, hit);
  return hit;
}

/** Scores already tokenised sentences (used by the validators to avoid a second pass). */
export function scoreSentences(sentences: readonly Sentence[]): LanguageScores {
  const m = current();
  const k = m.packs.length;
  const contexts = m.contexts;
  const acc = new Float64Array(k);
  for (const s of sentences) {
    let previous = '';
    for (const tok of s.toks) {
      const w = tok.w;
      if (w === ',') {
        previous = w;
        continue;
      }
      const row = wordScores(m, w);
      for (let p = 0; p < k; p++) {
        const context = contexts[p];
        acc[p]! += row[p]! + (context ? context(w, previous) : 0);
      }
      previous = w;
    }
  }
  const out: Record<string, number> = {};
  for (let p = 0; p < k; p++) out[m.packs[p]!.code] = acc[p]!;
  return out;
}

/** Scores `text` for each registered language (function words, verb lexicons, orthography). */
export function scoreLanguages(text: string): LanguageScores {
  return scoreSentences(splitSentences(text));
}

/** The best language for the scores; `fallback` on a tie or when nothing was recognised. */
export function pickLanguage(scores: LanguageScores, fallback: PackCode = 'en'): PackCode {
  let best: PackCode = fallback;
  let bestScore = scores[fallback] ?? 0;
  for (const p of current().packs) {
    const score = scores[p.code] ?? 0;
    if (score > bestScore + 1e-9) {
      best = p.code;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Detects the language of `text` among the registered packs (en, nl, de, fr built in). Returns
 * `fallback` (default `en`) when the text gives no evidence either way (empty, numbers only, names only).
 */
export function detectLanguage(text: string, fallback: Lang = 'en'): PackCode {
  return pickLanguage(scoreLanguages(text), fallback);
}

/**
 * The language to judge a text in, given a hint (the session language): the hint unless the
 * text is clearly in another language (a Dutch sentence in an English session is judged as Dutch).
 */
export function resolveLanguageFromScores(scores: LanguageScores, hint: PackCode): PackCode {
  const best = pickLanguage(scores, hint);
  if (best === hint) return hint;
  const own = scores[hint] ?? 0;
  const margin = (scores[best] ?? 0) - own;
  return margin >= 1 && (scores[best] ?? 0) >= 1.5 * own ? best : hint;
}

/** The language of a text: the detected one when it clearly beats the hint (the session language), else the hint. */
export function resolveLanguage(text: string, hint: PackCode): PackCode {
  return resolveLanguageFromScores(scoreLanguages(text), hint);
}
