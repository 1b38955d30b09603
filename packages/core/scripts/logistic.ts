/**
 * L1-regularised logistic regression for the statistical back-off (see src/text/model.ts), an alternative to
 * naive Bayes with the same output: a bias and log-odds weights per feature, so the shipped model format and
 * the scoring code do not change. The check scores every sentence and keeps the best one, so training is
 * multiple-instance: every eligible sentence of a negative item is a negative; a positive item contributes only
 * its currently best-scoring sentence (its "witness", chosen again each round after a quarter of the rounds
 * on every sentence), so an empathic opening sentence
 * before the advice is not taught to be advice. The L1 penalty keeps most weights at exactly 0, which bounds the
 * size of the shipped model.
 */

/** One training item as the trainer sees it: its label and the features of each eligible sentence. */
export type Bag = { positive: boolean; sentences: readonly (readonly string[])[] };

/** Settings of {@link trainLogistic}. */
export type LogisticOptions = {
  /** L1 penalty per item and round (larger: fewer non-zero weights). */
  l1: number;
  /** Features seen in fewer sentences are not used. */
  minCount: number;
  /** Passes over the data. */
  rounds: number;
  /** AdaGrad base step. */
  step: number;
  /** 1: a positive item contributes its best sentence only; 0: every sentence. */
  witness: number;
};

/** The settings chosen by leave-one-batch-out scores (`scripts/lobo.ts`). */
export const LOGISTIC_DEFAULTS: LogisticOptions = { l1: 0.0005, minCount: 2, rounds: 120, step: 0.3, witness: 1 };

/** Trains bias and weights on the bags; weights that end at 0 are left out of the map. */
export function trainLogistic(bags: readonly Bag[], options: LogisticOptions = LOGISTIC_DEFAULTS): { bias: number; weights: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const b of bags) for (const s of b.sentences) for (const f of s) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= options.minCount) index.set(f, index.size);
  const coded = bags
    .filter((b) => b.sentences.length > 0)
    .map((b) => ({ positive: b.positive, sentences: b.sentences.map((s) => Int32Array.from(s.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])))) }));
  const n = index.size;
  const w = new Float64Array(n);
  const g2 = new Float64Array(n).fill(1e-8);
  const grad = new Float64Array(n);
  let bias = 0;
  let biasG2 = 1e-8;
  const dot = (x: Int32Array): number => {
    let z = bias;
    for (const j of x) z += w[j]!;
    return z;
  };
  const total = coded.length;
  // the first rounds learn from every sentence, so that the witnesses are not picked by weights that are all 0
  const warmUp = Math.floor(options.rounds / 4);
  for (let round = 0; round < options.rounds; round++) {
    grad.fill(0);
    let biasGrad = 0;
    for (const bag of coded) {
      const instances = bag.positive && options.witness && round >= warmUp ? [witness(bag.sentences, dot)] : bag.sentences;
      const y = bag.positive ? 1 : 0;
      const share = 1 / instances.length;
      for (const x of instances) {
        const p = 1 / (1 + Math.exp(-dot(x)));
        const e = (p - y) * share;
        biasGrad += e;
        for (const j of x) grad[j]! += e;
      }
    }
    biasG2 += (biasGrad / total) ** 2;
    bias -= (options.step / Math.sqrt(biasG2)) * (biasGrad / total);
    for (let j = 0; j < n; j++) {
      const gj = grad[j]! / total;
      if (gj === 0 && w[j] === 0) continue;
      g2[j]! += gj * gj;
      const eta = options.step / Math.sqrt(g2[j]!);
      const v = w[j]! - eta * gj;
      // proximal L1 step: shrink towards 0 and stop there
      const shrink = eta * options.l1;
      w[j] = v > shrink ? v - shrink : v < -shrink ? v + shrink : 0;
    }
  }
  const weights = new Map<string, number>();
  for (const [f, j] of index) {
    const v = Math.round(w[j]! * 100) / 100;
    if (v !== 0) weights.set(f, v);
  }
  return { bias, weights };
}

/** The sentence of a positive bag the current weights score highest. */
function witness(sentences: readonly Int32Array[], dot: (x: Int32Array) => number): Int32Array {
  let best = sentences[0]!;
  let top = Number.NEGATIVE_INFINITY;
  for (const s of sentences) {
    const z = dot(s);
    if (z > top) {
      top = z;
      best = s;
    }
  }
  return best;
}
