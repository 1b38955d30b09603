/**
 * The statistical back-off of the advice check: a small naive-Bayes model per language, trained at
 * build time on the project's own labelled corpora (`scripts/train-models.ts`) and shipped as
 * data in the language pack. It only speaks where no grammar detector did, only above a threshold
 * chosen by cross-validation for a low false-block rate, and it explains itself: the finding's span is
 * the word (pair) that weighed most towards advice.
 */
import { type AdviceDetector, detector, type SentenceContext } from './detector.js';
import type { Token } from './sentences.js';

/** A trained model: log-odds weights of features (words, word pairs, sentence start and type). */
export interface AdviceModel {
  /** Log prior odds of advice. */
  bias: number;
  /** Score at or above which a sentence is reported as advice. */
  threshold: number;
  /** Feature → log-odds weight (advice vs clarification). */
  weights: ReadonlyMap<string, number>;
  /**
   * The word-pair weights of {@link weights} by first word, then second word ("^ have" → "^" → "have"),
   * so that scoring looks pairs up without building strings.
   */
  pairs?: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * The features of one sentence, with the token range each comes from, in a fixed order: each word, the
 * pair it ends (the previous word, or `^` at the start and `,` after a clause separator, then the word),
 * and last the sentence type (`$?` or `$.`).
 */
export function features(t: readonly Token[], isQ: boolean, visit: (feature: string, a: number, b: number) => void): void {
  let prev = '^';
  let prevIdx = -1;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    if (w === ',') {
      prev = ',';
      prevIdx = i;
      continue;
    }
    visit(w, i, i);
    visit(`${prev} ${w}`, Math.max(prevIdx, 0), i);
    prev = w;
    prevIdx = i;
  }
  const last = Math.max(0, t.length - 1);
  visit(isQ ? '$?' : '$.', last, last);
}

/** One word's entry in a model's lookup index: its own weight and the weights of the pairs it opens. */
interface WordEntry {
  /** Weight of the word as a single feature, when it has one. */
  readonly weight: number | undefined;
  /** Weights of the pairs that start with the word, by second word. */
  readonly next: ReadonlyMap<string, number> | undefined;
}

/** Lookup indexes of the models scored so far (built once per model, dropped with it). */
const indexes = new WeakMap<AdviceModel, ReadonlyMap<string, WordEntry>>();

/** The model's words with their single and pair weights, so that scoring looks each token up once. */
function wordIndex(model: AdviceModel): ReadonlyMap<string, WordEntry> {
  let index = indexes.get(model);
  if (index) return index;
  const pairs = model.pairs ?? pairIndex(model.weights);
  const built = new Map<string, WordEntry>();
  for (const w of new Set([...model.weights.keys(), ...pairs.keys()])) built.set(w, { weight: model.weights.get(w), next: pairs.get(w) });
  indexes.set(model, built);
  index = built;
  return index;
}

/**
 * The model's score for one sentence and the feature that weighed most towards advice. Adds the same
 * features in the same order as {@link features} (each word, the pair it ends, then the sentence type),
 * so the sum is the one the training script computes, to the last bit.
 */
export function scoreSentence(model: AdviceModel, t: readonly Token[], isQ: boolean): { score: number; a: number; b: number } {
  const index = wordIndex(model);
  let score = model.bias;
  let best = 0;
  let a = 0;
  let b = 0;
  let previous = index.get('^');
  let prevIdx = -1;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    if (w === ',') {
      previous = index.get(',');
      prevIdx = i;
      continue;
    }
    const entry = index.get(w);
    const single = entry?.weight;
    if (single !== undefined) {
      score += single;
      if (single > best) {
        best = single;
        a = i;
        b = i;
      }
    }
    const pair = previous?.next?.get(w);
    if (pair !== undefined) {
      score += pair;
      if (pair > best) {
        best = pair;
        a = Math.max(prevIdx, 0);
        b = i;
      }
    }
    previous = entry;
    prevIdx = i;
  }
  const type = model.weights.get(isQ ? '$?' : '$.');
  if (type !== undefined) {
    score += type;
    if (type > best) {
      a = Math.max(0, t.length - 1);
      b = a;
    }
  }
  return { score, a, b };
}

/** Splits the word-pair features of `weights` ("first second") into a map by first word. */
function pairIndex(weights: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [f, w] of weights) {
    const sp = f.indexOf(' ');
    if (sp < 0) continue;
    const first = f.slice(0, sp);
    let inner = out.get(first);
    if (!inner) {
      inner = new Map();
      out.set(first, inner);
    }
    inner.set(f.slice(sp + 1), w);
  }
  return out;
}

/** The back-off detector for a pack: reports a sentence no grammar detector flagged when the model is confident. */
export function modelDetector(id: string, model: AdviceModel): AdviceDetector {
  return detector(id, (ctx: SentenceContext) => {
    // open questions (a question word first) are rarely advice; the model was trained on the clarification round only
    if (!ctx.backoff || ctx.n === 0 || ctx.findings > 0 || ctx.whStart || ctx.reported) return;
    const { score, a, b } = scoreSentence(model, ctx.t, ctx.isQ);
    if (score >= model.threshold) ctx.add('suggestion', a, b, Math.min(0.8, 0.55 + (score - model.threshold) / 20));
  });
}

/** Builds a model from the data the training script writes. */
export function loadModel(data: { bias: number; threshold: number; weights: readonly (readonly [string, number])[] }): AdviceModel {
  const weights = new Map(data.weights);
  return { bias: data.bias, threshold: data.threshold, weights, pairs: pairIndex(weights) };
}
