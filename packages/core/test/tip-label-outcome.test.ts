import { describe, expect, it } from 'vitest';
import { detectAdvice } from '../src/text/advice.js';

const detectors = (text: string, lang: string) => detectAdvice(text, { lang, backoff: false }).reasons.map((r) => r.detector);

describe('tip labels (text/tip-label.ts)', () => {
  it('finds a short label naming a tip or an idea before a colon, in every language', () => {
    expect(detectors('Just an idea: a rota for weekend cover.', 'en')).toContain('en.tip-label');
    expect(detectors('Eén tip: altijd de directeur in cc zetten.', 'nl')).toContain('nl.tip-label');
    expect(detectors('Nur so eine Idee: ein Rotationsplan für die Wochenenden.', 'de')).toContain('de.tip-label');
    expect(detectors('Petite astuce : garder une copie de chaque courriel.', 'fr')).toContain('fr.tip-label');
  });

  it('leaves a denied tip, a question after the label and a long first clause alone', () => {
    expect(detectors('Pas un conseil, juste une question : qui rédige les rapports ?', 'fr')).toEqual([]);
    expect(detectors('Kein Tipp, nur eine Frage: Wer schreibt die Berichte?', 'de')).toEqual([]);
    expect(detectors('Just an idea, but how long has this been going on?', 'en')).toEqual([]);
    expect(detectors('Die Idee, dass sie kündigt, macht mir Angst.', 'de')).not.toContain('de.tip-label');
  });
});

describe('experience with an outcome (text/outcome.ts)', () => {
  it('finds the speaker and a word saying it worked, in every language', () => {
    expect(detectors("I just swapped shifts back then and it's been quiet, it helped a lot.", 'en')).toContain('en.experience-outcome');
    expect(detectors('Toen ik in de winkel werkte, hielp een checklist aan de kassa ons enorm.', 'nl')).toContain('nl.experience-outcome');
    expect(detectors('Ich hab damals einfach den Dienst getauscht und seitdem ist Ruhe.', 'de')).toContain('de.experience-outcome');
    expect(detectors('L’an dernier, j’ai changé d’horaire et ça m’a beaucoup aidée.', 'fr')).toContain('fr.experience-outcome');
  });

  it('leaves questions and failures alone', () => {
    expect(detectors('Hat dir das damals geholfen?', 'de')).toEqual([]);
    expect(detectors('Bei uns hat das leider nicht geholfen.', 'de')).not.toContain('de.experience-outcome');
    expect(detectors('It never helped me much, to be honest.', 'en')).not.toContain('en.experience-outcome');
  });
});
