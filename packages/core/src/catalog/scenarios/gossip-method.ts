import type { Scenario } from '../../scenario/types.js';
import { action, advance, answer, evaluate, refused, say, start } from './steps.js';

/** The gossip method: a team leader who takes over every task; peers gossip while she sits back-turned. */
export const gossipMethodScenario: Scenario = {
  methodId: 'gossip-method',
  title: {
    en: 'A team leader who ends up doing everything herself',
    nl: 'Een teamleider die uiteindelijk alles zelf doet',
    de: 'Eine Teamleiterin, die am Ende alles selbst macht',
  },
  participants: [
    { id: 'hanna', name: 'Hanna', role: 'facilitator' },
    { id: 'iris', name: 'Iris', role: 'introducer' },
    { id: 'jan', name: 'Jan', role: 'peer' },
    { id: 'kees', name: 'Kees', role: 'peer' },
    { id: 'lotte', name: 'Lotte', role: 'peer' },
  ],
  steps: [
    start('hanna'),
    say('iris', 'narrative', {
      en: 'I hand out tasks, and two days later I am doing them myself because they are not going fast enough. My team says I do not trust them.',
      nl: 'Ik verdeel taken, en twee dagen later doe ik ze zelf omdat het niet snel genoeg gaat. Mijn team zegt dat ik ze niet vertrouw.',
      de: 'Ich verteile Aufgaben, und zwei Tage später erledige ich sie selbst, weil es mir nicht schnell genug geht. Mein Team sagt, ich vertraue ihnen nicht.',
    }),
    advance('hanna'),
    say('jan', 'question', {
      en: 'What do you feel at the moment you take a task back?',
      nl: 'Wat voel je op het moment dat je een taak terugneemt?',
      de: 'Was fühlst du in dem Moment, in dem du eine Aufgabe zurücknimmst?',
    }),
    answer('iris', 'c-4', { en: 'Relief, and then guilt.', nl: 'Opluchting, en daarna schuld.', de: 'Erleichterung, und dann Schuld.' }),
    say('jan', 'question', {
      en: 'What would happen if a task were finished a day late?',
      nl: 'Wat zou er gebeuren als een taak een dag later af was?',
      de: 'Was würde passieren, wenn eine Aufgabe einen Tag später fertig wäre?',
    }),
    say('jan', 'question', {
      en: 'Who taught you that things must be done quickly?',
      nl: 'Van wie heb je geleerd dat dingen snel af moeten?',
      de: 'Von wem hast du gelernt, dass Dinge schnell fertig sein müssen?',
    }),
    refused(
      say('jan', 'question', { en: 'How does your manager judge you?', nl: 'Hoe beoordeelt je manager jou?', de: 'Wie beurteilt dich deine Vorgesetzte?' }),
      'quota-exceeded',
      {
        en: 'At most three questions each in the exploration.',
        nl: 'Hooguit drie vragen per persoon in de exploratie.',
        de: 'Höchstens drei Fragen pro Person in der Erkundung.',
      },
    ),
    refused(
      say('kees', 'question', {
        en: 'Have you tried agreeing on deadlines with your team?',
        nl: 'Heb je al eens geprobeerd deadlines af te spreken met je team?',
        de: 'Hast du schon mal versucht, mit deinem Team Fristen zu vereinbaren?',
      }),
      'rule-violation',
      {
        en: 'A suggestion dressed as a question is blocked.',
        nl: 'Een suggestie verpakt als vraag wordt tegengehouden.',
        de: 'Ein als Frage verpackter Vorschlag wird aufgehalten.',
      },
    ),
    advance('hanna', {
      en: 'Iris turns her chair around and sits outside the circle.',
      nl: 'Iris draait haar stoel om en gaat buiten de kring zitten.',
      de: 'Iris dreht ihren Stuhl um und setzt sich außerhalb des Kreises.',
    }),
    refused(
      say('iris', 'perception', {
        en: 'That is not true, I do trust them!',
        nl: 'Dat klopt niet, ik vertrouw ze wel!',
        de: 'Das stimmt nicht, ich vertraue ihnen doch!',
      }),
      'introducer-away',
      {
        en: 'The introducer sits back-turned and may not interfere.',
        nl: 'De inbrenger zit met de rug naar de groep en mag niet ingrijpen.',
        de: 'Die Fallerzählerin sitzt mit dem Rücken zur Gruppe und darf nicht eingreifen.',
      },
    ),
    say('jan', 'perception', {
      en: 'Iris sounds like someone who is used to being the one who saves the day.',
      nl: 'Iris klinkt als iemand die gewend is de redder in nood te zijn.',
      de: 'Iris klingt wie jemand, der es gewohnt ist, die Retterin in der Not zu sein.',
    }),
    say('kees', 'hypothesis', {
      en: 'Maybe taking tasks back protects her from the discomfort of waiting.',
      nl: 'Misschien beschermt het terugnemen van taken haar tegen het ongemak van wachten.',
      de: 'Vielleicht schützt sie das Zurücknehmen vor dem Unbehagen des Wartens.',
    }),
    say('lotte', 'advice', {
      en: 'If I were Iris, I would let one task run late on purpose and see what happens.',
      nl: 'Als ik Iris was, zou ik één taak expres laten uitlopen en kijken wat er gebeurt.',
      de: 'Wenn ich Iris wäre, würde ich eine Aufgabe absichtlich später fertig werden lassen und schauen, was passiert.',
    }),
    advance('hanna'),
    say('iris', 'reflection', {
      en: 'Hearing “the one who saves the day” hit home. I will try Lotte’s experiment.',
      nl: '“De redder in nood” kwam binnen. Ik ga Lottes experiment proberen.',
      de: '„Die Retterin in der Not“ hat gesessen. Ich probiere Lottes Experiment aus.',
    }),
    action(
      'iris',
      {
        en: 'Let one delegated task run late without stepping in',
        nl: 'Eén gedelegeerde taak laten uitlopen zonder in te grijpen',
        de: 'Eine delegierte Aufgabe später fertig werden lassen, ohne einzugreifen',
      },
      '2026-02-15',
    ),
    advance('hanna'),
    evaluate('iris', 4, {
      en: 'Uncomfortable to hear, and exactly what I needed.',
      nl: 'Ongemakkelijk om te horen, en precies wat ik nodig had.',
      de: 'Unangenehm zu hören und genau das, was ich gebraucht habe.',
    }),
    evaluate('jan', 4),
    advance('hanna'),
  ],
};
