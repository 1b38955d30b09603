import { describe, expect, it } from 'vitest';
import { detectAdvice } from './advice.js';
import { assessSphereOfInfluence } from './sphere.js';

const advice = (text: string) => detectAdvice(text).isAdvice;

describe('advice: a remedy offered as the subject', () => {
  it('flags a remedy with a hedged modal in en, nl and de', () => {
    for (const text of [
      'Maybe a short walk at lunch would help you unwind?',
      'A short walk at lunch might help.',
      'Misschien zou een wandeling je helpen?',
      'Een vaste pauze zou kunnen helpen.',
      'Vielleicht würde dir ein Spaziergang helfen?',
      'Ein fester Termin könnte helfen.',
    ])
      expect(advice(text), text).toBe(true);
  });

  it('leaves questions about what helps, and about resources, alone', () => {
    for (const text of [
      'What would help you unwind?',
      'Wat zou je helpen?',
      'Was würde dir helfen?',
      'Would a colleague help you if you asked?',
      'Is there a colleague who could help you?',
      'Zou een collega je kunnen helpen?',
      'Gibt es eine Kollegin, die dir helfen könnte?',
      'That would help, I guess?',
    ])
      expect(advice(text), text).toBe(false);
  });

  it('flags negative modal questions with a remedy, and experience reported through the remedy', () => {
    expect(advice('Wouldn’t a weekly check-in with him solve most of this?')).toBe(true);
    expect(advice('Couldn’t a buddy system help here?')).toBe(true);
    expect(advice('Wouldn’t that be hard for you?')).toBe(false);
    expect(advice('In my team a shared calendar solved this.')).toBe(true);
    expect(advice('Bei uns hat ein fester Jour fixe das Problem gelöst.')).toBe(true);
    expect(advice('Bij ons heeft een vaste overlegdag dat opgelost.')).toBe(true);
  });
});

describe('sphere: others as the subject of a later clause or behind a compound noun', () => {
  it('sees the others a topic is really about', () => {
    expect(assessSphereOfInfluence('How do I stop my team lead from interrupting me?').inside).toBe(false);
    expect(assessSphereOfInfluence("Our new software is useless and management won't listen.").inside).toBe(false);
    expect(assessSphereOfInfluence('Coping with impossible deadlines.').inside).toBe(true);
    expect(assessSphereOfInfluence('How can I stay calm and keep my focus?').inside).toBe(true);
  });
});

describe('sphere: why-questions about what others give', () => {
  it('treats a complaint about what others give as outside, and own reactions as inside', () => {
    expect(assessSphereOfInfluence('Why do I get so little recognition from my boss?').inside).toBe(false);
    expect(assessSphereOfInfluence('Waarom krijg ik zo weinig waardering van de directie?').inside).toBe(false);
    expect(assessSphereOfInfluence('Warum bekomme ich so wenig Anerkennung von der Leitung?').inside).toBe(false);
    expect(assessSphereOfInfluence('Why do I get so angry at my boss?').inside).toBe(true);
    expect(assessSphereOfInfluence('Waarom word ik zo boos op mijn collega?').inside).toBe(true);
  });
});

describe('advice: German stem imperatives and "an … gedacht"; questions about a past moment', () => {
  it('flags -ieren stem imperatives and "hast du an X gedacht"', () => {
    expect(advice('Blockier dir jeden Morgen eine Stunde für konzentrierte Arbeit.')).toBe(true);
    expect(advice('Organisier dir doch eine Vertretung.')).toBe(true);
    expect(advice('Hast du schon mal an ein Coaching gedacht?')).toBe(true);
    expect(advice('Papier liegt überall herum.')).toBe(false);
  });
  it('leaves "did you think of X when …" alone in all three languages', () => {
    expect(advice('Did you think of your mother when you said that?')).toBe(false);
    expect(advice('Heb je aan je moeder gedacht toen je dat zei?')).toBe(false);
    expect(advice('Hast du an deine Mutter gedacht, als du das gesagt hast?')).toBe(false);
  });
});

describe('sphere: why nothing changes; advice: what helped me', () => {
  it('treats "why does nothing change here" as outside, and own change as inside', () => {
    expect(assessSphereOfInfluence('Warum ändert sich an unserer Schule nie etwas?').inside).toBe(false);
    expect(assessSphereOfInfluence("Why doesn't anything ever change in our team?").inside).toBe(false);
    expect(assessSphereOfInfluence('Waarom verandert er nooit iets op onze afdeling?').inside).toBe(false);
    expect(assessSphereOfInfluence('Warum fällt es mir so schwer, mich zu ändern?').inside).toBe(true);
    expect(assessSphereOfInfluence('Why do I find change so hard?').inside).toBe(true);
  });
  it('flags "mij hielp het om …" as experience offered as a practice', () => {
    expect(advice('Mij hielp het destijds om een dagboek bij te houden.')).toBe(true);
    expect(advice('Wat hielp jou destijds?')).toBe(false);
  });
});
