import { describe, expect, it } from 'vitest';
import { trainLogistic } from '../scripts/logistic.js';
import { corpusFiles, HELD_OUT_BATCHES, isHeldOut, TASKS } from '../scripts/model-training.js';

describe('model training (scripts/model-training.ts, scripts/logistic.ts)', () => {
  it('never reads a held-out blind batch by default', () => {
    expect(HELD_OUT_BATCHES).toEqual(expect.arrayContaining(['b9', 'b10']));
    for (const task of TASKS) {
      const files = corpusFiles(task);
      expect(files.some((f) => f.startsWith('blind/'))).toBe(true);
      for (const f of files) expect(isHeldOut(f), f).toBe(false);
      expect(files.some((f) => /\.b(9|10)\.jsonl$/.test(f))).toBe(false);
    }
  });

  it('names a batch by the part before .jsonl', () => {
    expect(isHeldOut('advice.de.b9.jsonl', ['b9'])).toBe(true);
    expect(isHeldOut('advice.de.b19.jsonl', ['b9'])).toBe(false);
    expect(isHeldOut('sphere.fr.b10.jsonl', ['b10'])).toBe(true);
  });

  it("learns a positive weight for the word that marks the positives and trains on a positive bag's best sentence only", () => {
    const bags = [];
    for (let i = 0; i < 20; i++) {
      // the opening sentence ("thanks") appears in positives and negatives alike; "should" only in positives
      bags.push({
        positive: true,
        sentences: [
          ['thanks', `w${i}`],
          ['you', 'should', `x${i}`],
        ],
      });
      bags.push({
        positive: false,
        sentences: [
          ['thanks', `y${i}`],
          ['how', 'long', `z${i}`],
        ],
      });
    }
    const m = trainLogistic(bags, { l1: 0.0005, minCount: 2, rounds: 200, step: 0.3, witness: 1 });
    expect(m.weights.get('should')).toBeGreaterThan(0.5);
    expect(m.weights.get('how') ?? 0).toBeLessThan(0);
    expect(m.weights.get('thanks') ?? 0).toBeLessThanOrEqual(0);
    // features seen once (w0, x0 …) are below minCount and get no weight
    expect(m.weights.has('w0')).toBe(false);
  });

  it('a larger L1 penalty keeps fewer weights', () => {
    const bags = Array.from({ length: 40 }, (_, i) => ({ positive: i % 2 === 0, sentences: [[`a${i % 6}`, `b${i % 5}`, i % 2 === 0 ? 'p' : 'q']] }));
    const small = trainLogistic(bags, { l1: 0.0001, minCount: 1, rounds: 100, step: 0.3, witness: 1 });
    const large = trainLogistic(bags, { l1: 0.05, minCount: 1, rounds: 100, step: 0.3, witness: 1 });
    expect(large.weights.size).toBeLessThan(small.weights.size);
  });
});
