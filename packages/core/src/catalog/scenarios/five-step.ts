import type { Scenario } from '../../scenario/types.js';
import { action, advance, answer, evaluate, noted, output, refused, say, start } from './steps.js';

/** The five-step method: the first advice round does not help, so the group loops back to questioning once. */
export const fiveStepScenario: Scenario = {
  methodId: 'five-step',
  title: {
    en: 'A shop manager who keeps losing weekend staff',
    nl: 'Een winkelmanager die steeds weekendpersoneel kwijtraakt',
    de: 'Eine Filialleiterin, der immer wieder die Wochenendkräfte davonlaufen',
  },
  participants: [
    { id: 'bart', name: 'Bart', role: 'facilitator' },
    { id: 'cora', name: 'Cora', role: 'introducer' },
    { id: 'daan', name: 'Daan', role: 'peer' },
    { id: 'elif', name: 'Elif', role: 'peer' },
    { id: 'fleur', name: 'Fleur', role: 'peer' },
  ],
  steps: [
    start('bart'),
    say('cora', 'narrative', {
      en: 'Three weekend students quit this quarter. I need them on Saturdays. What am I doing wrong?',
      nl: 'Dit kwartaal zijn drie weekendstudenten gestopt. Ik heb ze op zaterdag nodig. Wat doe ik verkeerd?',
      de: 'In diesem Quartal haben drei Wochenendaushilfen gekündigt. Ich brauche sie samstags. Was mache ich falsch?',
    }),
    advance('bart'),
    say('daan', 'question', {
      en: 'What did the students say when they left?',
      nl: 'Wat zeiden de studenten toen ze vertrokken?',
      de: 'Was haben die Aushilfen gesagt, als sie gingen?',
    }),
    answer('cora', 'c-4', {
      en: 'That they found a job with better hours.',
      nl: 'Dat ze een baan met betere tijden hadden gevonden.',
      de: 'Dass sie einen Job mit besseren Arbeitszeiten gefunden haben.',
    }),
    say('bart', 'summary', {
      en: 'So the students leave for better hours.',
      nl: 'De studenten vertrekken dus voor betere tijden.',
      de: 'Die Aushilfen gehen also wegen besserer Arbeitszeiten.',
    }),
    advance('bart'),
    output('cora', 'problem-definition', {
      en: 'My Saturday shifts are unattractive for students.',
      nl: 'Mijn zaterdagdiensten zijn onaantrekkelijk voor studenten.',
      de: 'Meine Samstagsschichten sind für Aushilfen unattraktiv.',
    }),
    advance('bart'),
    say('daan', 'advice', { en: 'Offer shorter Saturday shifts.', nl: 'Bied kortere zaterdagdiensten aan.', de: 'Biete kürzere Samstagsschichten an.' }),
    answer('cora', 'c-10', {
      en: 'That does not appeal: head office fixes the shift length.',
      nl: 'Dat spreekt me niet aan: het hoofdkantoor bepaalt de lengte van de diensten.',
      de: 'Das spricht mich nicht an: Die Zentrale legt die Schichtlänge fest.',
    }),
    say('elif', 'advice', { en: 'Pay a Saturday bonus.', nl: 'Geef een zaterdagtoeslag.', de: 'Zahle einen Samstagszuschlag.' }),
    noted(
      { send: { type: 'repeat', by: 'bart', phase: 'exploration' } },
      {
        en: 'Cora is not helped: pay and hours are not hers to decide. Back to questioning.',
        nl: 'Cora is niet geholpen: loon en tijden bepaalt zij niet. Terug naar het vragen.',
        de: 'Cora ist nicht geholfen: Lohn und Zeiten bestimmt sie nicht. Zurück zum Fragen.',
      },
    ),
    say('elif', 'question', {
      en: 'What is in your hands on a Saturday?',
      nl: 'Wat ligt er op zaterdag wel in jouw handen?',
      de: 'Was liegt an einem Samstag in deiner Hand?',
    }),
    answer('cora', 'c-14', {
      en: 'The atmosphere, the tasks, who works with whom.',
      nl: 'De sfeer, de taken, wie met wie werkt.',
      de: 'Die Stimmung, die Aufgaben, wer mit wem arbeitet.',
    }),
    advance('bart'),
    advance('bart'),
    say('daan', 'advice', {
      en: 'Let students work in pairs with someone they like.',
      nl: 'Laat studenten in duo’s werken met iemand die ze mogen.',
      de: 'Lass die Aushilfen zu zweit mit jemandem arbeiten, den sie mögen.',
    }),
    say('elif', 'advice', {
      en: 'Give them a task of their own, such as the window display.',
      nl: 'Geef ze een eigen taak, zoals de etalage.',
      de: 'Gib ihnen eine eigene Aufgabe, etwa das Schaufenster.',
    }),
    say('fleur', 'advice', {
      en: 'Have a short, friendly start of the day with them.',
      nl: 'Begin de dag kort en gezellig met ze.',
      de: 'Beginne den Tag kurz und freundlich mit ihnen.',
    }),
    answer('cora', 'c-20', {
      en: 'Those appeal, especially the pairs.',
      nl: 'Die spreken me aan, vooral de duo’s.',
      de: 'Die sprechen mich an, vor allem die Paare.',
    }),
    refused({ send: { type: 'repeat', by: 'bart', phase: 'exploration' } }, 'repeat-limit', {
      en: 'The loop back to questioning may run only once.',
      nl: 'Terug naar het vragen mag maar één keer.',
      de: 'Zurück zum Fragen geht nur einmal.',
    }),
    action(
      'cora',
      { en: 'Schedule weekend students in pairs', nl: 'Weekendstudenten in duo’s inroosteren', de: 'Wochenendaushilfen paarweise einplanen' },
      '2026-03-07',
    ),
    advance('bart'),
    evaluate('cora', 4, {
      en: 'The second round helped because it started from what I can change.',
      nl: 'De tweede ronde hielp omdat die begon bij wat ik kan veranderen.',
      de: 'Die zweite Runde hat geholfen, weil sie bei dem ansetzte, was ich ändern kann.',
    }),
    advance('bart'),
  ],
};
