/** The French language pack. */
import type { LanguagePack } from '../../pack.js';
import { wordSet } from '../../words.js';
import { FR_ADVICE, FR_START } from './advice.js';
import {
  FR_CAUSATIVES,
  FR_CHANGE_VERBS,
  FR_COPING,
  FR_ENSURE,
  FR_IMPERATIVE_VERBS,
  FR_LEAD,
  FR_OBLIGATION,
  FR_OTHERS,
  FR_PREVENT_VERBS,
  FR_SELF_NOUNS,
  FR_WH,
} from './lexicon.js';
import { FR_MESSAGES, FR_SUGGESTIONS } from './messages.js';
import { normaliseFr } from './normalise.js';
import { FR_REJECTIONS } from './rejections.js';
import { FR_SPHERE_MODEL } from './sphere-model.js';

const FR_FUNCTION = wordSet(`
le la les un une des du de et ou mais est sont était étais étaient tu te toi ton ta tes vous votre vos je me moi
mon ma mes il elle ils elles on nous notre nos ce cette ces ça cela qui que quoi quel quelle quels quelles comment
pourquoi quand où combien pas ne plus avec pour par dans sur chez au aux si très bien aussi déjà encore avez as ai
été fait dit peux pouvez pourrais pourriez voudrais devrais devriez faut faudrait c'est qu'est est-ce n'est l'équipe
d'un d'une j'ai t'as qu'il qu'elle s'est leur lui y quoi alors donc parce depuis avant après toujours jamais rien
tout tous toute toutes autre autres même comme avoir être faire dire collègue cheffe chef direction équipe réunion
service travail situation moment fois
`);

/** Subjects that follow a question word in an indirect question ("comment sais-tu ce qu'il veut"). */
const FR_SUBORDINATE_SUBJECTS = wordSet('il elle ils elles on je tu nous vous le la les un une mon ma mes ton ta tes son sa ses');

/** Finite verbs and words that open a yes/no question ("Est-ce que …", "As-tu …", "Y a-t-il …"). */
const FR_CLOSED_START = wordSet('est as avez es êtes a peux pouvez pourrais pourriez sais savez y vas allez fais faites veux voulez');

function frOrthography(w: string): number {
  let score = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // é è ê à ç ù â î ô û œ: French, rare in the other built-in languages
    if (
      c === 0xe9 ||
      c === 0xe8 ||
      c === 0xea ||
      c === 0xe0 ||
      c === 0xe7 ||
      c === 0xf9 ||
      c === 0xe2 ||
      c === 0xee ||
      c === 0xf4 ||
      c === 0xfb ||
      c === 0x153
    ) {
      score += 1;
      break;
    }
  }
  const apo = w.indexOf("'");
  if (apo > 0 && apo <= 5) {
    const head = w.slice(0, apo);
    if (head === 'l' || head === 'd' || head === 'j' || head === 'qu' || head === 'n' || head === 'c' || head === 's' || head === 'm' || head === 't')
      score += 1.2;
  }
  if (w.endsWith('-tu') || w.endsWith('-vous') || w.endsWith('-il') || w.endsWith('-elle') || w.endsWith('-lui') || w.endsWith('-moi')) score += 1.2;
  if (w.length > 4 && (w.endsWith('eux') || w.endsWith('eur') || w.endsWith('aient') || w.endsWith('ez') || w.endsWith('oi'))) score += 0.3;
  return score;
}

/** The French language pack (tu and vous; France, Belgium, Switzerland, Québec). */
export const fr: LanguagePack = {
  code: 'fr',
  name: 'French',
  detection: {
    functionWords: FR_FUNCTION,
    verbs: FR_IMPERATIVE_VERBS,
    overrides: new Map([['in', 0]]),
    orthography: frOrthography,
  },
  normalise: normaliseFr,
  start: FR_START,
  advice: FR_ADVICE,
  framing: {
    talk: [
      'prends temps',
      'prenez temps',
      'essaie rappeler',
      'essayez rappeler',
      'mets toi place',
      'mettez vous place',
      'imagine',
      'imaginez',
      'continue',
      'continuez',
      '!laisse moi',
      '!laissez moi',
      '!dis plus',
      '!excuse moi',
      '!excusez moi',
      '!corrige moi',
      '!corrigez moi',
      '!pardonne moi',
      '!dis moi',
      '!rappelle moi',
    ],
    check: wordSet('exact exactement vrai correct bien'),
    feelings: wordSet(
      'colère furieux furieuse triste frustré frustrée blessé blessée déçu déçue inquiet inquiète énervé énervée fâché fâchée découragé découragée perdu perdue',
    ),
    know: wordSet('savoir'),
    noRemedy: [
      'exemple',
      'curieux',
      'curieuse',
      'demande si',
      'décris',
      'raconte moi',
      'raconte nous',
      'connais ça',
      'vécu ça',
      'passé par là',
      'ça doit être dur',
      'ça a air',
      'ça semble',
    ],
  },
  question: {
    wh: FR_WH,
    why: wordSet('pourquoi'),
    lead: FR_LEAD,
    closedStart: (w, next) => FR_CLOSED_START.has(w) && next !== '',
    bareQuestion: (w, next) => w === 'est' && next === 'ce',
    request: wordSet('expliquer décrire raconter préciser dire développer détailler donner redire'),
    you: wordSet('tu vous'),
    modalRequest: wordSet('peux pouvez pourrais pourriez voudrais voudriez'),
    joiners: wordSet('et ou'),
    secondQuestion: (next) => !FR_SUBORDINATE_SUBJECTS.has(next),
    closedConfidence: 0.75,
  },
  sphere: {
    verbFinal: false,
    i: wordSet('je'),
    me: wordSet('me moi'),
    reflexiveSelf: wordSet('moi-même'),
    it: wordSet('ce ça cela'),
    why: wordSet('pourquoi'),
    wh: FR_WH,
    aux: wordSet('est sont était a ont avait peut peuvent doit doivent devrait devraient va vont fait font ne'),
    det: wordSet('le la les un une des du mon ma mes notre nos son sa ses leur leurs ce cette ces tout toute tous toutes au aux'),
    myPossessive: wordSet('mon ma mes'),
    others: FR_OTHERS,
    otherSuffixes: [],
    selfNouns: FR_SELF_NOUNS,
    causatives: FR_CAUSATIVES,
    undo: wordSet('annuler défaire'),
    change: FR_CHANGE_VERBS,
    prevent: FR_PREVENT_VERBS,
    preventFrom: wordSet('de'),
    ensure: FR_ENSURE,
    that: wordSet('que'),
    purpose: wordSet(''),
    coping: FR_COPING,
    obligation: FR_OBLIGATION,
    lead: wordSet('et mais donc alors ma question est comment'),
    stopNp: wordSet('à avec sur pour dans en par sans quand si envers face vers contre de comme'),
    whyChange: wordSet('change changent changé évolue'),
    receive: wordSet('reçois obtiens'),
    from: wordSet('de'),
    coordinators: wordSet('et mais'),
    gerundCoping: false,
    quoteOther: true,
    reactions: wordSet('touchée touché touche blessée blessé affecte affectée énerve stresse angoisse inquiète fâchée fâché triste coupable'),
    selfActs: wordSet(
      'inviter informer dire demander expliquer annoncer soutenir aborder parler répondre prévenir accompagner appeler retourner gérer réagir trouver garder rester préparer accueillir travailler soigner',
    ),
  },
  sphereModel: FR_SPHERE_MODEL,
  messages: FR_MESSAGES,
  rejections: FR_REJECTIONS,
  suggestions: FR_SUGGESTIONS,
};
