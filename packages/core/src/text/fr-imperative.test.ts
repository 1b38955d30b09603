import { describe, expect, it } from 'vitest';
import { detectAdvice } from './advice.js';

const fr = (text: string) => detectAdvice(text, { lang: 'fr', backoff: false });

describe('French imperatives (lang/fr/advice.ts)', () => {
  it('fr.imperative: a verb joined to an object pronoun by a hyphen', () => {
    for (const text of ['Montre-lui les chiffres, elle ne pourra pas les ignorer.', 'Occupe-toi d’abord de l’ambiance.', 'Parles-en à ta cheffe d’unité.'])
      expect(
        fr(text).reasons.map((r) => r.detector),
        text,
      ).toContain('fr.imperative');
  });

  it('fr.bare-infinitive: a bare infinitive as a directive', () => {
    expect(fr('Et ensuite, rentrer à l’heure.').reasons.map((r) => r.detector)).toContain('fr.bare-infinitive');
    expect(fr('Déléguer, déléguer, déléguer.').isAdvice).toBe(true);
  });

  it('leaves inverted questions, apologies and statements with a subject alone', () => {
    for (const text of [
      'Peux-tu nous en dire plus ?',
      'Excuse-moi, j’ai mal entendu : c’est quel logiciel qui pose problème ?',
      'Corrige-moi si je me trompe : tu occupes les deux postes depuis mars ?',
      'Parle-t-elle souvent de partir ?',
      'Hier, rien de spécial.',
      'Je dois y réfléchir.',
    ])
      expect(fr(text).isAdvice, text).toBe(false);
  });
});
