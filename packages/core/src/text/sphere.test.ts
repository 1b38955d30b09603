import { describe, expect, it } from 'vitest';
import { assessSphereOfInfluence } from './sphere.js';

const INSIDE = [
  'Coping with a heavy caseload.',
  'How do I set boundaries with demanding parents?',
  'How do I handle a colleague who takes credit for my work?',
  'Why do I find it so hard to delegate?',
  'How can I make better use of my time?',
  'How can I get better at giving feedback?',
  'Should I apply for the coordinator role?',
  'Hoe ga ik om met een leidinggevende die alles controleert?',
  'Waarom raakt het me zo als mijn voorstellen worden genegeerd?',
  'Omgaan met kritiek van collega’s.',
  'Wie gehe ich mit einer Chefin um, die alles kontrolliert?',
  'Warum ärgert es mich so, wenn meine Vorschläge übergangen werden?',
  'Umgang mit hoher Arbeitsbelastung.',
];

const OUTSIDE = [
  'How can I make my colleague more reliable?',
  'How do I get the parents to stop emailing me at night?',
  'My colleagues should stop gossiping.',
  'Why is management never listening to us?',
  'How can I stop my colleague from interrupting me?',
  'How can I ensure that my colleagues follow the protocol?',
  'The government needs to invest in youth care.',
  'Why was the project cancelled?',
  'Hoe krijg ik mijn leidinggevende zover dat hij me meer verantwoordelijkheid geeft?',
  'Hoe kan ik de cultuur op onze afdeling veranderen?',
  'De overheid moet meer investeren in jeugdzorg.',
  'Wie bringe ich meine Chefin dazu, mir mehr Verantwortung zu geben?',
  'Wie sorge ich dafür, dass die Ärzte die Pflege ernst nehmen?',
  'Warum sind meine Kollegen so negativ?',
];

describe('assessSphereOfInfluence', () => {
  it.each(INSIDE)('inside: %s', (topic) => {
    const r = assessSphereOfInfluence(topic);
    expect(r.inside, JSON.stringify(r.reasons)).toBe(true);
    expect(r.suggestion).toBeUndefined();
  });

  it.each(OUTSIDE)('outside: %s', (topic) => {
    const r = assessSphereOfInfluence(topic);
    expect(r.inside).toBe(false);
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.suggestion).toBeTruthy();
  });

  it('reframes in the language of the topic, reusing the other person', () => {
    expect(assessSphereOfInfluence('How can I get my boss to listen to me?').suggestion).toBe('How can I respond to my boss in a way that works for me?');
    expect(assessSphereOfInfluence('Hoe kan ik mijn collega betrouwbaarder maken?').suggestion).toBe(
      'Hoe kan ik omgaan met mijn collega op een manier die bij mij past?',
    );
    expect(assessSphereOfInfluence('Die Personalabteilung sollte hilfsbereiter sein.').suggestion).toBe(
      'Was kann ich in dieser Situation selbst tun, und wie möchte ich damit umgehen?',
    );
  });

  it('points the span at the words it rests on', () => {
    const topic = 'How can I make my colleague stop complaining all the time?';
    const r = assessSphereOfInfluence(topic);
    const span = r.reasons[0]!.span;
    expect(r.reasons[0]!.reason).toBe('causative');
    expect(topic.slice(span.start, span.end)).toBe('make my colleague');
  });

  it("a statement that sets the scene does not decide when the topic ends in the introducer's own question", () => {
    for (const [lang, text] of [
      ['en', "The parents are divided about the new homework policy. How do I talk about it at parents' evening without taking sides?"],
      ['de', 'Die Eltern sind beim neuen Hausaufgabenkonzept gespalten. Wie spreche ich es am Elternabend an, ohne Partei zu ergreifen?'],
      ['nl', 'Mijn begeleider is in juni met pensioen gegaan. Welke steun wil ik nu zoeken?'],
    ] as const)
      expect(assessSphereOfInfluence(text, { lang }).inside, text).toBe(true);
    // the same scene with a question about changing others, or no question at all, stays outside
    expect(assessSphereOfInfluence('The parents are divided. How do I make them agree on the policy?', { lang: 'en' }).inside).toBe(false);
    expect(assessSphereOfInfluence('The parents are divided about the new homework policy.', { lang: 'en' }).inside).toBe(false);
  });

  it("keeps the introducer's own action inside when it names others, and a new role of their own", () => {
    for (const [lang, text] of [
      ['nl', 'Hoe vertel ik mijn leidinggevende dat ik meer steun nodig heb?'],
      ['de', 'Wie sage ich meiner Chefin, dass ich mehr Unterstützung brauche?'],
      ['en', 'Now that I lead the team I used to belong to, how do I find my footing?'],
      ['en', 'How do I tell my co-teacher what bothers me?'],
    ] as const)
      expect(assessSphereOfInfluence(text, { lang }).inside, text).toBe(true);
    expect(assessSphereOfInfluence('Hoe krijg ik mijn leidinggevende zover dat hij mij steunt?', { lang: 'nl' }).inside).toBe(false);
  });

  it('places persuading others and undoing the past outside', () => {
    for (const [lang, text, reason] of [
      ['en', 'How can I win the directors over to the new rota?', 'causative'],
      ['en', 'How do I convince my team lead to share the planning?', 'causative'],
      ['en', "How do I undo last month's e-mail to the parents?", 'change-others'],
      ['de', 'Wie mache ich die Entscheidung rückgängig?', 'change-others'],
      ['fr', 'Comment annuler le mail envoyé aux parents ?', 'change-others'],
    ] as const) {
      const r = assessSphereOfInfluence(text, { lang });
      expect(r.inside, text).toBe(false);
      expect(r.reasons[0]?.reason, text).toBe(reason);
    }
    expect(assessSphereOfInfluence('How do I convince myself to take a break?', { lang: 'en' }).inside).toBe(true);
  });

  it('never throws and stays fast on hostile input', () => {
    for (const text of ['', '?'.repeat(100_000), 'make my colleague '.repeat(10_000), 'ik veranderen collega '.repeat(10_000)]) {
      expect(() => assessSphereOfInfluence(text)).not.toThrow();
    }
  });
});
