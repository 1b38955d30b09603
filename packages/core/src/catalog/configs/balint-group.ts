import type { MethodConfig } from '../../method/schema.js';
import { facilitatorRole, introducerRole, peerRole } from './shared-roles.js';

/** The Balint group (Michael and Enid Balint): a case told from memory, feelings and speculation, never advice. */
export const balintGroup: MethodConfig = {
  id: 'balint-group',
  version: '1.0.0',
  name: { en: 'Balint group', nl: 'Balintgroep', de: 'Balintgruppe' },
  summary: {
    en: 'A clinician tells a case from memory; after a few factual questions the presenter sits back while the group voices feelings, identifications and speculation about the relationship. No advice, no solutions.',
    nl: 'Een hulpverlener vertelt een casus uit het hoofd; na een paar feitelijke vragen luistert de inbrenger terwijl de groep gevoelens, identificaties en vermoedens over de relatie uitspreekt. Geen advies, geen oplossingen.',
    de: 'Eine Ärztin oder ein Therapeut erzählt einen Fall aus dem Gedächtnis; nach wenigen Sachfragen hört der Fallvorsteller nur zu, während die Gruppe Gefühle, Identifikationen und Vermutungen über die Beziehung äußert. Keine Ratschläge, keine Lösungen.',
  },
  description: {
    en: 'The case is a relationship, not a problem to solve. The presenter being "pushed back" during the discussion is common UK/US practice but not confirmed by the retrieved sources.',
    nl: 'De casus is een relatie, geen probleem om op te lossen. Dat de inbrenger tijdens de bespreking “naar achteren” gaat, is gangbare Britse en Amerikaanse praktijk, maar niet bevestigd door de geraadpleegde bronnen.',
    de: 'Der Fall ist eine Beziehung, kein zu lösendes Problem. Dass der Fallvorsteller während der Besprechung „zurückgeschoben“ wird, ist in Großbritannien und den USA üblich, aber in den herangezogenen Quellen nicht belegt.',
  },
  sources: [
    { title: 'Salinsky, The Balint method', url: 'https://balint.co.uk/about/the-balint-method' },
    {
      title: 'Balint Society of Australia & NZ, What happens in a Balint group',
      url: 'http://www.balintaustralianewzealand.org/what-happens-in-a-balint-group/',
      note: 'group size 6–10, about 45 minutes per case',
    },
    {
      title: 'Balint Society editorial on short factual questions',
      url: 'https://balint.ru/?page_id=183',
      note: 'push-back of the presenter: common practice, unverified; phase minutes other than the 45-minute case are typical values',
    },
  ],
  catalog: {
    groupSize: { min: 6, max: 12 },
    minutesPerCase: { min: 45, max: 60 },
    adviceAllowed: false,
    introducerPosition: 'silent',
    mode: 'synchronous',
    documentation: 'good',
    tags: ['relationship', 'feelings', 'no-advice', 'clinical', 'trained-leader'],
  },
  roles: [
    { ...introducerRole, name: { en: 'Presenter', nl: 'Inbrenger', de: 'Fallvorsteller' } },
    {
      ...facilitatorRole,
      name: { en: 'Balint leader', nl: 'Balintbegeleider', de: 'Balintgruppenleiter' },
      description: {
        en: 'A trained leader who guards the frame and the focus on the relationship.',
        nl: 'Een opgeleide begeleider die het kader en de focus op de relatie bewaakt.',
        de: 'Eine ausgebildete Leitung, die den Rahmen und den Blick auf die Beziehung schützt.',
      },
    },
    { ...peerRole, name: { en: 'Group member', nl: 'Groepslid', de: 'Gruppenmitglied' } },
  ],
  phases: [
    {
      id: 'who-has-a-case',
      kind: 'topic',
      name: { en: 'Who has a case?', nl: 'Wie heeft een casus?', de: 'Wer hat einen Fall?' },
      instructions: {
        en: 'The leader asks who has a case that keeps them busy. Name it in one sentence; the leader chooses one with the group.',
        nl: 'De begeleider vraagt wie een casus heeft die hem of haar bezighoudt. Noem hem in één zin; de begeleider kiest er met de groep één.',
        de: 'Die Leitung fragt, wer einen Fall hat, der sie oder ihn beschäftigt. Nennt ihn in einem Satz; die Leitung wählt mit der Gruppe einen aus.',
      },
      speakers: ['peer', 'facilitator'],
      timebox: { minutes: 3 },
      outputs: ['topic'],
      requires: ['topic'],
    },
    {
      id: 'case',
      kind: 'narrative',
      name: { en: 'The case, from memory', nl: 'De casus, uit het hoofd', de: 'Der Fall, aus dem Gedächtnis' },
      instructions: {
        en: 'Tell the case informally and from memory, without notes, including what you felt. What you leave out matters too.',
        nl: 'Vertel de casus informeel en uit het hoofd, zonder aantekeningen, ook wat je zelf voelde. Wat je weglaat, zegt ook iets.',
        de: 'Erzähle den Fall frei und aus dem Gedächtnis, ohne Notizen, auch was du selbst gefühlt hast. Was du weglässt, ist ebenfalls bedeutsam.',
      },
      speakers: ['introducer'],
      contributionKinds: ['narrative', 'feeling'],
      timebox: { minutes: 10 },
    },
    {
      id: 'factual-questions',
      kind: 'clarification',
      name: { en: 'A few factual questions', nl: 'Een paar feitelijke vragen', de: 'Einige Sachfragen' },
      instructions: {
        en: 'Ask only a few factual questions, at most two each. The leader keeps this short: no interrogation, no advice.',
        nl: 'Stel alleen een paar feitelijke vragen, hooguit twee per persoon. De begeleider houdt dit kort: geen verhoor, geen advies.',
        de: 'Stellt nur wenige Sachfragen, höchstens zwei pro Person. Die Leitung hält das kurz: kein Verhör, keine Ratschläge.',
      },
      speakers: ['peer', 'introducer'],
      contributionKinds: ['question', 'answer'],
      quota: { max: 2, kinds: ['question'] },
      timebox: { minutes: 5 },
      rules: { 'no-advice': 'block' },
    },
    {
      id: 'discussion',
      kind: 'analysis',
      name: { en: 'Group discussion', nl: 'Groepsbespreking', de: 'Gruppengespräch' },
      instructions: {
        en: 'The presenter sits back and listens. Say what you feel, what the patient and the doctor might feel, whom you identify with, what you imagine. There is no need to be right; no judgements and no solutions.',
        nl: 'De inbrenger gaat achterover zitten en luistert. Zeg wat je voelt, wat de patiënt en de arts zouden kunnen voelen, met wie je je identificeert, wat je je voorstelt. Je hoeft geen gelijk te hebben; geen oordelen en geen oplossingen.',
        de: 'Der Fallvorsteller lehnt sich zurück und hört zu. Sagt, was ihr fühlt, was Patient und Ärztin fühlen könnten, mit wem ihr euch identifiziert, was ihr euch vorstellt. Niemand muss recht haben; keine Urteile und keine Lösungen.',
      },
      speakers: ['peer', 'facilitator'],
      contributionKinds: ['feeling', 'identification', 'hypothesis', 'perception'],
      introducer: 'silent',
      timebox: { minutes: 25 },
      rules: { 'no-advice': 'block' },
    },
    {
      id: 'presenter-returns',
      kind: 'closing',
      name: { en: 'The presenter returns', nl: 'De inbrenger komt terug', de: 'Der Fallvorsteller kommt zurück' },
      instructions: {
        en: 'The presenter is invited back and says what struck him or her. The leader closes the case; nothing needs to be decided.',
        nl: 'De inbrenger wordt teruggevraagd en zegt wat hem of haar trof. De begeleider sluit de casus af; er hoeft niets besloten te worden.',
        de: 'Der Fallvorsteller wird zurückgebeten und sagt, was ihn berührt hat. Die Leitung schließt den Fall ab; es muss nichts entschieden werden.',
      },
      speakers: ['introducer', 'facilitator'],
      contributionKinds: ['reflection', 'feeling', 'summary'],
      timebox: { minutes: 5 },
    },
  ],
};
