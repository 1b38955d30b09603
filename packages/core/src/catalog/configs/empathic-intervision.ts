import type { MethodConfig } from '../../method/schema.js';
import { facilitatorRole, introducerRole, peerRole } from './shared-roles.js';
import { questionRules } from './shared-rules.js';

const INFERRED = {
  en: ' [Design inference, not from source.]',
  nl: ' [Ontwerpkeuze, niet uit de bron.]',
  de: ' [Eigene Ableitung, nicht aus der Quelle.]',
} as const;

/**
 * Empathic Intervision (Niezink & Train): the generic intervision process with layered empathy —
 * self-empathy and intention setting, reflective empathy, imaginative empathy and empathic creativity.
 * The phase structure and minutes are a design inference: the authors publish no step-by-step script.
 */
export const empathicIntervision: MethodConfig = {
  id: 'empathic-intervision',
  version: '1.0.0',
  name: { en: 'Empathic Intervision', nl: 'Empathische intervisie', de: 'Empathische Intervision' },
  summary: {
    en: 'Intervision with layered empathy: a self-empathy and intention-setting check-in, clarification in which you reflect back before you ask, an imaginative-empathy round of perspectives, and empathic creativity to turn understanding into action.',
    nl: 'Intervisie met gelaagde empathie: een check-in met zelfempathie en intentie, verheldering waarin je eerst terugspiegelt en dan vraagt, een ronde van verbeeldende empathie vanuit perspectieven, en empathische creativiteit om begrip om te zetten in actie.',
    de: 'Intervision mit geschichteter Empathie: ein Check-in mit Selbstempathie und Absicht, eine Klärung, in der ihr erst spiegelt und dann fragt, eine Runde imaginativer Empathie aus verschiedenen Perspektiven und empathische Kreativität, um Verständnis in Handeln zu übersetzen.',
  },
  description: {
    en: `Built on the generic four phases (article 2) and the five empathy layers: self-empathy (intention setting), kinesthetic empathy (connection), reflective empathy (mutual understanding), imaginative empathy (diversifying perspectives) and empathic creativity (actionable outcomes). The check-in also makes confidentiality explicit, the authors' remedy for lack of trust.${INFERRED.en}`,
    nl: `Gebouwd op de vier algemene fasen (artikel 2) en de vijf lagen van empathie: zelfempathie (intentie), kinesthetische empathie (verbinding), reflectieve empathie (wederzijds begrip), verbeeldende empathie (perspectieven verbreden) en empathische creativiteit (tot actie komen). De check-in maakt ook de vertrouwelijkheid expliciet, het antwoord van de auteurs op gebrek aan vertrouwen.${INFERRED.nl}`,
    de: `Aufgebaut auf den vier allgemeinen Phasen (Artikel 2) und den fünf Ebenen der Empathie: Selbstempathie (Absicht), kinästhetische Empathie (Verbindung), reflektierende Empathie (gegenseitiges Verständnis), imaginative Empathie (Perspektiven erweitern) und empathische Kreativität (ins Handeln kommen). Der Check-in macht auch die Vertraulichkeit ausdrücklich – die Antwort der Autorinnen auf fehlendes Vertrauen.${INFERRED.de}`,
  },
  sources: [
    { title: 'Niezink & Train, Empathic Intervision: A Peer-to-Peer Practice (2nd ed., 2022)', url: 'https://empathicintervision.com/empathic-intervision/' },
    {
      title: 'Niezink & Train, The Intervision Process and its Benefits (2019)',
      url: 'https://empathicintervision.com/2019/09/18/empathic-intervision-process-and-benefits/',
    },
    {
      title: 'Niezink & Train, Enhancing Intervision with Empathic Practices (2019)',
      url: 'https://empathicintervision.com/2019/09/27/draft-article/',
      note: 'phases (a) check-in, (b) reflect back before asking, (c) imaginative-empathy round, (d) empathic creativity, and all minutes, are a design inference, not from the source',
    },
  ],
  catalog: {
    groupSize: { min: 4, max: 8 },
    minutesPerCase: { min: 60, max: 90 },
    adviceAllowed: true,
    introducerPosition: 'present',
    mode: 'synchronous',
    documentation: 'thin',
    tags: ['empathy', 'intention-setting', 'reflect-back', 'inferred'],
  },
  roles: [introducerRole, facilitatorRole, peerRole],
  phases: [
    {
      id: 'check-in',
      kind: 'check-in',
      name: { en: 'Self-empathy and intention', nl: 'Zelfempathie en intentie', de: 'Selbstempathie und Absicht' },
      instructions: {
        en: `In turn, notice what is alive in you right now and say it, so it is not confused with what others bring. Then say what you intend and expect from this meeting. Agree explicitly on confidentiality.${INFERRED.en}`,
        nl: `Merk om de beurt op wat er nu in je leeft en zeg het, zodat het niet verward raakt met wat anderen inbrengen. Zeg daarna wat je intentie en verwachting voor deze bijeenkomst is. Spreek uitdrukkelijk vertrouwelijkheid af.${INFERRED.nl}`,
        de: `Nehmt reihum wahr, was gerade in euch lebendig ist, und sprecht es aus, damit es nicht mit dem verwechselt wird, was andere einbringen. Sagt dann, was ihr euch von diesem Treffen vornehmt und erwartet. Vereinbart ausdrücklich Vertraulichkeit.${INFERRED.de}`,
      },
      speakers: ['peer', 'facilitator'],
      contributionKinds: ['check-in', 'feeling'],
      turnPolicy: 'round-robin',
      timebox: { minutesPerParticipant: 2 },
    },
    {
      id: 'topic',
      kind: 'topic',
      name: { en: 'Topic and introduction', nl: 'Onderwerp en introductie', de: 'Thema und Einführung' },
      instructions: {
        en: 'Choose the case to work on. The introducer tells what is going on; peers listen with their whole body, attuned to how it is told.',
        nl: 'Kies de casus. De inbrenger vertelt wat er speelt; de collega’s luisteren met hun hele lijf, afgestemd op hoe het verteld wordt.',
        de: 'Wählt den Fall. Der Fallerzähler erzählt, worum es geht; die anderen hören mit dem ganzen Körper zu, eingestimmt darauf, wie erzählt wird.',
      },
      speakers: ['introducer'],
      contributionKinds: ['narrative', 'feeling'],
      timebox: { minutes: 10 },
      outputs: ['topic'],
      requires: ['topic'],
      rules: { 'sphere-of-influence': 'warn' },
    },
    {
      id: 'reflective-clarification',
      kind: 'clarification',
      name: { en: 'Reflect back, then ask', nl: 'Eerst terugspiegelen, dan vragen', de: 'Erst spiegeln, dann fragen' },
      instructions: {
        en: `Before asking a question, reflect back in your own words what you heard — facts and feelings — and let the introducer confirm. Then ask one open question. No advice. End with a shared problem definition.${INFERRED.en}`,
        nl: `Spiegel, voordat je een vraag stelt, in je eigen woorden terug wat je hoorde — feiten en gevoelens — en laat de inbrenger dat bevestigen. Stel daarna één open vraag. Geen advies. Sluit af met een gedeelde probleemdefinitie.${INFERRED.nl}`,
        de: `Bevor du fragst, gib in eigenen Worten wieder, was du gehört hast – Fakten und Gefühle –, und lass es dir vom Fallerzähler bestätigen. Stelle dann eine offene Frage. Keine Ratschläge. Zum Schluss steht eine gemeinsame Problemdefinition.${INFERRED.de}`,
      },
      speakers: ['peer', 'introducer', 'facilitator'],
      contributionKinds: ['reflect-back', 'question', 'answer', 'summary'],
      timebox: { minutes: 20 },
      repeatable: { max: 2 },
      outputs: ['problem-definition'],
      rules: questionRules('warn', true),
    },
    {
      id: 'perspectives',
      kind: 'experience',
      name: { en: 'Imaginative empathy', nl: 'Verbeeldende empathie', de: 'Imaginative Empathie' },
      instructions: {
        en: `In turn, imagine “as if” you were the introducer or another person in the case, in their context: what might they feel and need? Share it as a perspective, not a verdict. No advice yet.${INFERRED.en}`,
        nl: `Verbeeld je om de beurt “alsof” je de inbrenger of iemand anders uit de casus bent, in diens context: wat zou die voelen en nodig hebben? Deel het als perspectief, niet als oordeel. Nog geen advies.${INFERRED.nl}`,
        de: `Stellt euch reihum vor, „als ob“ ihr der Fallerzähler oder eine andere Person im Fall wärt, in deren Umfeld: Was könnte sie fühlen und brauchen? Teilt es als Perspektive, nicht als Urteil. Noch keine Ratschläge.${INFERRED.de}`,
      },
      speakers: ['peer'],
      contributionKinds: ['identification', 'feeling', 'perception', 'experience'],
      turnPolicy: 'round-robin',
      timebox: { minutes: 15 },
      rules: { 'no-advice': 'block' },
    },
    {
      id: 'empathic-creativity',
      kind: 'action-plan',
      name: { en: 'Empathic creativity', nl: 'Empathische creativiteit', de: 'Empathische Kreativität' },
      instructions: {
        en: `Together, turn the shared understanding into action: ideas and suggestions that honour what was heard. The introducer chooses and commits to concrete actions.${INFERRED.en}`,
        nl: `Zet samen het gedeelde begrip om in actie: ideeën en suggesties die recht doen aan wat er gehoord is. De inbrenger kiest en verbindt zich aan concrete acties.${INFERRED.nl}`,
        de: `Übersetzt gemeinsam das geteilte Verständnis in Handeln: Ideen und Vorschläge, die dem Gehörten gerecht werden. Der Fallerzähler wählt aus und verpflichtet sich zu konkreten Schritten.${INFERRED.de}`,
      },
      speakers: ['introducer', 'peer', 'facilitator'],
      contributionKinds: ['idea', 'advice', 'reflection', 'action'],
      timebox: { minutes: 15 },
      outputs: ['action-plan'],
      requires: ['action-plan'],
    },
    {
      id: 'closing',
      kind: 'evaluation',
      name: { en: 'Learning and evaluation', nl: 'Leren en evalueren', de: 'Lernen und Auswertung' },
      instructions: {
        en: 'Everyone shares what they learned and how their intention from the check-in was met; evaluate how the group worked together.',
        nl: 'Iedereen vertelt wat hij of zij geleerd heeft en hoe het met de intentie van de check-in ging; evalueer de samenwerking.',
        de: 'Alle sagen, was sie gelernt haben und was aus ihrer Absicht vom Check-in geworden ist; bewertet die Zusammenarbeit.',
      },
      speakers: ['introducer', 'peer', 'facilitator'],
      contributionKinds: ['reflection', 'evaluation'],
      timebox: { minutes: 10 },
      outputs: ['evaluation'],
    },
  ],
};
