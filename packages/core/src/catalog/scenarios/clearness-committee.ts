import type { Scenario } from '../../scenario/types.js';
import { advance, answer, refused, say, start } from './steps.js';

/** A clearness committee: open questions only, advice refused in every form, mirroring at the end. */
export const clearnessCommitteeScenario: Scenario = {
  methodId: 'clearness-committee',
  title: {
    en: 'A teacher wonders whether to leave teaching after twenty years',
    nl: 'Een docent vraagt zich af of ze na twintig jaar het onderwijs moet verlaten',
    de: 'Eine Lehrerin fragt sich, ob sie nach zwanzig Jahren den Schuldienst verlassen soll',
  },
  participants: [
    { id: 'quinn', name: 'Quinn', role: 'facilitator' },
    { id: 'ruth', name: 'Ruth', role: 'introducer' },
    { id: 'sam', name: 'Sam', role: 'peer' },
    { id: 'tara', name: 'Tara', role: 'peer' },
    { id: 'ulla', name: 'Ulla', role: 'peer' },
    { id: 'victor', name: 'Victor', role: 'scribe' },
  ],
  steps: [
    start('quinn'),
    say('ruth', 'narrative', {
      en: 'As I wrote to you: after twenty years I dread Mondays, yet I love my pupils. I do not know whether to stay or to go.',
      nl: 'Zoals ik jullie schreef: na twintig jaar zie ik op tegen maandag, en toch houd ik van mijn leerlingen. Ik weet niet of ik moet blijven of gaan.',
      de: 'Wie ich euch geschrieben habe: Nach zwanzig Jahren graut mir vor dem Montag, und doch liebe ich meine Schüler. Ich weiß nicht, ob ich bleiben oder gehen soll.',
    }),
    advance('quinn'),
    say('sam', 'question', {
      en: 'What would it mean for you to leave teaching?',
      nl: 'Wat zou het voor je betekenen om het onderwijs te verlaten?',
      de: 'Was würde es für dich bedeuten, den Schuldienst zu verlassen?',
    }),
    answer('ruth', 'c-4', {
      en: 'Relief first. And then a kind of grief.',
      nl: 'Eerst opluchting. En dan een soort rouw.',
      de: 'Zuerst Erleichterung. Und dann eine Art Trauer.',
    }),
    refused(
      say('sam', 'question', { en: 'What would the grief be about?', nl: 'Waar zou die rouw over gaan?', de: 'Worum ginge es bei der Trauer?' }),
      'not-your-turn',
      {
        en: 'Leave silence: no follow-up question by the same member.',
        nl: 'Laat stilte: geen doorvraag door hetzelfde kringlid.',
        de: 'Stille lassen: keine Nachfrage durch dasselbe Mitglied.',
      },
    ),
    refused(
      say('tara', 'question', {
        en: 'Have you thought about talking to your principal first?',
        nl: 'Heb je er al aan gedacht om eerst met je directeur te praten?',
        de: 'Hast du schon daran gedacht, zuerst mit deiner Schulleitung zu sprechen?',
      }),
      'rule-violation',
      {
        en: 'Advice masquerading as a question is never allowed here.',
        nl: 'Advies vermomd als vraag is hier nooit toegestaan.',
        de: 'Als Frage verkleideter Rat ist hier nie erlaubt.',
      },
    ),
    refused(say('tara', 'advice', { en: 'Take a sabbatical year.', nl: 'Neem een sabbatjaar.', de: 'Nimm ein Sabbatjahr.' }), 'kind-not-allowed', {
      en: 'Advice is not a contribution any phase of this method allows.',
      nl: 'Advies is in geen enkele fase van deze methode een toegestane bijdrage.',
      de: 'Ratschläge sind in keiner Phase dieser Methode erlaubt.',
    }),
    say('victor', 'note', {
      en: 'Leaving: relief first, then grief.',
      nl: 'Weggaan: eerst opluchting, dan rouw.',
      de: 'Gehen: zuerst Erleichterung, dann Trauer.',
    }),
    say('tara', 'question', {
      en: 'How does your body feel when you imagine your last school day?',
      nl: 'Hoe voelt je lichaam als je je je laatste schooldag voorstelt?',
      de: 'Wie fühlt sich dein Körper an, wenn du dir deinen letzten Schultag vorstellst?',
    }),
    answer('ruth', 'c-8', {
      en: 'Light. And then my throat tightens.',
      nl: 'Licht. En dan knijpt mijn keel dicht.',
      de: 'Leicht. Und dann schnürt sich mir die Kehle zu.',
    }),
    advance('quinn', {
      en: 'About fifteen minutes before the end, Ruth asks for mirroring.',
      nl: 'Ongeveer een kwartier voor het einde vraagt Ruth om spiegeling.',
      de: 'Etwa eine Viertelstunde vor dem Ende bittet Ruth ums Spiegeln.',
    }),
    say('ulla', 'reflect-back', {
      en: 'I heard you say “my pupils” four times, and your voice softened each time.',
      nl: 'Ik hoorde je vier keer “mijn leerlingen” zeggen, en elke keer werd je stem zachter.',
      de: 'Ich habe dich viermal „meine Schüler“ sagen hören, und jedes Mal wurde deine Stimme weicher.',
    }),
    refused(
      say('sam', 'advice', { en: 'You should stay for the pupils.', nl: 'Je moet blijven voor de leerlingen.', de: 'Du solltest für die Schüler bleiben.' }),
      'kind-not-allowed',
      {
        en: 'Mirroring is still no place for advice or opinion.',
        nl: 'Ook bij het spiegelen is er geen plaats voor advies of mening.',
        de: 'Auch beim Spiegeln ist kein Platz für Rat oder Meinung.',
      },
    ),
    say('sam', 'reflect-back', {
      en: 'When you spoke about Mondays you looked at the floor; about the pupils, at us.',
      nl: 'Toen je over maandagen sprak, keek je naar de grond; bij de leerlingen keek je ons aan.',
      de: 'Als du über Montage gesprochen hast, hast du auf den Boden geschaut; bei den Schülern hast du uns angesehen.',
    }),
    advance('quinn'),
    say('ruth', 'reflection', {
      en: 'It is not teaching I want to leave, it is the way my school runs. That is clearer now.',
      nl: 'Het is niet het lesgeven dat ik wil verlaten, maar de manier waarop mijn school draait. Dat is nu helderder.',
      de: 'Ich will nicht das Unterrichten verlassen, sondern die Art, wie meine Schule läuft. Das ist jetzt klarer.',
    }),
    advance('quinn', {
      en: 'Double confidentiality: nobody raises this with Ruth unless she does.',
      nl: 'Dubbele vertrouwelijkheid: niemand begint hier zelf over tegen Ruth, tenzij zij dat doet.',
      de: 'Doppelte Vertraulichkeit: Niemand spricht Ruth von sich aus darauf an, außer sie selbst.',
    }),
  ],
};
