import type { MethodConfig } from '../../method/schema.js';
import { facilitatorRole, introducerRole, peerRole } from './shared-roles.js';

/** The empathy circle (Edwin Rutsch): a speaker and one active listener; the turn passes only when the speaker feels heard. */
export const empathyCircle: MethodConfig = {
  id: 'empathy-circle',
  version: '1.0.0',
  name: { en: 'Empathy circle', nl: 'Empathiecirkel', de: 'Empathiekreis' },
  summary: {
    en: 'One speaker talks, one active listener reflects back the essence until the speaker confirms being fully heard; then the listener becomes the speaker and chooses his or her own listener. After three unheard attempts the facilitator helps. The listener never questions, judges or advises.',
    nl: 'Eén spreker praat, één actieve luisteraar spiegelt de essentie terug tot de spreker bevestigt zich volledig gehoord te voelen; dan wordt de luisteraar spreker en kiest zelf een luisteraar. Na drie pogingen zonder gehoord te worden, helpt de begeleider. De luisteraar vraagt, oordeelt en adviseert nooit.',
    de: 'Eine Person spricht, eine aktive Zuhörerin gibt das Wesentliche wieder, bis die Sprecherin bestätigt, sich ganz gehört zu fühlen; dann wird die Zuhörerin zur Sprecherin und wählt selbst ihre Zuhörerin. Nach drei erfolglosen Versuchen hilft die Moderation. Die Zuhörerin fragt, urteilt und rät nie.',
  },
  description: {
    en: 'There is no case-giver: roles rotate. The introducer role is optional and only marks someone who brings a theme; the circle itself is for everyone. Only one reflective listener at a time, so no one can dominate or interrupt.',
    nl: 'Er is geen inbrenger: de rollen rouleren. De rol van inbrenger is optioneel en geeft alleen aan wie een thema meebrengt; de cirkel zelf is voor iedereen. Er is steeds maar één reflecterende luisteraar, zodat niemand kan domineren of onderbreken.',
    de: 'Es gibt keinen Fallerzähler: Die Rollen wechseln. Die Rolle des Fallerzählers ist optional und zeigt nur an, wer ein Thema mitbringt; der Kreis selbst gehört allen. Es gibt immer nur eine reflektierende Zuhörerin, damit niemand dominieren oder unterbrechen kann.',
  },
  sources: [
    { title: 'Rutsch, Empathy circles: how to (Center for Building a Culture of Empathy)', url: 'https://empathymatters.org/now/how-to/' },
    {
      title: 'Empathy circles FAQ: one reflective listener',
      url: 'https://sites.google.com/site/empathycircles/06-faq/one-reflective-listener',
      note: 'facilitator helps after three attempts; debrief and welcome minutes are typical values',
    },
  ],
  catalog: {
    groupSize: { min: 3, max: 10 },
    minutesPerCase: { min: 30, max: 90 },
    adviceAllowed: false,
    introducerPosition: 'rotating',
    mode: 'synchronous',
    documentation: 'medium',
    tags: ['empathy', 'listening', 'rotating', 'no-advice'],
  },
  roles: [
    {
      ...introducerRole,
      min: 0,
      name: { en: 'Theme holder', nl: 'Themahouder', de: 'Themengeber' },
      description: {
        en: 'Optional: brings a theme; speaks and listens in the circle like everyone else.',
        nl: 'Optioneel: brengt een thema in; spreekt en luistert in de cirkel zoals iedereen.',
        de: 'Optional: bringt ein Thema ein; spricht und hört im Kreis wie alle anderen.',
      },
    },
    {
      ...facilitatorRole,
      description: {
        en: 'Organises, keeps time and helps when a speaker is not heard after three tries.',
        nl: 'Organiseert, bewaakt de tijd en helpt als een spreker na drie pogingen niet gehoord is.',
        de: 'Organisiert, achtet auf die Zeit und hilft, wenn jemand nach drei Versuchen nicht gehört wurde.',
      },
    },
    { ...peerRole, name: { en: 'Circle member', nl: 'Cirkellid', de: 'Kreismitglied' } },
  ],
  phases: [
    {
      id: 'welcome',
      kind: 'check-in',
      name: { en: 'Welcome', nl: 'Welkom', de: 'Willkommen' },
      instructions: {
        en: 'The facilitator explains the protocol: speak, be reflected, confirm when you feel heard, then become the listener’s listener. Everyone says briefly how they arrive.',
        nl: 'De begeleider legt het protocol uit: spreken, teruggespiegeld worden, bevestigen als je je gehoord voelt, dan luister je naar je luisteraar. Iedereen zegt kort hoe hij of zij binnenkomt.',
        de: 'Die Moderation erklärt den Ablauf: sprechen, gespiegelt werden, bestätigen, wenn man sich gehört fühlt, dann wird man selbst zuhörend. Alle sagen kurz, wie sie ankommen.',
      },
      speakers: ['introducer', 'peer', 'facilitator'],
      contributionKinds: ['check-in'],
      timebox: { minutes: 5 },
    },
    {
      id: 'circle',
      kind: 'reflection',
      name: { en: 'The circle', nl: 'De cirkel', de: 'Der Kreis' },
      instructions: {
        en: 'The speaker talks for a few minutes. The active listener reflects back the essence — no questions, no judgement, no advice, no sympathy. The speaker repeats what was missed and confirms when fully heard; then the listener speaks and chooses a listener.',
        nl: 'De spreker praat een paar minuten. De actieve luisteraar spiegelt de essentie terug — geen vragen, geen oordeel, geen advies, geen medelijden. De spreker herhaalt wat gemist werd en bevestigt als hij of zij zich volledig gehoord voelt; dan spreekt de luisteraar en kiest een luisteraar.',
        de: 'Die Sprecherin spricht ein paar Minuten. Die aktive Zuhörerin gibt das Wesentliche wieder – keine Fragen, kein Urteil, kein Rat, kein Mitleid. Die Sprecherin wiederholt, was gefehlt hat, und bestätigt, wenn sie sich ganz gehört fühlt; dann spricht die Zuhörerin und wählt ihre Zuhörerin.',
      },
      speakers: ['introducer', 'peer'],
      contributionKinds: ['statement', 'feeling', 'reflect-back'],
      turnPolicy: 'pair-until-heard',
      timebox: { minutes: 40 },
      rules: { 'no-advice': 'block' },
    },
    {
      id: 'debrief',
      kind: 'evaluation',
      name: { en: 'Debrief', nl: 'Nabespreking', de: 'Nachbesprechung' },
      instructions: {
        en: 'The whole group shares what it was like to speak and to listen.',
        nl: 'De hele groep deelt hoe het was om te spreken en te luisteren.',
        de: 'Die ganze Gruppe erzählt, wie es war zu sprechen und zuzuhören.',
      },
      speakers: ['introducer', 'peer', 'facilitator'],
      contributionKinds: ['reflection', 'appreciation', 'evaluation'],
      timebox: { minutes: 10 },
      outputs: ['evaluation'],
    },
  ],
};
