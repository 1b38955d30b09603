import type { MethodConfig } from '../../method/schema.js';
import { facilitatorRole, introducerRole, peerRole, scribeRole } from './shared-roles.js';
import { questionRules } from './shared-rules.js';

/** The Socratic dialogue (Nelson / Heckmann; Kessels): a general question inquired through one lived example. */
export const socraticDialogue: MethodConfig = {
  id: 'socratic-dialogue',
  version: '1.0.0',
  name: { en: 'Socratic dialogue', nl: 'Socratisch gesprek', de: 'Sokratisches Gespräch' },
  summary: {
    en: 'A general starting question is answered through one concrete, self-experienced example: the group finds its crucial moment, everyone states their own judgement with reasons, and the group inquires into the values underneath. Nothing is advised or decided.',
    nl: 'Een algemene startvraag wordt onderzocht aan de hand van één concreet, zelf beleefd voorbeeld: de groep zoekt het hittepunt, iedereen formuleert een eigen oordeel met onderbouwing, en de groep onderzoekt de waarden eronder. Er wordt niets geadviseerd of besloten.',
    de: 'Eine allgemeine Ausgangsfrage wird an einem konkreten, selbst erlebten Beispiel untersucht: Die Gruppe findet den entscheidenden Moment, alle formulieren ihr eigenes Urteil mit Begründung, und die Gruppe fragt nach den Werten dahinter. Es wird nichts geraten oder entschieden.',
  },
  sources: [
    { title: 'Stappen in het socratisch gesprek', url: 'https://www.filosofischegesprekken.nl/content/3/groepen/19/stappen-in-het-socratisch-gesprek' },
    {
      title: 'Bolten, Socratisch gesprek: bewegingen',
      url: 'https://boltentraining.nl/artikel-socratisch-gesprek-bewegingen/',
      note: 'the facilitator makes no content contribution; nothing is decided, nobody is advised',
    },
    { title: 'Gespreksregels socratisch gesprek', url: 'https://onderwijs.stadenesch.nl/filosofie/gespreksregels-socratisch-gesprek/' },
    {
      title: 'Kessels, Socrates op de markt (1997)',
      note: 'origin with Nelson/Heckmann unverified; timeboxes are not fixed in the sources: typical half-day values',
    },
  ],
  catalog: {
    groupSize: { min: 5, max: 11 },
    minutesPerCase: { min: 120, max: 240 },
    adviceAllowed: false,
    introducerPosition: 'present',
    mode: 'synchronous',
    documentation: 'good',
    tags: ['philosophical', 'values', 'no-advice', 'judgement'],
  },
  roles: [
    {
      ...introducerRole,
      name: { en: 'Example-giver', nl: 'Voorbeeldgever', de: 'Beispielgeber' },
      description: {
        en: 'Gives the self-experienced example the group inquires into.',
        nl: 'Geeft het zelf beleefde voorbeeld dat de groep onderzoekt.',
        de: 'Gibt das selbst erlebte Beispiel, das die Gruppe untersucht.',
      },
    },
    {
      ...facilitatorRole,
      description: {
        en: 'Guides the inquiry with questions and summaries; gives no opinion of his or her own.',
        nl: 'Leidt het onderzoek met vragen en samenvattingen; geeft geen eigen mening.',
        de: 'Leitet die Untersuchung mit Fragen und Zusammenfassungen; äußert keine eigene Meinung.',
      },
    },
    { ...peerRole, name: { en: 'Participant', nl: 'Deelnemer', de: 'Teilnehmer' } },
    {
      ...scribeRole,
      description: {
        en: 'Writes statements and justifications on the flip chart.',
        nl: 'Schrijft uitspraken en onderbouwingen op de flap.',
        de: 'Schreibt Aussagen und Begründungen auf das Flipchart.',
      },
    },
  ],
  phases: [
    {
      id: 'starting-question',
      kind: 'key-question',
      name: { en: 'Theme and starting question', nl: 'Thema en startvraag', de: 'Thema und Ausgangsfrage' },
      instructions: {
        en: 'Agree on a theme and phrase one general starting question, such as “When is it right to break a promise?”.',
        nl: 'Spreek een thema af en formuleer één algemene startvraag, zoals “Wanneer mag je een belofte breken?”.',
        de: 'Einigt euch auf ein Thema und formuliert eine allgemeine Ausgangsfrage, etwa „Wann darf man ein Versprechen brechen?“.',
      },
      speakers: ['peer', 'facilitator'],
      contributionKinds: ['statement'],
      timebox: { minutes: 15 },
      outputs: ['key-question'],
      requires: ['key-question'],
    },
    {
      id: 'examples',
      kind: 'topic',
      name: { en: 'Examples', nl: 'Voorbeelden', de: 'Beispiele' },
      instructions: {
        en: 'Everyone offers a short, concrete example that really happened to them and fits the question. The group picks one; its owner becomes the example-giver.',
        nl: 'Iedereen geeft een kort, concreet voorbeeld dat hij of zij echt zelf heeft meegemaakt en dat bij de vraag past. De groep kiest er één; de eigenaar wordt de voorbeeldgever.',
        de: 'Alle nennen ein kurzes, konkretes Beispiel, das sie selbst erlebt haben und das zur Frage passt. Die Gruppe wählt eines aus; wer es eingebracht hat, wird Beispielgeber.',
      },
      speakers: ['peer'],
      contributionKinds: ['narrative'],
      timebox: { minutes: 20 },
      outputs: ['topic'],
      requires: ['topic'],
    },
    {
      id: 'clarify-example',
      kind: 'clarification',
      name: { en: 'Clarify the example', nl: 'Het voorbeeld verhelderen', de: 'Das Beispiel klären' },
      instructions: {
        en: 'The example-giver tells the example in detail. Ask open questions until you can put yourself in the situation; summarise now and then and check the summary.',
        nl: 'De voorbeeldgever vertelt het voorbeeld uitgebreid. Stel open vragen tot je je in de situatie kunt verplaatsen; vat af en toe samen en check de samenvatting.',
        de: 'Der Beispielgeber erzählt das Beispiel ausführlich. Stellt offene Fragen, bis ihr euch in die Situation versetzen könnt; fasst ab und zu zusammen und prüft die Zusammenfassung.',
      },
      speakers: ['introducer', 'peer', 'facilitator'],
      contributionKinds: ['narrative', 'question', 'answer', 'summary'],
      kindRoles: { narrative: ['introducer'], answer: ['introducer'], question: ['peer', 'facilitator'], summary: ['peer', 'facilitator'] },
      timebox: { minutes: 30 },
      rules: questionRules('warn', true),
    },
    {
      id: 'core-statement',
      kind: 'analysis',
      name: { en: 'The crucial moment', nl: 'Het hittepunt', de: 'Der entscheidende Moment' },
      instructions: {
        en: 'The example-giver names the crucial moment as a core statement (“When …, I did/thought/felt …, because …”) with its justification. The scribe writes it on the flip chart.',
        nl: 'De voorbeeldgever benoemt het hittepunt als kernuitspraak (“Toen …, deed/dacht/voelde ik …, omdat …”) met de onderbouwing. De notulist schrijft die op de flap.',
        de: 'Der Beispielgeber benennt den entscheidenden Moment als Kernaussage („Als …, habe ich … getan/gedacht/gefühlt, weil …“) mit Begründung. Der Protokollant schreibt sie auf das Flipchart.',
      },
      speakers: ['introducer', 'scribe'],
      contributionKinds: ['statement', 'note'],
      timebox: { minutes: 15 },
      outputs: ['problem-definition'],
      requires: ['problem-definition'],
    },
    {
      id: 'own-statements',
      kind: 'analysis',
      name: { en: 'Your own statement', nl: 'Je eigen uitspraak', de: 'Die eigene Aussage' },
      instructions: {
        en: 'In turn, each participant states what he or she would judge in the example-giver’s place at that moment, with a justification.',
        nl: 'Om de beurt formuleert iedere deelnemer wat hij of zij op dat moment in de plaats van de voorbeeldgever zou vinden, met een onderbouwing.',
        de: 'Reihum sagt jede Teilnehmerin und jeder Teilnehmer, wie sie oder er in diesem Moment an Stelle des Beispielgebers urteilen würde, mit Begründung.',
      },
      speakers: ['peer'],
      contributionKinds: ['statement'],
      turnPolicy: 'round-robin',
      timebox: { minutesPerParticipant: 3 },
    },
    {
      id: 'inquiry',
      kind: 'analysis',
      name: { en: 'Inquiry into the justifications', nl: 'Onderzoek van de onderbouwingen', de: 'Untersuchung der Begründungen' },
      instructions: {
        en: 'Together, examine the justifications: where do they agree, where do they differ, and why? Seek consensus on principles, not solutions.',
        nl: 'Onderzoek samen de onderbouwingen: waar komen ze overeen, waar verschillen ze, en waarom? Zoek overeenstemming over uitgangspunten, niet over oplossingen.',
        de: 'Untersucht gemeinsam die Begründungen: Wo stimmen sie überein, wo unterscheiden sie sich, und warum? Sucht Konsens über Prinzipien, nicht über Lösungen.',
      },
      speakers: ['introducer', 'peer', 'facilitator', 'scribe'],
      contributionKinds: ['question', 'answer', 'statement', 'summary', 'note'],
      // The facilitator only asks and summarises; content comes from the participants.
      kindRoles: { answer: ['introducer', 'peer'], statement: ['introducer', 'peer'], note: ['scribe'] },
      timebox: { minutes: 45 },
      rules: questionRules('warn', true),
    },
    {
      id: 'values',
      kind: 'reflection',
      name: { en: 'Values and an answer', nl: 'Waarden en een antwoord', de: 'Werte und eine Antwort' },
      instructions: {
        en: 'Name the values underneath and formulate a reasoned, provisional answer to the starting question. The scribe writes down the general principles.',
        nl: 'Benoem de onderliggende waarden en formuleer een beredeneerd, voorlopig antwoord op de startvraag. De notulist schrijft de algemene uitgangspunten op.',
        de: 'Benennt die zugrunde liegenden Werte und formuliert eine begründete, vorläufige Antwort auf die Ausgangsfrage. Der Protokollant schreibt die allgemeinen Prinzipien auf.',
      },
      speakers: ['introducer', 'peer', 'scribe'],
      contributionKinds: ['statement', 'summary', 'note'],
      timebox: { minutes: 30 },
      rules: { 'no-advice': 'block' },
    },
    {
      id: 'look-back',
      kind: 'evaluation',
      name: { en: 'Looking back', nl: 'Terugblik', de: 'Rückblick' },
      instructions: {
        en: 'Look back on the dialogue: how did the inquiry go, what did you notice in yourself?',
        nl: 'Kijk terug op het gesprek: hoe verliep het onderzoek, wat merkte je bij jezelf?',
        de: 'Schaut auf das Gespräch zurück: Wie ist die Untersuchung verlaufen, was habt ihr an euch selbst bemerkt?',
      },
      speakers: ['introducer', 'peer', 'facilitator', 'scribe'],
      contributionKinds: ['evaluation'],
      timebox: { minutes: 15 },
      outputs: ['evaluation'],
    },
  ],
};
