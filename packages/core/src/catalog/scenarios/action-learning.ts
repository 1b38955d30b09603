import type { Scenario } from '../../scenario/types.js';
import { action, advance, answer, evaluate, refused, say, start } from './steps.js';

/**
 * An action learning set: report-back on an action carried in from the previous meeting, questions in a
 * fixed order, advice packaged as a question stopped, and a required action commitment.
 */
export const actionLearningScenario: Scenario = {
  methodId: 'action-learning',
  title: {
    en: 'A hospital manager who cannot get doctors to attend the quality meeting',
    nl: 'Een ziekenhuismanager die artsen niet naar het kwaliteitsoverleg krijgt',
    de: 'Eine Klinikmanagerin, die die Ärzte nicht zur Qualitätsrunde bekommt',
  },
  participants: [
    { id: 'kim', name: 'Kim', role: 'facilitator' },
    { id: 'lars', name: 'Lars', role: 'introducer' },
    { id: 'maya', name: 'Maya', role: 'peer' },
    { id: 'nils', name: 'Nils', role: 'peer' },
    { id: 'olga', name: 'Olga', role: 'peer' },
  ],
  carriedActions: [{ id: 'prev-a-7', text: 'Talk to my director about the staffing plan', owner: 'maya', due: '2026-01-15', sessionId: 'previous-meeting' }],
  steps: [
    start('kim'),
    {
      send: { type: 'advance', by: 'kim' },
      expect: 'output-missing',
      note: {
        en: 'The set cannot move on before every carried action is reported on.',
        nl: 'De groep kan niet verder voordat over elke meegenomen actie is teruggekoppeld.',
        de: 'Die Gruppe kann erst weiter, wenn über jede mitgebrachte Aufgabe berichtet ist.',
      },
    },
    { send: { type: 'report-action', by: 'maya', actionId: 'prev-a-7', status: 'done' } },
    say('maya', 'check-in', {
      en: 'Last time I promised to talk to my director; I did, and it went better than feared.',
      nl: 'De vorige keer beloofde ik met mijn directeur te praten; dat heb ik gedaan, en het ging beter dan gevreesd.',
      de: 'Letztes Mal habe ich zugesagt, mit meinem Direktor zu sprechen; das habe ich getan, und es lief besser als befürchtet.',
    }),
    advance('kim'),
    say('lars', 'narrative', {
      en: 'I chair the monthly quality meeting. The nurses come; the doctors stopped coming after the second meeting. Without them nothing changes.',
      nl: 'Ik zit het maandelijkse kwaliteitsoverleg voor. De verpleegkundigen komen; de artsen kwamen na het tweede overleg niet meer. Zonder hen verandert er niets.',
      de: 'Ich leite die monatliche Qualitätsrunde. Die Pflegekräfte kommen; die Ärzte kommen seit dem zweiten Treffen nicht mehr. Ohne sie ändert sich nichts.',
    }),
    advance('kim'),
    refused(say('nils', 'question', { en: 'When is the meeting held?', nl: 'Wanneer is het overleg?', de: 'Wann findet die Runde statt?' }), 'not-your-turn', {
      en: 'Questions go in a fixed order: Maya first.',
      nl: 'De vragen gaan in een vaste volgorde: eerst Maya.',
      de: 'Die Fragen gehen in fester Reihenfolge: zuerst Maya.',
    }),
    say('maya', 'question', {
      en: 'What did the doctors say when they stopped coming?',
      nl: 'Wat zeiden de artsen toen ze wegbleven?',
      de: 'Was haben die Ärzte gesagt, als sie wegblieben?',
    }),
    answer('lars', 'c-7', {
      en: 'Nothing. They just did not show up.',
      nl: 'Niets. Ze kwamen gewoon niet meer.',
      de: 'Nichts. Sie sind einfach nicht mehr gekommen.',
    }),
    refused(
      say('nils', 'question', {
        en: 'Have you considered moving the meeting to their lunch break?',
        nl: 'Heb je er al aan gedacht om het overleg naar hun lunchpauze te verplaatsen?',
        de: 'Hast du schon daran gedacht, die Runde in ihre Mittagspause zu legen?',
      }),
      'rule-violation',
      {
        en: 'The set adviser stops the set: advice packaged as a question.',
        nl: 'De setbegeleider legt de set stil: advies in vraagvorm.',
        de: 'Der Set-Begleiter hält an: ein als Frage verpackter Rat.',
      },
    ),
    say('nils', 'question', {
      en: 'What do the doctors gain from the meeting, as they see it?',
      nl: 'Wat levert het overleg de artsen op, in hun ogen?',
      de: 'Was bringt die Runde den Ärzten, aus ihrer Sicht?',
    }),
    answer('lars', 'c-10', {
      en: 'Probably extra work and no say.',
      nl: 'Waarschijnlijk extra werk en geen inspraak.',
      de: 'Wahrscheinlich Mehrarbeit und kein Mitspracherecht.',
    }),
    say('olga', 'question', { en: 'Who decides the agenda?', nl: 'Wie bepaalt de agenda?', de: 'Wer legt die Tagesordnung fest?' }),
    answer('lars', 'c-12', { en: 'I do, with the head nurse.', nl: 'Ik, samen met de hoofdverpleegkundige.', de: 'Ich, zusammen mit der Pflegeleitung.' }),
    advance('kim'),
    say('maya', 'question', {
      en: 'What would be different if a doctor co-chaired the meeting?',
      nl: 'Wat zou er anders zijn als een arts het overleg mee voorzat?',
      de: 'Was wäre anders, wenn ein Arzt die Runde mitleiten würde?',
    }),
    answer('lars', 'c-15', {
      en: 'It would be their meeting too. That scares me a little.',
      nl: 'Dan zou het ook hun overleg zijn. Dat vind ik een beetje eng.',
      de: 'Dann wäre es auch ihre Runde. Das macht mir ein bisschen Angst.',
    }),
    advance('kim'),
    say('lars', 'summary', {
      en: 'I made it my meeting. The doctors stay away from a meeting they do not own.',
      nl: 'Ik heb er mijn overleg van gemaakt. De artsen blijven weg van een overleg dat niet van hen is.',
      de: 'Ich habe daraus meine Runde gemacht. Die Ärzte bleiben einer Runde fern, die nicht ihre ist.',
    }),
    advance('kim'),
    refused(advance('kim'), 'output-missing', {
      en: 'The presenter must commit to at least one action.',
      nl: 'De inbrenger moet zich aan minstens één actie verbinden.',
      de: 'Der Fallgeber muss mindestens einen Schritt zusagen.',
    }),
    action(
      'lars',
      {
        en: 'Invite one doctor to co-chair and set the agenda together',
        nl: 'Eén arts uitnodigen als medevoorzitter en samen de agenda bepalen',
        de: 'Einen Arzt zur Mitleitung einladen und die Tagesordnung gemeinsam festlegen',
      },
      '2026-03-10',
    ),
    advance('kim'),
    evaluate('lars', 5, {
      en: 'Not one tip, and I know exactly what to do.',
      nl: 'Geen enkele tip, en ik weet precies wat ik ga doen.',
      de: 'Kein einziger Tipp, und ich weiß genau, was ich tun werde.',
    }),
    evaluate('maya', 4),
    advance('kim', {
      en: 'Next time Lars reports back on his action.',
      nl: 'De volgende keer koppelt Lars terug over zijn actie.',
      de: 'Beim nächsten Mal berichtet Lars über seinen Schritt.',
    }),
  ],
};
