import type { MethodConfig } from '../../method/schema.js';
import { evaluationPhase } from './shared-phases.js';
import { facilitatorRole, introducerRole, peerRole } from './shared-roles.js';
import { questionRules } from './shared-rules.js';

/** The gossip method (roddelmethode, Bellersen & Kohlmann): peers talk about the introducer, who sits back-turned. */
export const gossipMethod: MethodConfig = {
  id: 'gossip-method',
  version: '1.0.0',
  name: { en: 'Gossip method', nl: 'Roddelmethode', de: 'Tratschmethode' },
  summary: {
    en: 'After a short introduction and a round of open questions, the introducer sits outside the circle with his or her back to the group while the peers “gossip” about him or her in the third person; then the introducer returns and says what touched.',
    nl: 'Na een korte inleiding en een ronde open vragen gaat de inbrenger buiten de kring zitten, met de rug naar de groep, terwijl de collega’s in de derde persoon over hem of haar “roddelen”; daarna komt de inbrenger terug en vertelt wat raakte.',
    de: 'Nach einer kurzen Einführung und einer Runde offener Fragen setzt sich der Fallerzähler mit dem Rücken zur Gruppe außerhalb des Kreises, während die anderen in der dritten Person über ihn „tratschen“; danach kommt er zurück und sagt, was ihn berührt hat.',
  },
  description: {
    en: 'Playful and confronting: only for groups whose members already know each other and feel safe.',
    nl: 'Speels en confronterend: alleen voor groepen waarin de leden elkaar al kennen en zich veilig voelen.',
    de: 'Spielerisch und konfrontierend: nur für Gruppen, deren Mitglieder sich schon kennen und sich sicher fühlen.',
  },
  sources: [
    { title: 'De roddelmethode (steps and minutes)', url: 'https://www.ssprong.nl/de-roddelmethode' },
    {
      title: 'BP Opleidingen, methodiek intervisie: roddelmethode',
      url: 'https://www.bpopleidingen.nl/e-learning-methodiek-intervisie-roddelmethode/',
      note: 'at most three questions each',
    },
    {
      title: 'Bellersen & Kohlmann, Praktijkboek Intervisie',
      url: 'http://www.praktijkboekintervisie.nl/intervisiemethoden/',
      note: 'evaluation takes “the rest” of the time: 5 minutes is a typical value',
    },
  ],
  catalog: {
    groupSize: { min: 5, max: 8 },
    minutesPerCase: { min: 50, max: 65 },
    adviceAllowed: true,
    introducerPosition: 'back-turned',
    mode: 'synchronous',
    documentation: 'good',
    tags: ['third-person', 'back-turned', 'safe-group', 'dutch'],
  },
  roles: [
    introducerRole,
    {
      ...facilitatorRole,
      description: {
        en: 'Keeps time and cuts off long stories.',
        nl: 'Bewaakt de tijd en kapt lange verhalen af.',
        de: 'Achtet auf die Zeit und unterbricht lange Geschichten.',
      },
    },
    peerRole,
  ],
  phases: [
    {
      id: 'introduction',
      kind: 'narrative',
      name: { en: 'Introducing the question', nl: 'Inleiding van de vraag', de: 'Die Frage einbringen' },
      instructions: {
        en: 'The introducer briefly introduces the question or experience. Keep it short: long stories are cut off.',
        nl: 'De inbrenger leidt de vraag of ervaring kort in. Houd het kort: lange verhalen worden afgekapt.',
        de: 'Der Fallerzähler stellt die Frage oder das Erlebnis kurz vor. Fasse dich kurz: Lange Geschichten werden unterbrochen.',
      },
      speakers: ['introducer'],
      contributionKinds: ['narrative'],
      timebox: { minutes: 5 },
    },
    {
      id: 'exploration',
      kind: 'clarification',
      name: { en: 'Exploration', nl: 'Exploratie', de: 'Erkundung' },
      instructions: {
        en: 'Peers ask open questions, at most three each; the introducer answers without digressing.',
        nl: 'De collega’s stellen open vragen, hooguit drie per persoon; de inbrenger antwoordt zonder uit te weiden.',
        de: 'Die anderen stellen offene Fragen, höchstens drei pro Person; der Fallerzähler antwortet, ohne abzuschweifen.',
      },
      speakers: ['peer', 'introducer'],
      contributionKinds: ['question', 'answer'],
      quota: { max: 3, kinds: ['question'] },
      timebox: { minutes: 15 },
      rules: questionRules('warn', true),
    },
    {
      id: 'gossip',
      kind: 'analysis',
      name: { en: 'Gossip', nl: 'Roddelen', de: 'Tratschen' },
      instructions: {
        en: 'The introducer sits outside the circle, back to the group, listens and notes what strikes; no interference. Peers talk about the introducer in the third person: backgrounds, causes, assumptions, possible solutions. End with statements and alternatives.',
        nl: 'De inbrenger zit buiten de kring met de rug naar de groep, luistert en noteert wat opvalt; niet ingrijpen. De collega’s praten in de derde persoon over de inbrenger: achtergronden, oorzaken, aannames, mogelijke oplossingen. Sluit af met stellingen en alternatieven.',
        de: 'Der Fallerzähler sitzt außerhalb des Kreises mit dem Rücken zur Gruppe, hört zu und notiert, was ihm auffällt; er greift nicht ein. Die anderen sprechen in der dritten Person über ihn: Hintergründe, Ursachen, Annahmen, mögliche Lösungen. Zum Schluss Thesen und Alternativen.',
      },
      speakers: ['peer', 'facilitator'],
      contributionKinds: ['perception', 'hypothesis', 'idea', 'advice', 'statement'],
      introducer: 'back-turned',
      timebox: { minutes: 15 },
    },
    {
      id: 'reactions',
      kind: 'response',
      name: { en: 'The introducer reacts', nl: 'Reactie van de inbrenger', de: 'Die Reaktion des Fallerzählers' },
      instructions: {
        en: 'The introducer returns and says what it was like, what touched, which statements he or she accepts or rejects, and what he or she will do. Peers listen.',
        nl: 'De inbrenger komt terug en vertelt hoe het was, wat raakte, welke stellingen hij of zij aanneemt of verwerpt, en wat hij of zij gaat doen. De collega’s luisteren.',
        de: 'Der Fallerzähler kommt zurück und sagt, wie es war, was ihn berührt hat, welche Thesen er annimmt oder verwirft und was er tun wird. Die anderen hören zu.',
      },
      speakers: ['introducer'],
      contributionKinds: ['reflection', 'feeling', 'action'],
      timebox: { minutes: 15 },
      outputs: ['action-plan'],
    },
    evaluationPhase(
      {
        en: 'Everyone reflects on the process: how did the gossiping feel, on both sides?',
        nl: 'Iedereen reflecteert op het proces: hoe voelde het roddelen, aan beide kanten?',
        de: 'Alle reflektieren den Ablauf: Wie hat sich das Tratschen angefühlt, auf beiden Seiten?',
      },
      5,
    ),
  ],
};
