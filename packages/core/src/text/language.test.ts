import { describe, expect, it } from 'vitest';
import { detectLanguage, resolveLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['Talk to HR.', 'en'],
    ['just escalate it to the CTO', 'en'],
    ['what did the doctor say', 'en'],
    ['Praat met HR.', 'nl'],
    ['zeg gewoon nee', 'nl'],
    ['Wat gebeurde er toen?', 'nl'],
    ['Schreib alles auf.', 'de'],
    ['Wie hat dein Kollege reagiert?', 'de'],
    ['Was erwartest du vom Team?', 'de'],
    ['Wer ist noch beteiligt?', 'de'],
    ['Wie is er nog meer bij betrokken?', 'nl'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('falls back when there is no evidence', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('123 456', 'nl')).toBe('nl');
  });

  it('keeps the session hint unless the text clearly differs', () => {
    expect(resolveLanguage('Je moet dit melden bij de vertrouwenspersoon.', 'en')).toBe('nl');
    expect(resolveLanguage('Du solltest das dokumentieren.', 'nl')).toBe('de');
    expect(resolveLanguage('OK.', 'de')).toBe('de');
    expect(resolveLanguage('HR?', 'nl')).toBe('nl');
  });
});
