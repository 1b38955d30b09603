import type { MethodConfig } from '../../method/schema.js';
import { facilitatorRole, introducerRole, peerRole } from './shared-roles.js';
import { questionRules } from './shared-rules.js';

/** Structured (peer) group supervision (Wilbur et al. 1991; Borders 1991): assigned perspectives, a pause, a response. */
export const structuredPeerGroupSupervision: MethodConfig = {
  id: 'structured-peer-group-supervision',
  version: '1.0.0',
  name: { en: 'Structured peer group supervision', nl: 'Gestructureerde intervisie (Wilbur/Borders)', de: 'Strukturierte Gruppensupervision (Wilbur/Borders)' },
  summary: {
    en: 'The supervisee asks for specific help; peers question to find the focus, then speak from assigned perspectives and give suggestions while the supervisee stays silent; after a pause for reflection the supervisee responds and says whether the needs were met.',
    nl: 'De supervisant vraagt om specifieke hulp; de collega’s stellen vragen om de focus te vinden, spreken daarna vanuit toegewezen perspectieven en geven suggesties terwijl de supervisant zwijgt; na een reflectiepauze reageert de supervisant en zegt of de hulpvraag beantwoord is.',
    de: 'Der Supervisand bittet um konkrete Hilfe; die Peers fragen, um den Fokus zu finden, sprechen dann aus zugewiesenen Perspektiven und geben Anregungen, während der Supervisand schweigt; nach einer Reflexionspause antwortet er und sagt, ob sein Anliegen erfüllt wurde.',
  },
  description: {
    en: 'Perspectives (Borders): observe a skill; speak as the client, the counsellor or a family member; take a theoretical lens; offer a metaphor. Assign them before the feedback round.',
    nl: 'Perspectieven (Borders): let op een vaardigheid; spreek als de cliënt, de hulpverlener of een familielid; kijk door een theoretische bril; bied een metafoor. Verdeel ze voor de feedbackronde.',
    de: 'Perspektiven (Borders): auf eine Fertigkeit achten; als Klient, Beraterin oder Angehöriger sprechen; eine theoretische Brille aufsetzen; eine Metapher anbieten. Verteilt sie vor der Feedbackrunde.',
  },
  sources: [
    { title: 'Wilbur et al. (1991), Structured group supervision, as described in Bahr et al. (1996), ERIC ED 397 379' },
    {
      title: 'Guidelines for structured group supervision (Syracuse University)',
      url: 'http://soeweb.syr.edu/academic/counseling_and_human_services/modules/Preparing_for_Supervision/guidelines_for_structured_group_supervision.aspx',
    },
    { title: 'Borders (1991), A systematic approach to peer group supervision', note: '60–90 minutes per case; per-phase minutes are typical values' },
  ],
  catalog: {
    groupSize: { min: 4, max: 8 },
    minutesPerCase: { min: 60, max: 90 },
    adviceAllowed: true,
    introducerPosition: 'silent',
    mode: 'synchronous',
    documentation: 'good',
    tags: ['counselling', 'perspectives', 'pause', 'supervision'],
  },
  roles: [
    { ...introducerRole, name: { en: 'Supervisee', nl: 'Supervisant', de: 'Supervisand' } },
    {
      ...facilitatorRole,
      name: { en: 'Supervisor', nl: 'Supervisor', de: 'Supervisor' },
      description: {
        en: 'Moderates, assigns perspectives and summarises.',
        nl: 'Leidt het gesprek, verdeelt de perspectieven en vat samen.',
        de: 'Moderiert, verteilt die Perspektiven und fasst zusammen.',
      },
    },
    { ...peerRole, name: { en: 'Peer supervisor', nl: 'Collega', de: 'Peer' } },
  ],
  phases: [
    {
      id: 'request',
      kind: 'narrative',
      name: { en: 'Request for assistance', nl: 'Hulpvraag', de: 'Bitte um Unterstützung' },
      instructions: {
        en: 'The supervisee summarises the case and states what help and what kind of feedback he or she wants.',
        nl: 'De supervisant vat de casus samen en zegt welke hulp en welke feedback hij of zij wil.',
        de: 'Der Supervisand fasst den Fall zusammen und sagt, welche Hilfe und welche Art Rückmeldung er möchte.',
      },
      speakers: ['introducer'],
      contributionKinds: ['narrative'],
      timebox: { minutes: 10 },
      outputs: ['key-question'],
      requires: ['key-question'],
    },
    {
      id: 'questioning',
      kind: 'clarification',
      name: { en: 'Questions and focus', nl: 'Vragen en focus', de: 'Fragen und Fokus' },
      instructions: {
        en: 'In turn, each peer asks one question; the supervisee answers. The supervisor then states the focus of the feedback.',
        nl: 'Om de beurt stelt iedere collega één vraag; de supervisant antwoordt. Daarna benoemt de supervisor de focus van de feedback.',
        de: 'Reihum stellt jeder Peer eine Frage; der Supervisand antwortet. Dann benennt der Supervisor den Fokus der Rückmeldung.',
      },
      speakers: ['peer', 'introducer'],
      contributionKinds: ['question', 'answer'],
      turnPolicy: 'round-robin',
      turnRoles: ['peer'],
      timebox: { minutes: 15 },
      outputs: ['problem-definition'],
      rules: questionRules('warn', true),
    },
    {
      id: 'perspectives',
      kind: 'experience',
      name: { en: 'Feedback from perspectives', nl: 'Feedback vanuit perspectieven', de: 'Rückmeldung aus Perspektiven' },
      instructions: {
        en: 'In turn, each peer speaks from the assigned perspective (“As the client, I …”). The supervisee is silent and may take notes.',
        nl: 'Om de beurt spreekt iedere collega vanuit het toegewezen perspectief (“Als de cliënt …”). De supervisant zwijgt en mag aantekeningen maken.',
        de: 'Reihum spricht jeder Peer aus seiner zugewiesenen Perspektive („Als Klient …“). Der Supervisand schweigt und darf mitschreiben.',
      },
      speakers: ['peer'],
      contributionKinds: ['identification', 'perception', 'hypothesis'],
      turnPolicy: 'round-robin',
      introducer: 'silent',
      timebox: { minutes: 15 },
      rules: { 'no-advice': 'block' },
    },
    {
      id: 'suggestions',
      kind: 'advice',
      name: { en: 'Suggestions', nl: 'Suggesties', de: 'Anregungen' },
      instructions: {
        en: 'Peers offer suggestions (“If I were you, I might …”). The supervisee stays silent.',
        nl: 'De collega’s doen suggesties (“Als ik jou was, zou ik misschien …”). De supervisant blijft zwijgen.',
        de: 'Die Peers machen Vorschläge („An deiner Stelle würde ich vielleicht …“). Der Supervisand schweigt weiter.',
      },
      speakers: ['peer'],
      contributionKinds: ['advice', 'idea'],
      introducer: 'silent',
      timebox: { minutes: 10 },
    },
    {
      id: 'pause',
      kind: 'pause',
      name: { en: 'Pause', nl: 'Pauze', de: 'Pause' },
      instructions: {
        en: 'A pause of ten minutes: the supervisee reflects on the feedback in silence. The session moves on by itself.',
        nl: 'Een pauze van tien minuten: de supervisant denkt in stilte na over de feedback. De sessie gaat daarna vanzelf verder.',
        de: 'Zehn Minuten Pause: Der Supervisand denkt still über die Rückmeldungen nach. Danach geht es von selbst weiter.',
      },
      timebox: { minutes: 10 },
      onTimeout: 'advance',
    },
    {
      id: 'response',
      kind: 'response',
      name: { en: 'Supervisee response', nl: 'Reactie van de supervisant', de: 'Antwort des Supervisanden' },
      instructions: {
        en: 'The supervisee responds to the feedback, says what was helpful and what not, whether the needs were met, and what he or she will do.',
        nl: 'De supervisant reageert op de feedback, zegt wat hielp en wat niet, of de hulpvraag beantwoord is en wat hij of zij gaat doen.',
        de: 'Der Supervisand reagiert auf die Rückmeldungen, sagt, was half und was nicht, ob sein Anliegen erfüllt wurde und was er tun wird.',
      },
      speakers: ['introducer'],
      contributionKinds: ['reflection', 'evaluation', 'action'],
      timebox: { minutes: 10 },
      outputs: ['action-plan'],
    },
    {
      id: 'process',
      kind: 'evaluation',
      name: { en: 'Process discussion', nl: 'Procesbespreking', de: 'Prozessbesprechung' },
      instructions: {
        en: 'Optional: the group discusses how the supervision went; the supervisor summarises.',
        nl: 'Optioneel: de groep bespreekt hoe de intervisie verliep; de supervisor vat samen.',
        de: 'Optional: Die Gruppe bespricht, wie die Supervision verlaufen ist; der Supervisor fasst zusammen.',
      },
      speakers: ['introducer', 'peer', 'facilitator'],
      contributionKinds: ['evaluation', 'summary'],
      timebox: { minutes: 10 },
      outputs: ['evaluation'],
    },
  ],
};
