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

/** Visitors of {@link walkFeatures}: a single word, a word pair (previous word or `^` / `,`, then the word), the sentence type. */
interface FeatureVisitor {
  single(word: string, i: number): void;
  pair(previous: string, word: string, a: number, b: number): void;
  type(feature: '$?' | '$.', i: number): void;
}

/** Walks the features of one sentence in a fixed order: each word, the pair it ends, then the sentence type. */
function walkFeatures(t: readonly Token[], isQ: boolean, v: FeatureVisitor): void {
  let prev = '^';
  let prevIdx = -1;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    if (w === ',') {
      prev = ',';
      prevIdx = i;
      continue;
    }
    v.single(w, i);
    v.pair(prev, w, Math.max(prevIdx, 0), i);
    prev = w;
    prevIdx = i;
  }
  // the sentence type: "^ word" above marks the first word, these the end
  v.type(isQ ? '$?' : '$.', Math.max(0, t.length - 1));
}

/** The features of one sentence, with the token range each comes from. */
export function features(t: readonly Token[], isQ: boolean, visit: (feature: string, a: number, b: number) => void): void {
  walkFeatures(t, isQ, {
    single: (w, i) => visit(w, i, i),
    pair: (prev, w, a, b) => visit(`${prev} ${w}`, a, b),
    type: (f, i) => visit(f, i, i),
  });
}

/** The model's score for one sentence and the feature that weighed most towards advice. */
export function scoreSentence(model: AdviceModel, t: readonly Token[], isQ: boolean): { score: number; a: number; b: number } {
  const pairs = model.pairs ?? pairIndex(model.weights);
  let score = model.bias;
  let best = 0;
  let a = 0;
  let b = 0;
  const take = (w: number | undefined, fa: number, fb: number): void => {
    if (w === undefined) return;
    score += w;
    if (w > best) {
      best = w;
      a = fa;
      b = fb;
    }
  };
  // the same features as `features`, looked up without building pair strings
  walkFeatures(t, isQ, {
    single: (w, i) => take(model.weights.get(w), i, i),
    pair: (prev, w, fa, fb) => take(pairs.get(prev)?.get(w), fa, fb),
    type: (f, i) => take(model.weights.get(f), i, i),
  });
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
