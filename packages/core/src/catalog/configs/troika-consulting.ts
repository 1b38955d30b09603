import type { MethodConfig } from '../../method/schema.js';
import { clarifyingQuestionsPhase } from './shared-phases.js';
import { facilitatorRole, introducerRole, peerRole } from './shared-roles.js';

/** Troika Consulting (Liberating Structures): a client and two consultants, ten minutes, the client's back turned. */
export const troikaConsulting: MethodConfig = {
  id: 'troika-consulting',
  version: '1.0.0',
  name: { en: 'Troika Consulting', nl: 'Troika Consulting', de: 'Troika Consulting' },
  summary: {
    en: 'In trios, one client shares a challenge and the help needed, answers a few clarifying questions, then turns around while the two consultants discuss ideas freely; the client turns back and says what was most valuable. Then switch roles.',
    nl: 'In drietallen deelt één klant een uitdaging en de hulp die hij of zij zoekt, beantwoordt een paar verhelderende vragen en draait zich dan om, terwijl de twee consultants vrijuit ideeën bespreken; de klant draait terug en zegt wat het waardevolst was. Daarna wissel je van rol.',
    de: 'In Dreiergruppen schildert eine Klientin eine Herausforderung und die gewünschte Hilfe, beantwortet einige Klärungsfragen und dreht sich dann um, während die beiden Berater frei Ideen besprechen; danach dreht sie sich zurück und sagt, was am wertvollsten war. Dann werden die Rollen getauscht.',
  },
  description: {
    en: 'One run is one client. Consultants keep time themselves; a facilitator who times all trios centrally is optional. Online, the client turns the camera off and mutes.',
    nl: 'Eén ronde is één klant. De consultants bewaken zelf de tijd; een begeleider die alle drietallen centraal klokt, is optioneel. Online zet de klant camera en microfoon uit.',
    de: 'Ein Durchgang ist eine Klientin. Die Berater achten selbst auf die Zeit; eine Moderation, die alle Dreiergruppen zentral taktet, ist optional. Online schaltet die Klientin Kamera und Mikrofon aus.',
  },
  sources: [
    { title: 'Liberating Structures uncovered: Troika Consulting', url: 'https://www.liberatingstructures-uncovered.com/troika-consulting' },
    {
      title: 'Rutten, Liberating Structures: Troika Consulting',
      url: 'https://dhirubhai.net/pulse/liberating-structures-troika-consulting-jan-willem-rutten-uytje',
    },
    {
      title: 'Workshopr, Troika',
      url: 'https://workshopr.io/exercises/detail/?code=troika',
      note: 'enforce the turned back; no interruptions during the consult',
    },
  ],
  catalog: {
    groupSize: { min: 3, max: 4 },
    minutesPerCase: { min: 7, max: 12 },
    adviceAllowed: true,
    introducerPosition: 'back-turned',
    mode: 'synchronous',
    documentation: 'good',
    tags: ['liberating-structures', 'short', 'trio', 'back-turned'],
  },
  roles: [
    { ...introducerRole, name: { en: 'Client', nl: 'Klant', de: 'Klientin' } },
    {
      ...peerRole,
      name: { en: 'Consultant', nl: 'Consultant', de: 'Berater' },
      max: 3,
      controls: true,
      description: {
        en: 'Helps the client and keeps the trio’s time.',
        nl: 'Helpt de klant en bewaakt de tijd van het drietal.',
        de: 'Hilft der Klientin und achtet auf die Zeit der Dreiergruppe.',
      },
    },
    { ...facilitatorRole, min: 0 },
  ],
  phases: [
    {
      id: 'prepare',
      kind: 'pause',
      name: { en: 'Silent preparation', nl: 'Stille voorbereiding', de: 'Stille Vorbereitung' },
      instructions: {
        en: 'One minute of silence. Client: what is your challenge, and what kind of help do you need?',
        nl: 'Eén minuut stilte. Klant: wat is je uitdaging, en wat voor hulp heb je nodig?',
        de: 'Eine Minute Stille. Klientin: Was ist deine Herausforderung, und welche Hilfe brauchst du?',
      },
      timebox: { minutes: 1 },
      onTimeout: 'advance',
    },
    {
      id: 'share',
      kind: 'narrative',
      name: { en: 'The client shares', nl: 'De klant vertelt', de: 'Die Klientin schildert' },
      instructions: {
        en: 'The client shares the challenge and the help requested. Consultants listen; no solutions yet.',
        nl: 'De klant vertelt de uitdaging en de gevraagde hulp. De consultants luisteren; nog geen oplossingen.',
        de: 'Die Klientin schildert die Herausforderung und die gewünschte Hilfe. Die Berater hören zu; noch keine Lösungen.',
      },
      speakers: ['introducer'],
      contributionKinds: ['narrative'],
      timebox: { minutes: 2 },
    },
    clarifyingQuestionsPhase(
      {
        en: 'Consultants ask open clarifying questions, without suggestions; the client answers.',
        nl: 'De consultants stellen open, verhelderende vragen, zonder suggesties; de klant antwoordt.',
        de: 'Die Berater stellen offene Klärungsfragen, ohne Vorschläge; die Klientin antwortet.',
      },
      2,
    ),
    {
      id: 'consult',
      kind: 'advice',
      name: { en: 'Client turns around', nl: 'De klant draait zich om', de: 'Die Klientin dreht sich um' },
      instructions: {
        en: 'The client turns around (online: camera off, muted), listens and takes notes without responding. Consultants talk with each other: ideas, suggestions, coaching advice; build on each other.',
        nl: 'De klant draait zich om (online: camera uit, microfoon uit), luistert en noteert zonder te reageren. De consultants praten met elkaar: ideeën, suggesties, coachend advies; bouw op elkaar voort.',
        de: 'Die Klientin dreht sich um (online: Kamera und Mikrofon aus), hört zu und notiert, ohne zu reagieren. Die Berater sprechen miteinander: Ideen, Vorschläge, Coaching-Ratschläge; baut aufeinander auf.',
      },
      speakers: ['peer'],
      contributionKinds: ['idea', 'advice', 'perception', 'hypothesis', 'question'],
      introducer: 'back-turned',
      timebox: { minutes: 5 },
    },
    {
      id: 'takeaways',
      kind: 'response',
      name: { en: 'What was most valuable', nl: 'Wat het waardevolst was', de: 'Was am wertvollsten war' },
      instructions: {
        en: 'The client turns back and shares what was most valuable. Then switch roles for the next round.',
        nl: 'De klant draait terug en vertelt wat het waardevolst was. Wissel daarna van rol voor de volgende ronde.',
        de: 'Die Klientin dreht sich zurück und sagt, was am wertvollsten war. Danach tauscht ihr die Rollen für die nächste Runde.',
      },
      speakers: ['introducer'],
      contributionKinds: ['reflection', 'appreciation'],
      timebox: { minutes: 2 },
    },
  ],
};
