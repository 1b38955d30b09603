import type { MethodConfig } from '../../method/schema.js';
import { clarifyingQuestionsPhase } from './shared-phases.js';
import { facilitatorRole, introducerRole, observerRole, peerRole } from './shared-roles.js';

/** Wise Crowds (Liberating Structures), small-group format: fifteen minutes per client, equal time for everyone. */
export const wiseCrowds: MethodConfig = {
  id: 'wise-crowds',
  version: '1.0.0',
  name: { en: 'Wise Crowds', nl: 'Wise Crowds', de: 'Wise Crowds' },
  summary: {
    en: 'Troika scaled up: a client presents a challenge and a request, consultants ask clarifying questions, then the client turns around while the consultants work on it together; the client ends with what was most useful. Fifteen minutes per client, so everyone gets help in turn.',
    nl: 'Troika op grotere schaal: een klant legt een uitdaging en een hulpvraag voor, de consultants stellen verhelderende vragen, dan draait de klant zich om terwijl de consultants er samen aan werken; de klant sluit af met wat het nuttigst was. Vijftien minuten per klant, zodat iedereen om de beurt hulp krijgt.',
    de: 'Troika im größeren Kreis: Eine Klientin stellt eine Herausforderung und ein Anliegen vor, die Berater stellen Klärungsfragen, dann dreht sie sich um, während die Berater gemeinsam daran arbeiten; zum Schluss sagt sie, was am nützlichsten war. Fünfzehn Minuten pro Person, damit alle nacheinander Hilfe bekommen.',
  },
  description: {
    en: 'Principles: everyone included, equal time to ask for and get help, equal opportunity to offer help. A variant restricts the consultation to open, honest questions: set the consult phase’s kinds to questions only.',
    nl: 'Uitgangspunten: iedereen doet mee, iedereen krijgt evenveel tijd om hulp te vragen en te krijgen, en evenveel kans om hulp te bieden. Een variant beperkt het consult tot open, eerlijke vragen: sta in de consultfase dan alleen vragen toe.',
    de: 'Grundsätze: Alle sind dabei, alle haben gleich viel Zeit, um Hilfe zu bitten und sie zu bekommen, und die gleiche Gelegenheit, Hilfe anzubieten. Eine Variante beschränkt die Beratung auf offene, ehrliche Fragen: Lasst in der Beratungsphase dann nur Fragen zu.',
  },
  sources: [
    {
      title: 'Collaboratio Helvetica, Wise Crowds',
      url: 'https://www.collaboratiohelvetica.ch/blog/2018/10/wise-crowds',
      note: 'small group 4–7, 15 minutes per client: 2/3/8/2',
    },
    {
      title: 'The Liberators, Wise Crowds',
      url: 'https://medium.com/the-liberators/tap-the-wisdom-of-the-whole-group-in-rapid-cycles-with-wise-crowds-18e56f455680',
      note: 'large-group format with satellite groups, not modelled here',
    },
  ],
  catalog: {
    groupSize: { min: 4, max: 8 },
    minutesPerCase: { min: 15, max: 20 },
    adviceAllowed: true,
    introducerPosition: 'back-turned',
    mode: 'synchronous',
    documentation: 'good',
    tags: ['liberating-structures', 'short', 'back-turned', 'equal-time'],
  },
  roles: [
    { ...introducerRole, name: { en: 'Client', nl: 'Klant', de: 'Klientin' } },
    {
      ...facilitatorRole,
      name: { en: 'Timekeeper', nl: 'Tijdbewaker', de: 'Zeitwächter' },
      description: {
        en: 'Keeps the rhythm, with a gong if you have one.',
        nl: 'Bewaakt het ritme, met een gong als je die hebt.',
        de: 'Hält den Rhythmus, mit einem Gong, falls vorhanden.',
      },
    },
    { ...peerRole, name: { en: 'Consultant', nl: 'Consultant', de: 'Berater' }, min: 3 },
    observerRole,
  ],
  phases: [
    {
      id: 'present',
      kind: 'narrative',
      name: { en: 'Challenge and request', nl: 'Uitdaging en hulpvraag', de: 'Herausforderung und Anliegen' },
      instructions: {
        en: 'The client presents the challenge and says what help he or she wants.',
        nl: 'De klant legt de uitdaging voor en zegt welke hulp hij of zij wil.',
        de: 'Die Klientin stellt die Herausforderung vor und sagt, welche Hilfe sie möchte.',
      },
      speakers: ['introducer'],
      contributionKinds: ['narrative'],
      timebox: { minutes: 2 },
    },
    clarifyingQuestionsPhase(
      {
        en: 'Consultants ask clarifying questions; the client answers. No advice yet.',
        nl: 'De consultants stellen verhelderende vragen; de klant antwoordt. Nog geen advies.',
        de: 'Die Berater stellen Klärungsfragen; die Klientin antwortet. Noch keine Ratschläge.',
      },
      3,
    ),
    {
      id: 'consult',
      kind: 'advice',
      name: { en: 'Consultants work together', nl: 'De consultants werken samen', de: 'Die Berater arbeiten zusammen' },
      instructions: {
        en: 'The client turns around and listens in silence, taking notes. Consultants work on the challenge together: observations, ideas, advice.',
        nl: 'De klant draait zich om en luistert zwijgend mee, met aantekeningen. De consultants werken samen aan de uitdaging: waarnemingen, ideeën, adviezen.',
        de: 'Die Klientin dreht sich um und hört schweigend zu, mit Notizen. Die Berater arbeiten gemeinsam an der Herausforderung: Beobachtungen, Ideen, Ratschläge.',
      },
      speakers: ['peer'],
      contributionKinds: ['perception', 'idea', 'advice', 'question'],
      introducer: 'back-turned',
      timebox: { minutes: 8 },
    },
    {
      id: 'feedback',
      kind: 'response',
      name: { en: 'What was most useful', nl: 'Wat het nuttigst was', de: 'Was am nützlichsten war' },
      instructions: {
        en: 'The client turns back and tells the consultants what was most useful.',
        nl: 'De klant draait terug en vertelt de consultants wat het nuttigst was.',
        de: 'Die Klientin dreht sich zurück und sagt den Beratern, was am nützlichsten war.',
      },
      speakers: ['introducer'],
      contributionKinds: ['reflection', 'appreciation'],
      timebox: { minutes: 2 },
    },
  ],
};
