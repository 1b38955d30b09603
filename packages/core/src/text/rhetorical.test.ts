import { describe, expect, it } from 'vitest';
import { detectAdvice } from './advice.js';

const detectors = (text: string, lang: string) => detectAdvice(text, { lang, backoff: false }).reasons.map((r) => r.detector);

describe('rhetorical detectors (text/rhetorical.ts)', () => {
  it('finds a negative question naming a solution or handing the task to someone else', () => {
    expect(detectors("Given all that, isn't a transfer the obvious answer?", 'en')).toContain('en.rhetorical-negative');
    expect(detectors("Isn't that a job for the caretaker rather than you?", 'en')).toContain('en.rhetorical-negative');
    expect(detectors('Is dat niet eerder een klus voor de conciërge dan voor jou?', 'nl')).toContain('nl.rhetorical-negative');
    expect(detectors('Wäre eine Versetzung nicht die naheliegende Lösung?', 'de')).toContain('de.rhetorical-negative');
  });

  it('finds an obligation in the passive addressed to nobody', () => {
    expect(detectors('The parents need to be told today, whatever the head says.', 'en')).toContain('en.rhetorical-negative');
    expect(detectors('Die Eltern müssen heute noch informiert werden.', 'de')).toContain('de.rhetorical-negative');
  });

  it('leaves genuine questions and first-person obligations alone', () => {
    for (const [lang, text] of [
      ['en', "Isn't that hard for you?"],
      ['en', 'What needs to be done before Friday?'],
      ['en', 'I need to be told these things in advance.'],
      ['nl', 'Is dat niet lastig voor jou?'],
      ['de', 'Was muss bis Freitag erledigt werden?'],
      ['fr', 'Qu’est-ce qui doit être prêt lundi ?'],
    ] as const)
      expect(detectAdvice(text, { lang, backoff: false }).isAdvice, text).toBe(false);
  });
});
