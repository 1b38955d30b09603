import type { Scenario } from '../../scenario/types.js';
import { advance, answer, refused, say, start } from './steps.js';

/** Troika Consulting: a trio without a facilitator; the client turns around and may not react. */
export const troikaConsultingScenario: Scenario = {
  methodId: 'troika-consulting',
  title: {
    en: 'A product owner whose stakeholders keep changing priorities',
    nl: 'Een product owner van wie de stakeholders steeds de prioriteiten veranderen',
    de: 'Eine Product Ownerin, deren Stakeholder ständig die Prioritäten ändern',
  },
  participants: [
    { id: 'noor', name: 'Noor', role: 'introducer' },
    { id: 'pieter', name: 'Pieter', role: 'peer' },
    { id: 'quinten', name: 'Quinten', role: 'peer' },
  ],
  steps: [
    start('pieter'),
    {
      wait: 1,
      note: {
        en: 'After a minute of silent preparation the trio moves on by itself.',
        nl: 'Na een minuut stille voorbereiding gaat het drietal vanzelf verder.',
        de: 'Nach einer Minute stiller Vorbereitung geht die Dreiergruppe von selbst weiter.',
      },
    },
    say('noor', 'narrative', {
      en: 'Every sprint review, two stakeholders swap the top priorities. My challenge: keeping a direction. The help I need: how to make them choose together.',
      nl: 'Bij elke sprintreview wisselen twee stakeholders de topprioriteiten om. Mijn uitdaging: koers houden. De hulp die ik zoek: hoe laat ik ze samen kiezen.',
      de: 'In jedem Sprint-Review tauschen zwei Stakeholder die wichtigsten Prioritäten. Meine Herausforderung: eine Richtung halten. Die Hilfe, die ich brauche: wie ich sie dazu bringe, gemeinsam zu entscheiden.',
    }),
    advance('quinten'),
    say('pieter', 'question', {
      en: 'What happens when both stakeholders are in the same room?',
      nl: 'Wat gebeurt er als beide stakeholders in dezelfde ruimte zitten?',
      de: 'Was passiert, wenn beide Stakeholder im selben Raum sind?',
    }),
    answer('noor', 'c-5', {
      en: 'That never happens; I talk to them separately.',
      nl: 'Dat gebeurt nooit; ik spreek ze apart.',
      de: 'Das kommt nie vor; ich spreche sie getrennt.',
    }),
    advance('quinten', {
      en: 'Noor turns her back to the consultants.',
      nl: 'Noor draait de consultants haar rug toe.',
      de: 'Noor dreht den Beratern den Rücken zu.',
    }),
    refused(
      say('noor', 'question', { en: 'Can I just add something?', nl: 'Mag ik nog even iets toevoegen?', de: 'Darf ich kurz etwas ergänzen?' }),
      'introducer-away',
      {
        en: 'Back turned: the client listens and takes notes, but must not respond.',
        nl: 'Met de rug ernaar: de klant luistert en noteert, maar reageert niet.',
        de: 'Mit dem Rücken zur Gruppe: Die Klientin hört zu und notiert, reagiert aber nicht.',
      },
    ),
    say('pieter', 'perception', {
      en: 'She is the only bridge between them, so the conflict lands on her.',
      nl: 'Zij is de enige brug tussen hen, dus het conflict komt bij haar terecht.',
      de: 'Sie ist die einzige Brücke zwischen den beiden, also landet der Konflikt bei ihr.',
    }),
    say('quinten', 'idea', {
      en: 'A joint priority session with both stakeholders and one shared list.',
      nl: 'Een gezamenlijke prioriteringssessie met beide stakeholders en één gedeelde lijst.',
      de: 'Eine gemeinsame Priorisierungsrunde mit beiden Stakeholdern und einer gemeinsamen Liste.',
    }),
    say('pieter', 'advice', {
      en: 'I would make the cost of each swap visible in the review.',
      nl: 'Ik zou in de review laten zien wat elke wissel kost.',
      de: 'Ich würde im Review sichtbar machen, was jeder Tausch kostet.',
    }),
    advance('quinten'),
    say('noor', 'reflection', {
      en: 'Most valuable: that I am the bridge. I will put them in one room.',
      nl: 'Het waardevolst: dat ik de brug ben. Ik ga ze in één ruimte zetten.',
      de: 'Am wertvollsten: dass ich die Brücke bin. Ich bringe sie in einen Raum.',
    }),
    advance('quinten', {
      en: 'Round over: now Pieter becomes the client.',
      nl: 'Ronde voorbij: nu wordt Pieter de klant.',
      de: 'Runde vorbei: Jetzt wird Pieter zum Klienten.',
    }),
  ],
};
