import type { Scenario } from '../../scenario/types.js';
import { action, advance, answer, choose, evaluate, noted, output, propose, refused, say, start } from './steps.js';

/** A generic four-phase run: a topic chosen from proposals, a refused piece of advice in the clarification, and a plan. */
export const genericFourPhaseScenario: Scenario = {
  methodId: 'generic-four-phase',
  title: {
    en: 'A project lead wants to say no to extra projects without letting the team down',
    nl: 'Een projectleider wil nee zeggen tegen extra projecten zonder het team te laten vallen',
    de: 'Eine Projektleiterin möchte zusätzliche Projekte ablehnen, ohne das Team im Stich zu lassen',
  },
  participants: [
    { id: 'fay', name: 'Fay', role: 'facilitator' },
    { id: 'ahmed', name: 'Ahmed', role: 'peer' },
    { id: 'bea', name: 'Bea', role: 'peer' },
    { id: 'carl', name: 'Carl', role: 'peer' },
    { id: 'dirk', name: 'Dirk', role: 'peer' },
  ],
  steps: [
    start('fay'),
    propose('bea', {
      en: 'How do I say no to extra projects without letting my team down?',
      nl: 'Hoe zeg ik nee tegen extra projecten zonder mijn team te laten vallen?',
      de: 'Wie lehne ich zusätzliche Projekte ab, ohne mein Team im Stich zu lassen?',
    }),
    noted(choose('fay', 't-2'), {
      en: 'Bea’s topic is chosen; she becomes the introducer.',
      nl: 'Bea’s onderwerp wordt gekozen; zij wordt de inbrenger.',
      de: 'Beas Thema wird gewählt; sie wird Fallerzählerin.',
    }),
    say('bea', 'narrative', {
      en: 'Every month my manager adds a project to my list. I say yes, my team works late, and I feel guilty towards them.',
      nl: 'Elke maand zet mijn manager er een project bij. Ik zeg ja, mijn team werkt over, en ik voel me schuldig tegenover hen.',
      de: 'Jeden Monat setzt mein Vorgesetzter ein weiteres Projekt auf meine Liste. Ich sage ja, mein Team macht Überstunden, und ich fühle mich ihnen gegenüber schuldig.',
    }),
    advance('fay'),
    say('ahmed', 'question', {
      en: 'What happens inside you when your manager asks?',
      nl: 'Wat gebeurt er in jou als je manager het vraagt?',
      de: 'Was passiert in dir, wenn dein Vorgesetzter fragt?',
    }),
    answer('bea', 'c-6', {
      en: 'I feel I have to prove I can handle it.',
      nl: 'Ik heb het gevoel dat ik moet bewijzen dat ik het aankan.',
      de: 'Ich habe das Gefühl, beweisen zu müssen, dass ich es schaffe.',
    }),
    refused(
      say('carl', 'advice', {
        en: 'Just tell him your team is full.',
        nl: 'Zeg gewoon dat je team vol zit.',
        de: 'Sag ihm einfach, dass dein Team ausgelastet ist.',
      }),
      'kind-not-allowed',
      {
        en: 'Advice is not a contribution this phase allows.',
        nl: 'Advies is in deze fase geen toegestane bijdrage.',
        de: 'Ratschläge sind in dieser Phase keine erlaubte Beitragsart.',
      },
    ),
    refused(
      say('carl', 'question', {
        en: 'Have you thought about asking your manager to prioritise?',
        nl: 'Heb je er al aan gedacht om je manager te vragen prioriteiten te stellen?',
        de: 'Hast du schon daran gedacht, deinen Vorgesetzten zu bitten, Prioritäten zu setzen?',
      }),
      'rule-violation',
      {
        en: 'Advice dressed as a question: the no-advice rule blocks it.',
        nl: 'Advies verpakt als vraag: de regel ‘geen advies’ houdt het tegen.',
        de: 'Ein als Frage verpackter Rat: Die Regel „kein Ratschlag“ hält ihn auf.',
      },
    ),
    output('fay', 'problem-definition', {
      en: 'Bea says yes to prove herself, and her team pays the price.',
      nl: 'Bea zegt ja om zichzelf te bewijzen, en haar team betaalt de prijs.',
      de: 'Bea sagt ja, um sich zu beweisen, und ihr Team zahlt den Preis.',
    }),
    advance('fay'),
    refused(
      say('bea', 'experience', {
        en: 'I once said no and nothing happened.',
        nl: 'Ik heb een keer nee gezegd en er gebeurde niets.',
        de: 'Ich habe einmal nein gesagt, und nichts ist passiert.',
      }),
      'forbidden-role',
      {
        en: 'In the experience round only the peers speak.',
        nl: 'In de ervaringsronde spreken alleen de collega’s.',
        de: 'In der Erfahrungsrunde sprechen nur die Kolleginnen und Kollegen.',
      },
    ),
    say('ahmed', 'experience', {
      en: 'I started asking “what should I drop for this?” and the requests became fewer.',
      nl: 'Ik ben gaan vragen “wat moet ik hiervoor laten vallen?” en de verzoeken werden minder.',
      de: 'Ich habe angefangen zu fragen: „Was soll ich dafür liegen lassen?“, und die Anfragen wurden weniger.',
    }),
    say('dirk', 'idea', {
      en: 'A visible team board showing what is already on the list.',
      nl: 'Een zichtbaar teambord met wat er al op de lijst staat.',
      de: 'Eine sichtbare Teamtafel mit allem, was schon auf der Liste steht.',
    }),
    advance('fay'),
    say('bea', 'reflection', {
      en: 'I see that my guilt comes from saying yes too fast. I want to ask for a day to think.',
      nl: 'Ik zie dat mijn schuldgevoel komt doordat ik te snel ja zeg. Ik wil om een dag bedenktijd vragen.',
      de: 'Ich sehe, dass meine Schuldgefühle daher kommen, dass ich zu schnell ja sage. Ich will mir einen Tag Bedenkzeit erbitten.',
    }),
    action(
      'bea',
      {
        en: 'Ask for one day to think before accepting a new project',
        nl: 'Eén dag bedenktijd vragen voordat ik een nieuw project aanneem',
        de: 'Vor der Zusage zu einem neuen Projekt einen Tag Bedenkzeit erbitten',
      },
      '2026-03-01',
    ),
    evaluate('bea', 5, {
      en: 'The experiences gave me words I can use.',
      nl: 'De ervaringen gaven me woorden die ik kan gebruiken.',
      de: 'Die Erfahrungen haben mir Worte gegeben, die ich nutzen kann.',
    }),
    advance('fay', {
      en: 'The last phase ends: the session is complete.',
      nl: 'De laatste fase eindigt: de sessie is klaar.',
      de: 'Die letzte Phase endet: Die Sitzung ist abgeschlossen.',
    }),
  ],
};
