import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateAdvice, evaluateSphere, parseJsonl } from './metrics.js';

const fixtures = resolve(__dirname, '../../test/fixtures/corpus');
const advice = evaluateAdvice(parseJsonl(readFileSync(resolve(fixtures, 'advice.dev.jsonl'), 'utf8')));
const sphere = evaluateSphere(parseJsonl(readFileSync(resolve(fixtures, 'sphere.dev.jsonl'), 'utf8')));

describe('corpus metrics (dev sets)', () => {
  it('advice: F1 ≥ 0.93 (en), ≥ 0.90 (nl, de); ≤ 3% of clarification flagged', () => {
    expect(advice.byLang.en!.f1).toBeGreaterThanOrEqual(0.93);
    expect(advice.byLang.nl!.f1).toBeGreaterThanOrEqual(0.9);
    expect(advice.byLang.de!.f1).toBeGreaterThanOrEqual(0.9);
    for (const lang of ['en', 'nl', 'de', 'all']) expect(advice.byLang[lang]!.fpRate, lang).toBeLessThanOrEqual(0.03);
  });

  it('sphere: F1 ≥ 0.90 for "outside" in every language', () => {
    for (const lang of ['en', 'nl', 'de']) expect(sphere.byLang[lang]!.f1, lang).toBeGreaterThanOrEqual(0.9);
  });

  it('skips borderline items', () => {
    expect(advice.byLang.all!.n).toBe(199);
    expect(sphere.byLang.all!.n).toBe(127);
  });
});
