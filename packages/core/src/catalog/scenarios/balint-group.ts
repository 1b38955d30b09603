import type { Scenario } from '../../scenario/types.js';
import { advance, answer, choose, propose, refused, say, start } from './steps.js';

/** A Balint group: a GP's irritation with a returning patient; the presenter is pushed back, advice has no place. */
export const balintGroupScenario: Scenario = {
  methodId: 'balint-group',
  title: {
    en: 'A GP notices irritation towards a patient who keeps coming back with the same pain',
    nl: 'Een huisarts merkt irritatie bij een patiënt die steeds terugkomt met dezelfde pijn',
    de: 'Ein Hausarzt bemerkt Ärger über eine Patientin, die immer wieder mit denselben Schmerzen kommt',
  },
  participants: [
    { id: 'lena', name: 'Lena', role: 'facilitator' },
    { id: 'mark', name: 'Mark', role: 'peer' },
    { id: 'ines', name: 'Ines', role: 'peer' },
    { id: 'joost', name: 'Joost', role: 'peer' },
    { id: 'karin', name: 'Karin', role: 'peer' },
    { id: 'omar', name: 'Omar', role: 'peer' },
  ],
  steps: [
    start('lena'),
    propose('mark', {
      en: 'A patient who keeps coming back with the same back pain, and my irritation',
      nl: 'Een patiënte die steeds terugkomt met dezelfde rugpijn, en mijn irritatie',
      de: 'Eine Patientin, die immer wieder mit denselben Rückenschmerzen kommt, und mein Ärger',
    }),
    propose('ines', {
      en: 'A family that disagrees about their father’s care',
      nl: 'Een familie die het oneens is over de zorg voor hun vader',
      de: 'Eine Familie, die über die Pflege ihres Vaters streitet',
    }),
    choose('lena', 't-2'),
    advance('lena'),
    say('mark', 'narrative', {
      en: 'Mrs. V. comes every two weeks with the same back pain. All tests are normal. Last time I caught myself sighing when I saw her name on the list.',
      nl: 'Mevrouw V. komt elke twee weken met dezelfde rugpijn. Alle onderzoeken zijn normaal. De vorige keer betrapte ik mezelf erop dat ik zuchtte toen ik haar naam op de lijst zag.',
      de: 'Frau V. kommt alle zwei Wochen mit denselben Rückenschmerzen. Alle Befunde sind unauffällig. Letztes Mal habe ich mich dabei ertappt, wie ich seufzte, als ich ihren Namen auf der Liste sah.',
    }),
    say('mark', 'feeling', {
      en: 'I feel helpless, and a bit ashamed of my irritation.',
      nl: 'Ik voel me machteloos, en schaam me een beetje voor mijn irritatie.',
      de: 'Ich fühle mich hilflos und schäme mich ein wenig für meinen Ärger.',
    }),
    advance('lena'),
    say('ines', 'question', { en: 'How long has she been your patient?', nl: 'Hoe lang is ze al je patiënt?', de: 'Wie lange ist sie schon deine Patientin?' }),
    answer('mark', 'c-9', {
      en: 'Almost ten years; the visits started after her husband died.',
      nl: 'Bijna tien jaar; de bezoeken begonnen na de dood van haar man.',
      de: 'Fast zehn Jahre; die Besuche haben nach dem Tod ihres Mannes angefangen.',
    }),
    say('joost', 'question', { en: 'Who else does she see?', nl: 'Wie ziet ze verder nog?', de: 'Wen sieht sie sonst noch?' }),
    say('joost', 'question', {
      en: 'What does she say when you tell her the tests are normal?',
      nl: 'Wat zegt ze als je vertelt dat de uitslagen normaal zijn?',
      de: 'Was sagt sie, wenn du ihr sagst, dass die Befunde normal sind?',
    }),
    refused(
      say('joost', 'question', { en: 'And how does she get to the practice?', nl: 'En hoe komt ze naar de praktijk?', de: 'Und wie kommt sie in die Praxis?' }),
      'quota-exceeded',
      {
        en: 'At most two factual questions each: no interrogation.',
        nl: 'Hooguit twee feitelijke vragen per persoon: geen verhoor.',
        de: 'Höchstens zwei Sachfragen pro Person: kein Verhör.',
      },
    ),
    advance('lena', {
      en: 'The presenter sits back; the group discusses.',
      nl: 'De inbrenger gaat achterover zitten; de groep bespreekt.',
      de: 'Der Fallvorsteller lehnt sich zurück; die Gruppe bespricht.',
    }),
    refused(say('mark', 'feeling', { en: 'No, that is not how it is.', nl: 'Nee, zo zit het niet.', de: 'Nein, so ist es nicht.' }), 'introducer-away', {
      en: 'The presenter is pushed back and only listens.',
      nl: 'De inbrenger zit naar achteren en luistert alleen.',
      de: 'Der Fallvorsteller ist zurückgeschoben und hört nur zu.',
    }),
    say('ines', 'feeling', {
      en: 'I feel tired just hearing it, as if nothing I do will ever be enough.',
      nl: 'Ik word al moe als ik het hoor, alsof niets wat ik doe ooit genoeg is.',
      de: 'Ich werde schon vom Zuhören müde, als würde nichts, was ich tue, je genügen.',
    }),
    say('karin', 'identification', {
      en: 'As Mrs. V., I think: he is the only one who still touches me and listens.',
      nl: 'Als mevrouw V. denk ik: hij is de enige die me nog aanraakt en naar me luistert.',
      de: 'Als Frau V. denke ich: Er ist der Einzige, der mich noch berührt und mir zuhört.',
    }),
    refused(
      say('omar', 'advice', { en: 'Refer her to a pain clinic.', nl: 'Verwijs haar naar een pijnpolikliniek.', de: 'Überweise sie an eine Schmerzambulanz.' }),
      'kind-not-allowed',
      {
        en: 'A Balint group gives no advice: only feelings, identifications and speculation.',
        nl: 'Een Balintgroep geeft geen advies: alleen gevoelens, identificaties en vermoedens.',
        de: 'Eine Balintgruppe gibt keine Ratschläge: nur Gefühle, Identifikationen und Vermutungen.',
      },
    ),
    say('joost', 'hypothesis', {
      en: 'Perhaps the pain is the reason she is allowed to come; the visits are the treatment.',
      nl: 'Misschien is de pijn de reden dat ze mag komen; de bezoeken zijn de behandeling.',
      de: 'Vielleicht ist der Schmerz der Grund, kommen zu dürfen; die Besuche sind die Behandlung.',
    }),
    advance('lena'),
    say('mark', 'reflection', {
      en: 'It struck me that I never linked the visits to her husband’s death. My sigh feels different now.',
      nl: 'Het trof me dat ik de bezoeken nooit met de dood van haar man in verband heb gebracht. Mijn zucht voelt nu anders.',
      de: 'Mich hat berührt, dass ich die Besuche nie mit dem Tod ihres Mannes in Verbindung gebracht habe. Mein Seufzen fühlt sich jetzt anders an.',
    }),
    advance('lena', {
      en: 'The case is closed without a plan: understanding is the outcome.',
      nl: 'De casus wordt afgesloten zonder plan: begrip is de opbrengst.',
      de: 'Der Fall wird ohne Plan abgeschlossen: Verständnis ist das Ergebnis.',
    }),
  ],
};
