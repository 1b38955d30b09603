import { describe, expect, it } from 'vitest';
import { detectAdvice } from './advice.js';

const detectors = (text: string, lang: string) => detectAdvice(text, { lang, backoff: false }).reasons.map((r) => r.detector);

describe('bare-infinitive directive (v2-detectors.ts)', () => {
  it('finds a short bare infinitive phrase, or one word said three times', () => {
    expect(detectors('Nee zeggen.', 'nl')).toContain('nl.bare-infinitive');
    expect(detectors('Urlaub nehmen, echt jetzt.', 'de')).toContain('de.bare-infinitive');
    expect(detectors('Delegieren, delegieren, delegieren.', 'de')).toContain('de.bare-infinitive');
  });

  it('leaves statements with a subject or article, infinitives after te/zu and unpunctuated chat alone', () => {
    for (const [lang, text] of [
      ['nl', 'Goed om te horen.'],
      ['nl', 'Ik wil het begrijpen.'],
      ['de', 'Merci fürs Erzählen.'],
      ['de', 'gibts bei euch feste sprechzeiten'],
      ['de', 'Die Kollegen.'],
    ] as const)
      expect(detectors(text, lang), text).not.toContain(`${lang}.bare-infinitive`);
  });
});
