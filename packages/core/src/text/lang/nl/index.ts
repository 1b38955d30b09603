/** The Dutch language pack. */
import type { LanguagePack } from '../../pack.js';
import { wordSet } from '../../words.js';
import { NL_ADVICE, NL_START } from './advice.js';
import {
  NL_CAUSATIVES,
  NL_CHANGE_VERBS,
  NL_COPING,
  NL_ENSURE_VERBS,
  NL_IMPERATIVE_VERBS,
  NL_LEAD,
  NL_OBLIGATION,
  NL_OTHER_SUFFIXES,
  NL_OTHERS,
  NL_SELF_NOUNS,
  NL_WH,
} from './lexicon.js';
import { NL_MESSAGES, NL_SUGGESTIONS } from './messages.js';
import { normaliseNl } from './normalise.js';
import { NL_REJECTIONS } from './rejections.js';
import { NL_SPHERE_MODEL } from './sphere-model.js';

const NL_FUNCTION = wordSet(`
de het een je jij jou jouw ik mij me mijn is zijn was waren ben bent heb hebt heeft had hadden wat hoe waarom
wanneer waar wie welke zou zouden moet moeten kun kunt kan kunnen wil wilt willen te van en of niet met voor op
aan dit dat die deze hij zij ze hun wij we ons onze gewoon over als dan er naar bij uit om door nog al ook maar
toen nu geen wel eens heel veel meer erg echt misschien daar hier zo zeggen vragen praten doen gaan gedaan gezegd
collega leidinggevende teamleider cliënt overleg gesprek vraag eigenlijk even nee ja jullie hem haar zich zelf
elke iedereen niemand iets niets altijd nooit steeds waarmee waarover daarover hierover erover eraan mee tegen
gebeurde gebeurd voelde voel vind vindt denk denkt weet zei zegt daarna toen hoelang lang ervaring werk erbij
ermee erover eraan erin eruit daarbij betrokken
`);

/** Words that cannot be the finite verb opening a yes/no question. */
const NL_FINITE_NOT = wordSet(`
de het een ik je jij u hij zij ze we wij jullie mijn jouw zijn haar onze dit dat deze die er als en maar of dus
toen nu hier daar wel niet ook nog al dan in op bij met voor naar van over om uit door tegen na sinds zonder
`);

/** Subjects that follow a question word in an indirect question ("hoe merk je, wat zij nodig heeft"). */
const NL_SUBORDINATE_SUBJECTS = wordSet(
  'hij zij ze het ik jij je wij we jullie u men de een mijn jouw zijn haar ons onze hun iemand niemand dat dit die deze iedereen',
);

function nlOrthography(w: string): number {
  let score = 0;
  if (w.includes('ij')) score += 0.6;
  if (w.endsWith('heid') || w.endsWith('lijk') || w.endsWith('tje') || w.endsWith('tjes') || w.includes('aa') || w.includes('uu')) score += 0.5;
  if (w.startsWith('sch') || w.startsWith('ge')) score += 0.15;
  if (w.endsWith('en')) score += 0.1;
  return score;
}

/** The Dutch language pack. */
export const nl: LanguagePack = {
  code: 'nl',
  name: 'Dutch',
  detection: {
    functionWords: NL_FUNCTION,
    verbs: NL_IMPERATIVE_VERBS,
    overrides: new Map([
      ['was', 0.3],
      ['wie', 0.5],
      ['die', 0.4],
      ['is', 0.5],
      ['in', 0.1],
    ]),
    orthography: nlOrthography,
  },
  normalise: normaliseNl,
  start: NL_START,
  advice: NL_ADVICE,
  framing: {
    talk: [
      'neem tijd',
      'probeer herinneren',
      'denk terug',
      'stel je voor',
      'stelt u voor',
      'ga door',
      'ga verder',
      'vertel verder',
      '!laat me',
      '!laat mij',
      '!zeg meer',
      '!help begrijpen',
    ],
    check: wordSet('klopt juist correct'),
    feelings: wordSet('boos kwaad woedend verdrietig gefrustreerd bang bezorgd geschrokken teleurgesteld gekwetst overstuur gespannen onzeker moe'),
    know: wordSet('weten beseffen'),
    noRemedy: [
      'voorbeeld',
      'benieuwd',
      'vraag me af',
      'beschrijf',
      'vertel eens',
      'vertel me',
      'vertel ons',
      'herken dat',
      'dat herken',
      'ken dat',
      'klinkt zwaar',
      'dat klinkt',
      'klinkt pittig',
    ],
  },
  question: {
    wh: NL_WH,
    why: wordSet('waarom hoezo'),
    lead: NL_LEAD,
    closedStart: (w, next) => !NL_FINITE_NOT.has(w) && !NL_WH.has(w) && next !== '' && w.length > 1,
    bareQuestion: () => false,
    request: wordSet('vertellen uitleggen beschrijven toelichten schetsen verduidelijken zeggen omschrijven vertel leg'),
    you: wordSet('je jij u'),
    modalRequest: wordSet('kun kunt kan zou wil wilt'),
    joiners: wordSet('en of'),
    secondQuestion: (next) => !NL_SUBORDINATE_SUBJECTS.has(next),
    closedConfidence: 0.7,
  },
  sphere: {
    verbFinal: true,
    i: wordSet('ik we wij'),
    me: wordSet('me mij mezelf'),
    reflexiveSelf: wordSet('mezelf'),
    it: wordSet('het dat dit'),
    why: wordSet('waarom hoezo'),
    wh: NL_WH,
    aux: wordSet('is zijn ben was waren heeft hebben heb had kan kun kunt moet moeten zou zouden wil wilt mag wordt werd doet'),
    det: wordSet('de het een mijn onze ons zijn haar hun deze die dit dat alle elke ieder andere nieuwe eigen jouw'),
    myPossessive: wordSet('mijn'),
    others: NL_OTHERS,
    otherSuffixes: NL_OTHER_SUFFIXES,
    selfNouns: NL_SELF_NOUNS,
    causatives: NL_CAUSATIVES,
    undo: wordSet('terugdraaien ongedaan'),
    change: NL_CHANGE_VERBS,
    prevent: wordSet(''),
    preventFrom: wordSet(''),
    ensure: NL_ENSURE_VERBS,
    that: wordSet('dat zodat'),
    purpose: wordSet('zodat'),
    coping: NL_COPING,
    obligation: NL_OBLIGATION,
    lead: wordSet('en maar dus mijn vraag is hoe'),
    stopNp: wordSet('met naar over voor aan op bij zonder als wanneer van tegen door'),
    whyChange: wordSet('verandert veranderen verandering'),
    receive: wordSet('krijg ontvang'),
    from: wordSet('van'),
    coordinators: wordSet('en maar'),
    gerundCoping: false,
    quoteOther: true,
    reactions: wordSet('raakt raakte geraakt boos kwaad bang onzeker gespannen verdrietig schuldig gefrustreerd zenuwachtig stoort'),
    selfActs: wordSet(
      'vragen uitleggen vertellen aanspreken bespreken melden aankaarten zeggen informeren uitnodigen ondersteunen steunen bellen mailen aangeven inschakelen antwoorden',
    ),
  },
  sphereModel: NL_SPHERE_MODEL,
  messages: NL_MESSAGES,
  rejections: NL_REJECTIONS,
  suggestions: NL_SUGGESTIONS,
};
