import { describe, expect, it } from 'vitest';
import { detectAdvice } from './advice.js';

const detectors = (text: string, lang: string) => detectAdvice(text, { lang, backoff: false }).reasons.map((r) => r.detector);

describe('hypothetical detectors (text/hypothetical.ts)', () => {
  it('finds a condition on the listener with a suggestion marker, in every language', () => {
    expect(detectors("What's the worst that could happen if you just told her?", 'en')).toContain('en.hypothetical');
    expect(detectors('Wat is het ergste dat kan gebeuren als je het haar gewoon vertelt?', 'nl')).toContain('nl.hypothetical');
    expect(detectors('Was passiert schlimmstenfalls, wenn du es ihr einfach sagst?', 'de')).toContain('de.hypothetical');
    expect(detectors('Que se passerait-il si tu lui disais simplement non ?', 'fr')).toContain('fr.hypothetical');
  });

  it('finds an evaluative question about the listener acting, and "what have you got to lose"', () => {
    expect(detectors('How would it be if you met her before school rather than after?', 'en')).toContain('en.hypothetical');
    expect(detectors('Wie fändest du es, wenn du sie vor dem Unterricht triffst?', 'de')).toContain('de.hypothetical');
    expect(detectors('Eerlijk, wat heb je te verliezen als je solliciteert?', 'nl')).toContain('nl.hypothetical');
  });

  it("finds a request for the listener's opinion on a proposed action", () => {
    expect(detectors('What do you think about asking the GP to call the family?', 'en')).toContain('en.hypothetical');
    expect(detectors('Wat vind je ervan om de huisarts de familie te laten bellen?', 'nl')).toContain('nl.hypothetical');
    expect(detectAdvice('Was hältst du davon, die Familie einzuladen?', { lang: 'de' }).isAdvice).toBe(true);
    expect(detectAdvice('What do you think about the new rota?', { lang: 'en' }).isAdvice).toBe(false);
    expect(detectAdvice('Wat vind je ervan dat ze het zo deed?', { lang: 'nl' }).isAdvice).toBe(false);
  });

  it('leaves questions about what others would do, or about a loss, alone', () => {
    expect(detectAdvice("How would the team manage if you weren't there for a week?", { lang: 'en' }).isAdvice).toBe(false);
    expect(detectAdvice('Hoe zou het team het redden als jij een week weg was?', { lang: 'nl' }).isAdvice).toBe(false);
    expect(detectAdvice('What did you lose when they reorganised the ward?', { lang: 'en' }).isAdvice).toBe(false);
    expect(detectAdvice('Was sagst du, wenn sie dich fragt?', { lang: 'de' }).isAdvice).toBe(false);
  });
});
