import { describe, expect, it } from 'vitest';
import { checkOpenQuestion } from './open-question.js';

const keys = (text: string, allowWhy = true) => checkOpenQuestion(text, { allowWhy }).map((h) => h.messageKey);

describe('checkOpenQuestion', () => {
  it('accepts single open questions and polite requests', () => {
    for (const q of [
      'What happened next?',
      'How did you feel when she walked out?',
      'Could you explain what you mean by "resistant"?',
      'Wat gebeurde er toen?',
      'Kun je daar wat meer over vertellen?',
      'Wie hat dein Kollege reagiert?',
      'Kannst du mehr darüber erzählen?',
      'what did the doctor say',
    ]) {
      expect(keys(q), q).toEqual([]);
    }
  });

  it('flags closed yes/no questions in en/nl/de', () => {
    expect(keys('Did it go well?')).toEqual(['open-question.closed']);
    expect(keys('Is your manager aware of the conflict?')).toEqual(['open-question.closed']);
    expect(keys('Heb je altijd in de jeugdzorg gewerkt?')).toEqual(['open-question.closed']);
    expect(keys('Weet het team hoe jij je voelt?')).toEqual(['open-question.closed']);
    expect(keys('Hast du früher schon mal in der Pflege gearbeitet?')).toEqual(['open-question.closed']);
  });

  it('flags several questions at once, with the first question as suggestion', () => {
    const text = 'Good trip? Was there traffic? Did you practise?';
    const hits = checkOpenQuestion(text);
    const stacked = hits.find((h) => h.messageKey === 'open-question.stacked');
    expect(stacked).toBeDefined();
    expect(stacked!.suggestion).toBe('Good trip?');
    expect(text.slice(stacked!.span!.start, stacked!.span!.end)).toBe('Was there traffic? Did you practise?');
    expect(keys('What happened and how did you react?')).toContain('open-question.stacked');
  });

  it('flags why-questions only when allowWhy is false', () => {
    expect(keys('Why did you accept the extra project?')).toEqual([]);
    expect(keys('Why did you accept the extra project?', false)).toEqual(['open-question.why']);
    expect(keys('Waarom heb je toen voor deze aanpak gekozen?', false)).toEqual(['open-question.why']);
    expect(keys('Warum hast du das Angebot angenommen?', false)).toEqual(['open-question.why']);
    const hit = checkOpenQuestion('Warum hast du das Angebot angenommen?', { allowWhy: false })[0]!;
    expect(hit.message).toContain('Warum');
    expect(hit.suggestion).toBe('Wie kam es dazu?');
  });

  it('never throws on hostile input', () => {
    for (const text of ['?'.repeat(100_000), 'why? '.repeat(20_000), 'Did you '.repeat(20_000), '']) {
      expect(() => checkOpenQuestion(text, { allowWhy: false })).not.toThrow();
    }
  });
});

describe('checkOpenQuestion: indirect questions in Dutch and German subordinate clauses', () => {
  const keys = (text: string) => checkOpenQuestion(text).map((h) => h.messageKey);
  it('does not count an indirect question after a comma as a second question', () => {
    expect(keys('Woher weißt du, was das Team braucht?')).toEqual([]);
    expect(keys('Wie erfährst du, was deine Kollegin braucht?')).toEqual([]);
    expect(keys('Hoe merk je, wat zij nodig heeft?')).toEqual([]);
  });
  it('still counts a second main-clause question after a comma', () => {
    expect(keys('Wie geht es dir, was machst du jetzt?')).toEqual(['open-question.stacked']);
    expect(keys('Hoe ging het, wat deed je toen?')).toEqual(['open-question.stacked']);
  });
});
