import { describe, expect, it } from 'vitest';
import { detectAdvice } from './advice.js';
import { assessSphereOfInfluence } from './sphere.js';

const advice = (text: string, lang: 'en' | 'nl' | 'de' | 'fr'): boolean => detectAdvice(text, { lang }).isAdvice;
const inside = (text: string, lang: 'en' | 'nl' | 'de' | 'fr'): boolean => assessSphereOfInfluence(text, { lang }).inside;

describe('advice taxonomy, third round', () => {
  it('reads an alternative or an added proposal put as a verbless question', () => {
    expect(advice('Or a mediation?', 'en')).toBe(true);
    expect(advice('Of een mediation?', 'nl')).toBe(true);
    expect(advice('Oder eine Mediation?', 'de')).toBe(true);
    expect(advice('Ou une médiation ?', 'fr')).toBe(true);
    expect(advice('And a shared rota for the weekends?', 'en')).toBe(true);
    // "and the parents?" asks about someone; only an indefinite article makes it an offer
    expect(advice('And the parents?', 'en')).toBe(false);
    expect(advice('En de ouders?', 'nl')).toBe(false);
  });

  it('reads the main clause after a leading subordinate clause as a new start', () => {
    expect(advice('When she starts again, just leave the room.', 'en')).toBe(true);
    expect(advice('Quand le père se remet à crier, appelle ta cheffe.', 'fr')).toBe(true);
    expect(advice('When she starts again, what do you do?', 'en')).toBe(false);
  });

  it('keeps a tip label before a colon and still drops a speaker name', () => {
    expect(detectAdvice('Faustregel: nie eine Mail schreiben, wenn du wütend bist.', { lang: 'de' }).reasons[0]?.detector).toBe('de.cue-phrase');
    expect(advice('Pia: Wie ging es dir danach?', 'de')).toBe(false);
  });

  it('needs a suggestion marker after "what keeps you from"', () => {
    expect(advice('Wat houdt je tegen om gewoon een dag thuis te werken?', 'nl')).toBe(true);
    expect(advice('Wat houdt je tegen bij die parttime-aanvraag?', 'nl')).toBe(false);
    expect(advice('What’s stopping you, if anything, from taking the day off?', 'en')).toBe(false);
  });

  it('lays an obligation on others only in statements and negative questions, never about the speaker', () => {
    expect(advice('Zou de afdelingsleider niet degene moeten zijn die het vertelt?', 'nl')).toBe(true);
    expect(advice('Ehrlich gesagt müsste das Krankenhaus die Parkgebühren übernehmen.', 'de')).toBe(true);
    const own = detectAdvice('Ik zou eigenlijk meer moeten slapen, denk ik.', { lang: 'nl' }).reasons;
    expect(own.some((r) => r.detector === 'nl.others-obligation')).toBe(false);
    expect(advice('Sollte die Leitung davon wissen?', 'de')).toBe(false);
  });

  it('reads regional and chat forms of the cue words', () => {
    expect(advice('Waarom zet ge da nie in het verslag?', 'nl')).toBe(true);
    expect(advice('Wieso redsch nöd eifach mit de Chefin?', 'de')).toBe(true);
  });

  it('lets the back-off stay silent on a request to talk or a shared feeling', () => {
    expect(advice('Geef eens een voorbeeld.', 'nl')).toBe(false);
    expect(advice('I’d be curious to know what you tried.', 'en')).toBe(false);
  });
});

describe('sphere, third round', () => {
  it('keeps the introducer’s own reaction in a why-question inside', () => {
    expect(inside('Why does the new system make me so anxious?', 'en')).toBe(true);
    expect(inside('Warum mich die Beschwerde der Eltern so getroffen hat.', 'de')).toBe(true);
    expect(inside('Why is our planner so rigid?', 'en')).toBe(false);
  });

  it('keeps the introducer’s own acts towards others inside', () => {
    expect(inside('Die Schule um einen anderen Stundenplan fürs nächste Jahr bitten.', 'de')).toBe(true);
    expect(inside('Comment informer mes clients fidèles de la fermeture du samedi.', 'fr')).toBe(true);
    expect(inside('What I tell volunteers about budget cuts I don’t agree with.', 'en')).toBe(true);
    expect(inside('Getting the cleaning contractor to stick to the schedule.', 'en')).toBe(false);
  });
});
