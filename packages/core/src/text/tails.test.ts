import { describe, expect, it } from 'vitest';
import { detectAdvice } from './advice.js';
import { splitSentences } from './sentences.js';
import { clauseTails, MAX_TAILS } from './tails.js';

describe('clause tails (text/tails.ts)', () => {
  it('reads the question after a colon or after ", but" as a new start', () => {
    const text = 'Kurze Frage: Hast du schon an Jobsharing gedacht?';
    const [s] = splitSentences(text);
    const tails = clauseTails(text, s!, new Set(['aber']));
    expect(tails.map((x) => text.slice(x.start, x.end))).toEqual(['Hast du schon an Jobsharing gedacht?']);
    const nl = 'Ik wil geen advies geven, maar heb je P&O overwogen?';
    expect(clauseTails(nl, splitSentences(nl)[0]!, new Set(['maar'])).map((x) => x.toks[0]!.w)).toEqual(['heb']);
    // a plain comma starts no tail
    const plain = 'Wenn sie wieder anfängt, was machst du dann?';
    expect(clauseTails(plain, splitSentences(plain)[0]!, new Set(['aber']))).toEqual([]);
  });

  it('reads at most MAX_TAILS tails per sentence', () => {
    const text = `${'a: b c '.repeat(50)}d?`;
    expect(clauseTails(text, splitSentences(text)[0]!, undefined)).toHaveLength(MAX_TAILS);
  });

  it('lets the start-of-sentence detectors see past a preamble', () => {
    const r = detectAdvice('Kurze Frage: Hast du schon mal versucht, mit ihr zu reden?', { lang: 'de' });
    expect(r.reasons.map((x) => x.detector)).toContain('de.have-you-tried');
    expect(detectAdvice('Ik wil geen advies geven, maar heb je al geprobeerd de klant te bellen?', { lang: 'nl' }).isAdvice).toBe(true);
    expect(detectAdvice('Kurze Frage: Was hat sie genau gesagt?', { lang: 'de' }).isAdvice).toBe(false);
  });
});
