import type { Scenario } from '../../scenario/types.js';
import { action, advance, answer, evaluate, noted, output, refused, say, start } from './steps.js';

/** The ten-step method: hidden written questions, a closed question refused, rated questions, a redefined problem. */
export const tenStepScenario: Scenario = {
  methodId: 'ten-step',
  title: {
    en: 'A team coach whose retrospectives have gone flat',
    nl: 'Een teamcoach van wie de retrospectives doods zijn geworden',
    de: 'Ein Teamcoach, dessen Retrospektiven eingeschlafen sind',
  },
  participants: [
    { id: 'wendy', name: 'Wendy', role: 'facilitator' },
    { id: 'xander', name: 'Xander', role: 'introducer' },
    { id: 'yusuf', name: 'Yusuf', role: 'peer' },
    { id: 'zoe', name: 'Zoë', role: 'peer' },
    { id: 'adam', name: 'Adam', role: 'peer' },
  ],
  steps: [
    start('wendy'),
    say('xander', 'narrative', {
      en: 'In my retrospectives nobody speaks up any more. I prepare the exercises, I open, I summarise. The effect: the team waits for me.',
      nl: 'In mijn retrospectives zegt niemand meer iets. Ik bereid de werkvormen voor, ik open, ik vat samen. Het effect: het team wacht op mij.',
      de: 'In meinen Retrospektiven sagt niemand mehr etwas. Ich bereite die Übungen vor, eröffne, fasse zusammen. Die Wirkung: Das Team wartet auf mich.',
    }),
    advance('wendy'),
    say('yusuf', 'question', {
      en: 'What do you do in the first five minutes of a retrospective?',
      nl: 'Wat doe jij in de eerste vijf minuten van een retrospective?',
      de: 'Was machst du in den ersten fünf Minuten einer Retrospektive?',
    }),
    refused(say('yusuf', 'question', { en: 'How does the team react?', nl: 'Hoe reageert het team?', de: 'Wie reagiert das Team?' }), 'already-submitted', {
      en: 'One written sheet each; the sheets stay hidden until all have written.',
      nl: 'Eén briefje per persoon; de briefjes blijven verborgen tot iedereen geschreven heeft.',
      de: 'Ein Zettel pro Person; die Zettel bleiben verdeckt, bis alle geschrieben haben.',
    }),
    say('zoe', 'question', {
      en: 'What would you miss if someone else led the retrospective?',
      nl: 'Wat zou je missen als iemand anders de retrospective leidde?',
      de: 'Was würde dir fehlen, wenn jemand anderes die Retrospektive leiten würde?',
    }),
    refused(
      say('adam', 'question', { en: 'Do you ask the team for feedback?', nl: 'Vraag je het team om feedback?', de: 'Fragst du das Team nach Feedback?' }),
      'rule-violation',
      {
        en: 'No yes/no questions: the open-question rule blocks it.',
        nl: 'Geen ja/nee-vragen: de regel ‘open vraag’ houdt het tegen.',
        de: 'Keine Ja/Nein-Fragen: Die Regel „offene Frage“ hält sie auf.',
      },
    ),
    noted(
      say('adam', 'question', {
        en: 'How do you know what the team needs from a retrospective?',
        nl: 'Hoe weet je wat het team nodig heeft van een retrospective?',
        de: 'Wie erfährst du die Bedürfnisse des Teams für eine Retrospektive?',
      }),
      {
        en: 'All have written: the questions are revealed.',
        nl: 'Iedereen heeft geschreven: de vragen worden zichtbaar.',
        de: 'Alle haben geschrieben: Die Fragen werden aufgedeckt.',
      },
    ),
    advance('wendy'),
    say('xander', 'question-rating', {
      en: 'Zoë’s question: + (it touches me). Yusuf’s: + . Adam’s: − (I do not know, and that is the point).',
      nl: 'Vraag van Zoë: + (die raakt me). Van Yusuf: + . Van Adam: − (ik weet het niet, en daar gaat het om).',
      de: 'Zoës Frage: + (die berührt mich). Yusufs: + . Adams: − (ich weiß es nicht, und genau darum geht es).',
    }),
    advance('wendy'),
    say('xander', 'answer', {
      en: 'I would miss being needed. In the first five minutes I explain the exercise I chose.',
      nl: 'Ik zou missen dat ik nodig ben. In de eerste vijf minuten leg ik de werkvorm uit die ik gekozen heb.',
      de: 'Mir würde fehlen, gebraucht zu werden. In den ersten fünf Minuten erkläre ich die Übung, die ich ausgesucht habe.',
    }),
    advance('wendy'),
    say('zoe', 'question', {
      en: 'What happens when you stay silent for a minute?',
      nl: 'Wat gebeurt er als jij een minuut stil bent?',
      de: 'Was passiert, wenn du eine Minute lang schweigst?',
    }),
    answer('xander', 'c-13', { en: 'I have never tried.', nl: 'Dat heb ik nog nooit geprobeerd.', de: 'Das habe ich nie ausprobiert.' }),
    advance('wendy'),
    refused(
      say('yusuf', 'advice', { en: 'Let the team choose the exercise.', nl: 'Laat het team de werkvorm kiezen.', de: 'Lass das Team die Übung wählen.' }),
      'kind-not-allowed',
      { en: 'Advice comes only at step nine.', nl: 'Advies komt pas bij stap negen.', de: 'Ratschläge kommen erst in Schritt neun.' },
    ),
    say('yusuf', 'hypothesis', {
      en: 'The core seems to be that Xander fills every silence, so the team never has to.',
      nl: 'De kern lijkt dat Xander elke stilte vult, zodat het team dat nooit hoeft.',
      de: 'Der Kern scheint zu sein, dass Xander jede Stille füllt, sodass das Team es nie muss.',
    }),
    advance('wendy'),
    refused(advance('wendy'), 'output-missing', {
      en: 'First the introducer redefines the problem.',
      nl: 'Eerst herdefinieert de inbrenger het probleem.',
      de: 'Zuerst fasst der Fallerzähler das Problem neu.',
    }),
    output('xander', 'problem-definition', {
      en: 'I fill the retrospective myself, so the team has no room to own it.',
      nl: 'Ik vul de retrospective zelf, waardoor het team geen ruimte heeft om er eigenaar van te zijn.',
      de: 'Ich fülle die Retrospektive selbst, sodass das Team keinen Raum hat, sie sich zu eigen zu machen.',
    }),
    advance('wendy'),
    say('xander', 'reflection', {
      en: 'New approach: I prepare less and wait longer. I am ready to feel useless for a while.',
      nl: 'Nieuwe aanpak: ik bereid minder voor en wacht langer. Ik ben bereid me een tijdje nutteloos te voelen.',
      de: 'Neuer Ansatz: Ich bereite weniger vor und warte länger. Ich bin bereit, mich eine Weile nutzlos zu fühlen.',
    }),
    advance('wendy'),
    say('zoe', 'advice', {
      en: 'Let a team member open the next retrospective with a question of their own.',
      nl: 'Laat een teamlid de volgende retrospective openen met een eigen vraag.',
      de: 'Lass ein Teammitglied die nächste Retrospektive mit einer eigenen Frage eröffnen.',
    }),
    action(
      'xander',
      {
        en: 'Let a team member open the next retrospective',
        nl: 'Een teamlid de volgende retrospective laten openen',
        de: 'Ein Teammitglied die nächste Retrospektive eröffnen lassen',
      },
      '2026-02-28',
    ),
    advance('wendy'),
    evaluate('adam', 4, {
      en: 'Rating the questions showed me which questions help.',
      nl: 'Door het waarderen van de vragen zag ik welke vragen helpen.',
      de: 'Durch das Bewerten der Fragen habe ich gesehen, welche Fragen helfen.',
    }),
    advance('wendy'),
  ],
};
