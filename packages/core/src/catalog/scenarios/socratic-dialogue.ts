import type { Scenario } from '../../scenario/types.js';
import { advance, answer, choose, evaluate, output, propose, refused, say, start } from './steps.js';

/** A Socratic dialogue on breaking promises: one lived example, a core statement, statements in turn, and values. */
export const socraticDialogueScenario: Scenario = {
  methodId: 'socratic-dialogue',
  title: {
    en: 'When is it right to break a promise? — a nurse’s example',
    nl: 'Wanneer mag je een belofte breken? — het voorbeeld van een verpleegkundige',
    de: 'Wann darf man ein Versprechen brechen? – das Beispiel einer Pflegekraft',
  },
  participants: [
    { id: 'sara', name: 'Sara', role: 'facilitator' },
    { id: 'tim', name: 'Tim', role: 'peer' },
    { id: 'uma', name: 'Uma', role: 'peer' },
    { id: 'vic', name: 'Vic', role: 'peer' },
    { id: 'wim', name: 'Wim', role: 'peer' },
    { id: 'yara', name: 'Yara', role: 'scribe' },
  ],
  steps: [
    start('sara'),
    say('tim', 'statement', {
      en: 'I would like to talk about promises we cannot keep at work.',
      nl: 'Ik wil het hebben over beloften die we op het werk niet kunnen nakomen.',
      de: 'Ich möchte über Versprechen sprechen, die wir bei der Arbeit nicht halten können.',
    }),
    output('sara', 'key-question', {
      en: 'When is it right to break a promise?',
      nl: 'Wanneer mag je een belofte breken?',
      de: 'Wann darf man ein Versprechen brechen?',
    }),
    advance('sara'),
    propose('uma', {
      en: 'I promised a patient I would be there when her daughter came, and then I was called to an emergency.',
      nl: 'Ik beloofde een patiënte erbij te zijn als haar dochter kwam, en toen werd ik weggeroepen voor een spoedgeval.',
      de: 'Ich habe einer Patientin versprochen, dabei zu sein, wenn ihre Tochter kommt, und wurde dann zu einem Notfall gerufen.',
    }),
    propose('vic', {
      en: 'I promised my team a free Friday and took it back.',
      nl: 'Ik beloofde mijn team een vrije vrijdag en trok dat in.',
      de: 'Ich habe meinem Team einen freien Freitag versprochen und es zurückgenommen.',
    }),
    choose('sara', 't-5'),
    advance('sara'),
    say('uma', 'narrative', {
      en: 'Mrs. D. was afraid of the conversation with her daughter. At two o’clock the alarm went off on another ward, and I went. When I came back, the daughter had left.',
      nl: 'Mevrouw D. zag op tegen het gesprek met haar dochter. Om twee uur ging het alarm op een andere afdeling, en ik ging. Toen ik terugkwam, was de dochter al weg.',
      de: 'Frau D. hatte Angst vor dem Gespräch mit ihrer Tochter. Um zwei Uhr ging auf einer anderen Station der Alarm, und ich bin hingegangen. Als ich zurückkam, war die Tochter schon weg.',
    }),
    say('tim', 'question', {
      en: 'What went through your mind when the alarm went off?',
      nl: 'Wat ging er door je heen toen het alarm afging?',
      de: 'Was ging dir durch den Kopf, als der Alarm losging?',
    }),
    answer('uma', 'c-10', {
      en: 'That a life might be at stake, and that Mrs. D. would understand.',
      nl: 'Dat er misschien een leven op het spel stond, en dat mevrouw D. het zou begrijpen.',
      de: 'Dass vielleicht ein Leben auf dem Spiel stand und dass Frau D. es verstehen würde.',
    }),
    refused(
      say('wim', 'advice', {
        en: 'You should have asked a colleague to stay with her.',
        nl: 'Je had een collega moeten vragen bij haar te blijven.',
        de: 'Du hättest eine Kollegin bitten sollen, bei ihr zu bleiben.',
      }),
      'kind-not-allowed',
      {
        en: 'A Socratic dialogue advises nobody: it inquires.',
        nl: 'Een socratisch gesprek adviseert niemand: het onderzoekt.',
        de: 'Ein sokratisches Gespräch berät niemanden: Es untersucht.',
      },
    ),
    say('sara', 'summary', {
      en: 'So you broke the promise for a possible emergency, expecting to be understood.',
      nl: 'Je brak de belofte dus voor een mogelijk spoedgeval, in de verwachting begrepen te worden.',
      de: 'Du hast das Versprechen also für einen möglichen Notfall gebrochen und erwartet, verstanden zu werden.',
    }),
    advance('sara'),
    refused(advance('sara'), 'output-missing', {
      en: 'The core statement must be on the flip chart first.',
      nl: 'Eerst moet de kernuitspraak op de flap staan.',
      de: 'Zuerst muss die Kernaussage auf dem Flipchart stehen.',
    }),
    output('uma', 'problem-definition', {
      en: 'When the alarm went off, I left Mrs. D., because a possible emergency weighed more than my promise.',
      nl: 'Toen het alarm afging, liet ik mevrouw D. alleen, omdat een mogelijk spoedgeval zwaarder woog dan mijn belofte.',
      de: 'Als der Alarm losging, habe ich Frau D. allein gelassen, weil ein möglicher Notfall schwerer wog als mein Versprechen.',
    }),
    say('yara', 'note', {
      en: 'Core statement written on the flip chart.',
      nl: 'Kernuitspraak op de flap geschreven.',
      de: 'Kernaussage auf das Flipchart geschrieben.',
    }),
    advance('sara'),
    refused(
      say('sara', 'statement', { en: 'In her place I would have stayed.', nl: 'In haar plaats was ik gebleven.', de: 'An ihrer Stelle wäre ich geblieben.' }),
      'forbidden-role',
      {
        en: 'The facilitator makes no content contribution.',
        nl: 'De gespreksleider levert geen inhoudelijke bijdrage.',
        de: 'Die Moderation trägt nichts Inhaltliches bei.',
      },
    ),
    refused(say('vic', 'statement', { en: 'I would have gone too.', nl: 'Ik was ook gegaan.', de: 'Ich wäre auch gegangen.' }), 'not-your-turn', {
      en: 'Statements go round in turn: Tim first.',
      nl: 'De uitspraken gaan om de beurt: eerst Tim.',
      de: 'Die Aussagen gehen reihum: zuerst Tim.',
    }),
    say('tim', 'statement', {
      en: 'In her place I would have gone, because an unknown emergency comes before a known fear.',
      nl: 'In haar plaats was ik gegaan, omdat een onbekend spoedgeval voorgaat op een bekende angst.',
      de: 'An ihrer Stelle wäre ich gegangen, weil ein unbekannter Notfall vor einer bekannten Angst kommt.',
    }),
    say('vic', 'statement', {
      en: 'I would have stayed, because she trusted me and someone else could answer the alarm.',
      nl: 'Ik was gebleven, omdat zij op mij vertrouwde en iemand anders het alarm kon opvangen.',
      de: 'Ich wäre geblieben, weil sie mir vertraut hat und jemand anderes den Alarm übernehmen konnte.',
    }),
    say('wim', 'statement', {
      en: 'I would have gone, but first told her why.',
      nl: 'Ik was gegaan, maar had haar eerst gezegd waarom.',
      de: 'Ich wäre gegangen, hätte ihr aber vorher gesagt, warum.',
    }),
    advance('sara'),
    say('vic', 'question', {
      en: 'What makes a promise to one patient weigh less than a possible danger to another?',
      nl: 'Waardoor weegt een belofte aan de ene patiënt minder dan een mogelijk gevaar voor een andere?',
      de: 'Wodurch wiegt ein Versprechen an eine Patientin weniger als eine mögliche Gefahr für eine andere?',
    }),
    answer('tim', 'c-21', {
      en: 'Harm that cannot be undone counts for more than disappointment.',
      nl: 'Schade die niet te herstellen is, telt zwaarder dan teleurstelling.',
      de: 'Ein Schaden, der nicht wiedergutzumachen ist, zählt mehr als eine Enttäuschung.',
    }),
    say('yara', 'note', {
      en: 'Principle: irreversible harm outweighs disappointment.',
      nl: 'Uitgangspunt: onherstelbare schade weegt zwaarder dan teleurstelling.',
      de: 'Prinzip: Nicht wiedergutzumachender Schaden wiegt schwerer als Enttäuschung.',
    }),
    advance('sara'),
    say('tim', 'statement', {
      en: 'Our provisional answer: a promise may be broken to prevent serious harm, if you explain it to the person as soon as you can.',
      nl: 'Ons voorlopige antwoord: je mag een belofte breken om ernstige schade te voorkomen, als je het zo snel mogelijk uitlegt aan degene aan wie je het beloofde.',
      de: 'Unsere vorläufige Antwort: Ein Versprechen darf gebrochen werden, um schweren Schaden abzuwenden, wenn man es der betroffenen Person so bald wie möglich erklärt.',
    }),
    advance('sara'),
    evaluate('uma', 5, {
      en: 'My own example became a question for all of us.',
      nl: 'Mijn eigen voorbeeld werd een vraag voor ons allemaal.',
      de: 'Mein eigenes Beispiel wurde zu einer Frage für uns alle.',
    }),
    advance('sara'),
  ],
};
