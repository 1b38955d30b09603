/**
 * Corpus metrics for the text validators (used by `scripts/eval-rules.ts` and the corpus tests):
 * precision / recall / F1 of the positive class (`advice`, `outside`) per language, and the
 * false-positive rate on the negative class (`clarification`, `inside`). `borderline` is skipped.
 */
import type { Lang } from '../shared/lang.js';
import { detectAdvice } from './advice.js';
import { assessSphereOfInfluence } from './sphere.js';

/** One labelled corpus item (the JSONL schema of the validator corpora). */
export interface CorpusItem {
  /** Stable id. */
  id: string;
  /** The contribution or topic. */
  text: string;
  /** Its language. */
  lang: Lang;
  /** `advice` / `clarification` / `borderline` or `inside` / `outside` / `borderline`. */
  label: string;
  /** Human note, never used as input. */
  note?: string;
}

/** Metrics of one language (or `all`). */
export interface Metrics {
  /** Scored items (borderline excluded). */
  n: number;
  /** True positives. */
  tp: number;
  /** False positives. */
  fp: number;
  /** False negatives. */
  fn: number;
  /** True negatives. */
  tn: number;
  /** tp / (tp + fp), 1 when nothing was flagged. */
  precision: number;
  /** tp / (tp + fn), 1 when there were no positives. */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
  /** fp / (fp + tn): share of negatives flagged. */
  fpRate: number;
}

/** A misclassified item. */
export interface EvalError {
  /** The item. */
  item: CorpusItem;
  /** What the validator said (`advice` / `clarification`, `outside` / `inside`). */
  predicted: string;
  /** Short explanation (patterns / reasons found). */
  detail: string;
}

/** Result of an evaluation run. */
export interface EvalReport {
  /** Metrics per language and for `all`. */
  byLang: Record<string, Metrics>;
  /** Misclassified items. */
  errors: EvalError[];
}

/** Parses a JSONL corpus; blank lines are skipped, a broken line throws with its line number. */
export function parseJsonl(content: string): CorpusItem[] {
  const out: CorpusItem[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    try {
      out.push(JSON.parse(line) as CorpusItem);
    } catch (e) {
      throw new Error(`line ${i + 1}: ${(e as Error).message}`);
    }
  }
  return out;
}

function finish(c: { tp: number; fp: number; fn: number; tn: number }): Metrics {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fpRate = c.fp + c.tn === 0 ? 0 : c.fp / (c.fp + c.tn);
  return { n: c.tp + c.fp + c.fn + c.tn, ...c, precision, recall, f1, fpRate };
}

function evaluate(
  items: readonly CorpusItem[],
  positive: string,
  negative: string,
  judge: (item: CorpusItem) => { positive: boolean; detail: string },
): EvalReport {
  const counts: Record<string, { tp: number; fp: number; fn: number; tn: number }> = {};
  const errors: EvalError[] = [];
  for (const item of items) {
    if (item.label !== positive && item.label !== negative) continue;
    const gold = item.label === positive;
    const { positive: pred, detail } = judge(item);
    for (const key of [item.lang, 'all']) {
      let c = counts[key];
      if (!c) {
        c = { tp: 0, fp: 0, fn: 0, tn: 0 };
        counts[key] = c;
      }
      if (gold && pred) c.tp++;
      else if (gold) c.fn++;
      else if (pred) c.fp++;
      else c.tn++;
    }
    if (gold !== pred) errors.push({ item, predicted: pred ? positive : negative, detail });
  }
  const byLang: Record<string, Metrics> = {};
  for (const [k, c] of Object.entries(counts)) byLang[k] = finish(c);
  return { byLang, errors };
}

/**
 * Scores {@link detectAdvice} on a corpus (`advice` positive, `clarification` negative). The item's
 * `lang` is passed as a hint (as a session would), so language detection takes part in the run.
 */
export function evaluateAdvice(items: readonly CorpusItem[]): EvalReport {
  return evaluate(items, 'advice', 'clarification', (item) => {
    const r = detectAdvice(item.text, { hint: item.lang });
    return { positive: r.isAdvice, detail: r.reasons.map((x) => x.pattern).join(',') || `(lang ${r.lang})` };
  });
}

/** Scores {@link assessSphereOfInfluence} on a corpus (`outside` positive, `inside` negative). */
export function evaluateSphere(items: readonly CorpusItem[]): EvalReport {
  return evaluate(items, 'outside', 'inside', (item) => {
    const r = assessSphereOfInfluence(item.text, { hint: item.lang });
    return { positive: !r.inside, detail: r.reasons.map((x) => x.reason).join(',') || `(lang ${r.lang})` };
  });
}
