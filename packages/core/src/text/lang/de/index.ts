/** The German language pack. */
import type { LanguagePack } from '../../pack.js';
import { wordSet } from '../../words.js';
import { DE_ADVICE, DE_START } from './advice.js';
import {
  DE_CAUSATIVES,
  DE_CHANGE_VERBS,
  DE_COPING,
  DE_ENSURE_VERBS,
  DE_IMPERATIVE_VERBS,
  DE_LEAD,
  DE_OBLIGATION,
  DE_OTHER_SUFFIXES,
  DE_OTHERS,
  DE_SELF_NOUNS,
  DE_WH,
} from './lexicon.js';
import { DE_MESSAGES, DE_SUGGESTIONS } from './messages.js';
import { normaliseDe } from './normalise.js';
import { DE_REJECTIONS } from './rejections.js';
import { DE_SPHERE_MODEL } from './sphere-model.js';

const DE_FUNCTION = wordSet(`
der die das den dem des ein eine einen einem einer du dich dir dein deine deinen deinem deiner ich mich mir mein
meine meinen meinem meiner ist sind war waren bin bist hast hat habe hatte was wie warum wieso weshalb wann wo
wer welche würde würdest sollte solltest musst muss kannst kann könntest willst will zu von und oder nicht mit
für auf an dies diese dieser dass er sie es ihr ihm ihn ihnen wir uns unser einfach über wenn dann nach bei aus
um durch noch schon auch aber als jetzt kein keine mal sehr viel mehr wirklich vielleicht da hier so sagen
fragen sprechen reden machen gehen gemacht gesagt kollege kollegin chef chefin gespräch frage eigentlich nein ja
euch euer sich selbst jeder niemand etwas nichts immer nie darüber damit dazu davon daran gegen doch denn genau
passiert gefühlt geht gibt alles seit vom zum zur im beim ins fürs
`);

/** Words that cannot be the finite verb opening a yes/no question. */
const DE_FINITE_NOT = wordSet(`
der die das den dem des ein eine einen einem einer ich du er sie es wir ihr mein dein sein unser euer dies diese
dieser dass als und aber oder denn also dann jetzt hier da auch noch schon nicht in an auf bei mit für nach von
über um aus durch gegen seit ohne zu
`);

/** Subjects that follow a question word in an indirect question ("wie erfährst du, was er braucht"). */
const DE_SUBORDINATE_SUBJECTS = wordSet(
  'er sie es ich du wir ihr man der die das den dem des ein eine einen einem einer mein meine dein deine sein seine unser unsere euer eure jemand niemand alle',
);

function deOrthography(w: string): number {
  let score = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) {
      score += 1.2;
      break;
    }
  }
  if (w.endsWith('ung') || w.endsWith('keit') || w.endsWith('heit') || w.endsWith('lich') || w.endsWith('chen') || w.includes('tz') || w.startsWith('sch'))
    score += 0.4;
  if (w.endsWith('en')) score += 0.1;
  return score;
}

/** The German language pack. */
export const de: LanguagePack = {
  code: 'de',
  name: 'German',
  detection: {
    functionWords: DE_FUNCTION,
    verbs: DE_IMPERATIVE_VERBS,
    overrides: new Map([
      ['was', 0.5],
      ['wie', 0.5],
      ['die', 0.6],
      ['in', 0.1],
    ]),
    orthography: deOrthography,
    // German second person: "erwartest du", "du erwartest"
    context: (w, previous) => (w === 'du' && previous.endsWith('st') ? 1 : 0),
  },
  normalise: normaliseDe,
  start: DE_START,
  advice: DE_ADVICE,
  framing: {
    talk: [
      'nimm zeit',
      'lass zeit',
      'versuch erinnern',
      'versuche erinnern',
      'denk zurück',
      'stell vor',
      'stellen vor',
      'erzähl weiter',
      'mach weiter',
      '!lass mich',
      '!sag mehr',
      '!hilf verstehen',
    ],
    check: wordSet('stimmt richtig korrekt'),
    feelings: wordSet('wütend sauer traurig frustriert verletzt enttäuscht ängstlich besorgt verunsichert überfordert erschrocken gekränkt genervt'),
    know: wordSet('wissen'),
    noRemedy: [
      'beispiel',
      'neugierig',
      'frage mich',
      'beschreib',
      'beschreibe',
      'erzähl mal',
      'erzähl mir',
      'erzähl uns',
      'kenne das',
      'das kenne',
      'kenn das',
      'klingt hart',
      'das klingt',
      'klingt schwer',
    ],
  },
  question: {
    wh: DE_WH,
    why: wordSet('warum wieso weshalb'),
    lead: DE_LEAD,
    closedStart: (w, next) => !DE_FINITE_NOT.has(w) && !DE_WH.has(w) && next !== '' && w.length > 1,
    bareQuestion: () => false,
    request: wordSet('erzählen erklären beschreiben schildern sagen erläutern ausführen nennen'),
    you: wordSet('du sie'),
    modalRequest: wordSet('kannst könntest würdest willst magst'),
    joiners: wordSet('und oder'),
    secondQuestion: (next) => !DE_SUBORDINATE_SUBJECTS.has(next),
    closedConfidence: 0.7,
  },
  sphere: {
    verbFinal: true,
    i: wordSet('ich wir'),
    me: wordSet('mich mir'),
    reflexiveSelf: wordSet('mich mir'),
    it: wordSet('es das dies'),
    why: wordSet('warum wieso weshalb'),
    wh: DE_WH,
    aux: wordSet('ist sind bin war waren hat haben habe hatte kann kannst muss müssen soll sollte sollten will wollen darf wird werden würde tut'),
    det: wordSet(`
der die das den dem des ein eine einen einem einer mein meine meinen meinem meiner unser unsere unseren unserem
unserer sein seine ihr ihre dieser diese dieses alle jede jeder andere neue eigene dein deine
`),
    myPossessive: wordSet('mein meine meinen meinem meiner'),
    others: DE_OTHERS,
    otherSuffixes: DE_OTHER_SUFFIXES,
    selfNouns: DE_SELF_NOUNS,
    causatives: DE_CAUSATIVES,
    undo: wordSet('rückgängig zurücknehmen zurückdrehen'),
    wish: wordSet('dass'),
    saying: wordSet('klar deutlich bewusst verständlich begreiflich weis'),
    change: DE_CHANGE_VERBS,
    prevent: wordSet(''),
    preventFrom: wordSet(''),
    ensure: DE_ENSURE_VERBS,
    that: wordSet('dass damit'),
    purpose: wordSet('damit'),
    coping: DE_COPING,
    obligation: DE_OBLIGATION,
    lead: wordSet('und aber also meine frage ist wie'),
    stopNp: wordSet('mit zu über für an auf bei ohne wenn als von gegen durch'),
    whyChange: wordSet('ändert ändern verändert verändern'),
    receive: wordSet('bekomme kriege erhalte'),
    from: wordSet('von'),
    coordinators: wordSet('und aber'),
    gerundCoping: false,
    quoteOther: false,
    reactions: wordSet('getroffen trifft traf wütend ärgert nervös ängstlich unsicher traurig schuldig frustriert belastet stresst verletzt'),
    selfActs: wordSet(
      'bitten fragen erklären erzählen ansprechen besprechen melden sagen informieren einladen unterstützen anrufen einfordern mitteilen einbeziehen antworten',
    ),
  },
  sphereModel: DE_SPHERE_MODEL,
  messages: DE_MESSAGES,
  rejections: DE_REJECTIONS,
  suggestions: DE_SUGGESTIONS,
};
