/**
 * German advice detectors: Imperativ (du- and Sie-form), modal + du (subject-first and V2-inverted
 * after an adverb), "an deiner Stelle", "ich würde …", negative questions ("kannst du nicht einfach …",
 * "warum … nicht"), "hast du schon versucht …" and own experience offered as a prescription.
 */

import { benefitConditionalDetector } from '../../benefit.js';
import { cuePhraseDetector } from '../../cue-phrases.js';
import { type AdviceDetector, detector } from '../../detector.js';
import { hypotheticalDetector } from '../../hypothetical.js';
import { at, clauseStarts, findIn, hasInClause, indexOfWord, isWord, skip } from '../../match.js';
import { modelDetector } from '../../model.js';
import { obligationDetector } from '../../obligation.js';
import { outcomeDetector } from '../../outcome.js';
import { npProposalDetector } from '../../proposal.js';
import { remedyDetector } from '../../remedy.js';
import { rhetoricalDetector } from '../../rhetorical.js';
import type { Token } from '../../sentences.js';
import { tipLabelDetector } from '../../tip-label.js';
import { dontYouThinkDetector, type FrameWords, infinitiveDirectiveDetector, practiceAfterFrame, whyNotDetector } from '../../v2-detectors.js';
import { wordSet } from '../../words.js';
import {
  DE_EMPATHY,
  DE_EVAL,
  DE_ICH_WUERDE_NOT_ADVICE,
  DE_IMPERATIVE_VERBS,
  DE_LEAD,
  DE_MODALS,
  DE_PRACTICE_VERBS,
  DE_REQUEST_OBJECT_VERBS,
  DE_REQUEST_OBJECTS,
  DE_REQUEST_VERBS,
  DE_STATIVE,
  DE_STRONG_MODALS,
  DE_SUBJECT_PRONOUNS,
  DE_SUBORDINATORS,
  DE_TRIED,
  DE_WEAK_MODALS,
  DE_WH,
  DE_YOU,
} from './lexicon.js';
import { DE_MODEL } from './model.js';

const DE_INDEFINITE = wordSet('einem einer einen');
const NOUN_USE_NEXT = wordSet('ist war sind waren hat hatte wird wurde kann muss sollte des');
const NICHT = wordSet('nicht kein keine keinen keinem keiner');
const NICHT_KEIN = wordSet('nicht kein keine keinen nur');
const KANNST_MARKERS = wordSet('ja auch doch mal einfach ruhig gerne besser immer lieber');
const SUGGEST_MARKERS = wordSet('einfach mal doch vielleicht gleich lieber');
const REQUEST_INFINITIVES = wordSet('erzählen erklären beschreiben schildern sagen erläutern ausführen nennen zeigen');
const NOT_INFINITIVE = wordSet('den einen meinen deinen seinen ihren unseren wenn denn gegen oben unten sein haben wissen');
const FORMAL_AUX = wordSet('haben sein können müssen sollen wollen dürfen werden wissen sind waren hatten gehen');
const ADVICE_NOUNS = wordSet('rat tipp vorschlag ratschlag empfehlung');
const THINK_VERBS = wordSet('denkst glaubst findest meinst');
/** Words after a stem imperative of an -ieren verb: a pronoun object, a particle or a determiner. */
const IER_IMPERATIVE_NEXT = wordSet('dir dich es das den die dem ein eine einen einem jeden jede jedes doch mal einfach erst zuerst alles deine deinen deinem');
/** "an" in "hast du an … gedacht". */
const AN = wordSet('an');
/** "als": a clause about a past moment. */
const ALS = wordSet('als');
const FRAME_PREP = wordSet('bei in an auf');
const FRAME_OWNER = wordSet('uns mir meinem meiner unserem unserer meinen unseren');
const WE_I = wordSet('wir ich');
const SOLVE = wordSet('gelöst geregelt eingeführt lösten regelten');
const DARAN = wordSet('daran dran');
const ES_SKIP = wordSet('mir uns vielleicht wohl echt wirklich sehr eigentlich');
const ZU_WENN = wordSet('zu wenn dass');
const HELP_WORDS = wordSet('geholfen hilft half');
const BESSER_LIEBER = wordSet('besser lieber');
const ES_TIME_SKIP = wordSet('an der langsam');
const CONJ_LEAD = wordSet('und aber oder also ok okay na ja nein');
const REPORTING = wordSet('gesagt erzählt erwähnt meintest sagtest geschrieben sagst meinst erzähltest');
/** Where a German sentence starts. */
/** Words that turn an alternative question ("…, oder könntest du …?") back into a suggestion. */
const ALTERNATIVE_STEER = wordSet('nicht einfach doch lieber eher');
/** Past-tense modals: "warum wolltest du … nicht …?" asks about a past decision. */
const DE_PAST_MODALS = wordSet('wolltest wollte wolltet konntest konnte durftest durfte musstest musste');
export const DE_START = {
  lead: DE_LEAD,
  conj: CONJ_LEAD,
  but: wordSet('aber also'),
  after: wordSet('wenn sobald falls als bevor nachdem'),
  reporting: REPORTING,
  wh: DE_WH,
  cueLabels: wordSet('tipp tipps rat faustregel stichwort vorschlag hinweis'),
};
const ADVISE_VERBS = wordSet('rate empfehle schlage');

const FRAME: FrameWords = { weI: WE_I, solve: SOLVE, practice: DE_PRACTICE_VERBS, empathy: DE_EMPATHY };

/** Last word of the sentence when it looks like an action infinitive (German verb-final order). */
function endsWithActionInfinitive(t: readonly Token[]): boolean {
  let end = t.length - 1;
  while (end > 0 && t[end]!.w === ',') end--;
  const w = at(t, end);
  return w.length > 3 && w.endsWith('en') && !NOT_INFINITIVE.has(w) && !DE_STATIVE.has(w);
}

/** Imperativ at a clause start (du- and Sie-form, stem imperatives of -ieren verbs). */
const imperative = detector('de.imperative', ({ t, n, isQ, first, add }) => {
  for (const c of clauseStarts(t)) {
    const k = skip(t, c, DE_LEAD);
    const v = at(t, k);
    const next = at(t, k + 1);
    if (c > 0 && isQ) continue;
    if (k === first && c === 0 && next === 'sie' && v.length > 4 && v.endsWith('en') && !isQ && !FORMAL_AUX.has(v) && !DE_WH.has(v)) {
      add('imperative', k, k + 1, 0.7);
      continue;
    }
    // Verbs in -ieren form their imperative from the stem ("blockier(e) dir …", "priorisier(e) …"): recognised by
    // shape when an object or particle follows, so the lexicon need not list every one.
    if (!isQ && c === 0 && v.length > 5 && (v.endsWith('ier') || v.endsWith('iere')) && IER_IMPERATIVE_NEXT.has(next)) {
      add('imperative', k, Math.min(k + 1, n - 1), 0.8);
      continue;
    }
    if (!DE_IMPERATIVE_VERBS.has(v) || DE_REQUEST_VERBS.has(v)) continue;
    if (next === ',' || (next === '' && k !== first)) continue;
    if (DE_SUBJECT_PRONOUNS.has(next) || NOUN_USE_NEXT.has(next)) continue;
    if (DE_REQUEST_OBJECT_VERBS.has(v) && DE_REQUEST_OBJECTS.has(next)) continue;
    add('imperative', k, Math.min(k + 1, n - 1), isQ ? 0.7 : 0.85);
  }
});

/** Questions opened by a modal and "du": "kannst du nicht einfach …?". */
const couldYouNot = detector('de.could-you-not', ({ t, n, qFirst, qFirstW, add }) => {
  if (!DE_MODALS.has(qFirstW) || !DE_YOU.has(at(t, qFirst + 1))) return;
  const from = qFirst + 2;
  if (findIn(t, REQUEST_INFINITIVES, from, n) >= 0 || findIn(t, DE_STATIVE, from, n) >= 0) return;
  if (hasInClause(t, NICHT, from)) add('could-you-not', qFirst, qFirst + 1, 0.85);
  else if (hasInClause(t, SUGGEST_MARKERS, from)) add('could-you-not', qFirst, qFirst + 1, 0.7);
});

/** "Hast du schon versucht / daran gedacht / an … gedacht", "denkst du daran, …". */
const haveYouTried = detector('de.have-you-tried', ({ t, n, first, firstW, add }) => {
  if ((firstW === 'hast' || firstW === 'hattest') && DE_YOU.has(at(t, first + 1))) {
    const k = findIn(t, DE_TRIED, first + 2, n);
    if (k >= 0) {
      const w = at(t, k);
      const needsDaran = w === 'gedacht';
      // "daran gedacht, …" or "an ein Coaching gedacht"
      // ("… gedacht, als du das gesagt hast?" asks about a past moment, not for a new idea)
      const anThing = findIn(t, AN, first + 2, k) >= 0 && findIn(t, ALS, k + 1, n) < 0;
      const okTrigger = (!needsDaran || findIn(t, DARAN, first + 2, k) >= 0 || anThing) && (w !== 'gezogen' || indexOfWord(t, 'erwägung', first, k) >= 0);
      let o = k + 1;
      if (at(t, o) === ',') o++;
      const ow = at(t, o);
      if (okTrigger && !DE_WH.has(ow) && ow !== 'ob') add('have-you-tried', first, k, 0.9);
    }
  }
  if (
    (firstW === 'dachtest' || firstW === 'denkst') &&
    DE_YOU.has(at(t, first + 1)) &&
    findIn(t, DARAN, first + 2, n) >= 0 &&
    !hasInClause(t, NICHT, first + 2)
  ) {
    add('have-you-tried', first, first + 1, 0.7);
  }
});

const dontYouThink = dontYouThinkDetector('de.dont-you-think', THINK_VERBS, DE_YOU, 'nicht');

const whyDontYou = whyNotDetector('de.why-dont-you', {
  why: wordSet('warum wieso weshalb'),
  not: 'nicht',
  you: DE_YOU,
  negations: NICHT,
  markers: SUGGEST_MARKERS,
  stative: (v) => DE_STATIVE.has(v) || DE_MODALS.has(v) || DE_PAST_MODALS.has(v),
});

/** "An deiner Stelle", "wenn ich du wäre", "wäre ich du". */
const ifIWereYou = detector('de.if-i-were-you', ({ t, n, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    if (
      (w === 'an' && (w1 === 'deiner' || w1 === 'ihrer') && w2 === 'stelle') ||
      (w === 'wenn' && w1 === 'ich' && w2 === 'du') ||
      (w === 'wäre' && w1 === 'ich' && w2 === 'du')
    ) {
      add('if-i-were-you', i, i + 2, 0.95);
    }
  }
});

/** "Ich würde …" / "… würde ich …" (not "ich würde gerne wissen …"). */
const firstPersonWould = detector('de.first-person-would', ({ t, n, qFirst, qFirstW, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const match =
      (w === 'ich' && (w1 === 'würde' || w1 === 'würd') && !(i > 0 && at(t, i - 1) === 'würde')) ||
      (w === 'würde' && w1 === 'ich' && i > qFirst && !DE_WH.has(qFirstW) && !DE_SUBORDINATORS.has(qFirstW) && !DE_MODALS.has(qFirstW));
    if (match && !hasInClause(t, DE_ICH_WUERDE_NOT_ADVICE, i + 2) && isWord(t, i + 2)) add('first-person-would', i, i + 1, 0.85);
  }
});

/** Explicit advice: "mein Rat", "ich empfehle", "am besten …", "das Beste ist …". */
const explicitAdvice = detector('de.explicit-advice', ({ t, n, isQ, first, whStart, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    if ((w === 'mein' || w === 'meine') && ADVICE_NOUNS.has(w1)) add('explicit-advice', i, i + 1, 0.95);
    else if (w === 'ich' && ADVISE_VERBS.has(w1) && !isQ) add('explicit-advice', i, i + 1, 0.9);
    else if (((w === 'am' && w1 === 'besten') || (w === 'das' && w1 === 'beste' && (w2 === 'ist' || w2 === 'wäre'))) && !whStart && !(isQ && first === i)) {
      add('explicit-advice', i, i + 1, 0.8);
    }
  }
});

/** Confidence of a German modal suggestion by its modal, 0 when it is none. */
function modalConfidence(t: readonly Token[], n: number, modal: string, from: number, isQ: boolean): number {
  if (modal === 'solltest' || modal === 'müsstest' || modal === 'sollst') return 0.9;
  if (modal === 'musst') return at(t, n - 1) === 'sein' ? 0 : 0.9;
  if (modal === 'darfst') return hasInClause(t, NICHT_KEIN, from) ? 0.7 : 0;
  if (modal === 'brauchst') return hasInClause(t, NICHT_KEIN, from) || !isQ ? 0.7 : 0;
  if (modal === 'könntest') return DE_STATIVE.has(at(t, n - 1)) ? 0 : 0.8;
  if (modal === 'kannst') return hasInClause(t, KANNST_MARKERS, from) ? 0.75 : endsWithActionInfinitive(t) && !isQ ? 0.65 : 0;
  if (modal === 'würdest') return hasInClause(t, BESSER_LIEBER, from) ? 0.75 : 0;
  return 0;
}

/** Modality: "du solltest / musst / könntest …" and V2 "vielleicht solltest du …". */
const modalSuggestion = detector('de.modal-suggestion', ({ t, n, isQ, first, qFirst, qFirstW, reported, whStart, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    if (!DE_YOU.has(w)) continue;
    const w1 = at(t, i + 1);
    const prev = at(t, i - 1);
    let modal = '';
    let from = i + 2;
    const subjectFirst = i === first || prev === ',' || (prev === 'dass' && THINK_VERBS.has(at(t, i - 3)));
    if (reported) {
      // "du hast gesagt, du könntest kündigen": reported speech, not a suggestion
    } else if (subjectFirst && (DE_STRONG_MODALS.has(w1) || DE_WEAK_MODALS.has(w1))) {
      modal = w1;
    } else if (
      (DE_STRONG_MODALS.has(prev) || DE_WEAK_MODALS.has(prev)) &&
      i - 1 > qFirst &&
      !DE_WH.has(qFirstW) &&
      !DE_SUBORDINATORS.has(qFirstW) &&
      !DE_MODALS.has(qFirstW) &&
      // "In welchem Team würdest du lieber arbeiten?", "Mit wem könntest du …?": a question word before the verb asks
      !(isQ && findIn(t, DE_WH, qFirst, i - 1) >= 0)
    ) {
      modal = prev;
      from = i + 1;
    }
    // "Ist die Runde Pflicht, oder könntest du sie auslassen?" asks which of two options holds
    const alternative = isQ && modal === prev && at(t, i - 2) === 'oder' && !hasInClause(t, ALTERNATIVE_STEER, i + 1);
    if (modal && !alternative) {
      const conf = modalConfidence(t, n, modal, from, isQ);
      if (conf > 0 && !(isQ && whStart)) add('modal-suggestion', from - 2, from - 1, conf);
    } else if (subjectFirst && w1 === 'brauchst' && !isQ) {
      add('modal-suggestion', i, i + 1, 0.7);
    }
  }
});

/** "Wäre es nicht besser", "ist es nicht Zeit", "es wäre sinnvoll, …", "es lohnt sich". */
const wouldntItBeBetter = detector('de.wouldnt-it-be-better', ({ t, n, qFirst, qFirstW, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    if (
      (w === 'wäre' || w === 'ist' || w === 'wird' || w === 'würde') &&
      w1 === 'es' &&
      (i === qFirst || at(t, i - 1) === ',' || w === 'wäre' || !DE_WH.has(qFirstW))
    ) {
      const neg = at(t, i + 2) === 'nicht';
      const k = skip(t, neg ? i + 3 : i + 2, ES_TIME_SKIP);
      const x = at(t, k);
      const x1 = at(t, k + 1);
      if (x === 'zeit') add('isnt-it-time', i, k, neg ? 0.9 : 0.7);
      else if (x === 'möglich') {
        // a question about a possibility, not a proposal
      } else if (neg && (DE_EVAL.has(x) || x === 'eine')) add('wouldnt-it-be-better', i, k, 0.9);
      else if (!neg && w === 'wäre' && (DE_EVAL.has(x) || (x === 'eine' && (x1 === 'idee' || DE_EVAL.has(x1))))) add('wouldnt-it-be-better', i, k, 0.75);
    } else if (
      w === 'es' &&
      (w1 === 'wäre' || w1 === 'ist' || w1 === 'würde' || w1 === 'könnte' || w1 === 'lohnt' || w1 === 'wird') &&
      !(i > 0 && (at(t, i - 1) === 'wäre' || at(t, i - 1) === 'ist'))
    ) {
      const k = skip(t, i + 2, ES_SKIP);
      const x = at(t, k);
      const x1 = at(t, k + 1);
      if (w1 === 'lohnt' && x === 'sich') add('impersonal-suggestion', i, k, 0.75);
      else if ((w1 === 'ist' || w1 === 'wird') && x === 'zeit') add('isnt-it-time', i, k, 0.8);
      else if (
        (DE_EVAL.has(x) && x !== 'zeit') ||
        (x === 'eine' && (x1 === 'idee' || DE_EVAL.has(x1))) ||
        ((w1 === 'würde' || w1 === 'könnte') && x === 'helfen')
      ) {
        if (findIn(t, ZU_WENN, k, n) >= 0 || x === 'helfen' || at(t, DE_EVAL.has(x) ? k + 1 : k + 2) === ',') add('impersonal-suggestion', i, k, 0.8);
      }
    }
  }
});

/** The listener as object: "für dich", "wäre es dir lieber". */
const DE_LISTENER = wordSet('dich dir euch sie ihnen');

/** "Wie wäre es mit …", "was wäre, wenn du …", "was hältst du davon", "und wenn du einfach …". */
const whatIfYouJust = detector('de.what-if-you-just', ({ t, n, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    const w3 = at(t, i + 3);
    if (w === 'wie' && (w1 === 'wäre' || w1 === 'wär') && w2 === 'es') {
      // "Wie wäre es für dich, wenn …?", "Wie wäre es dir lieber?" ask how the listener would feel
      if (!(w3 === 'für' && DE_LISTENER.has(at(t, i + 4))) && !DE_LISTENER.has(w3)) add('what-if-you-just', i, i + 2, 0.85);
    } else if (w === 'was' && w1 === 'wäre' && (w2 === 'wenn' || (w2 === ',' && w3 === 'wenn'))) {
      const d = w2 === 'wenn' ? i + 3 : i + 4;
      if (at(t, d) === 'du') add('what-if-you-just', i, d, 0.85);
    } else if (w === 'was' && w1 === 'hältst' && w2 === 'du' && w3 === 'davon') add('what-if-you-just', i, i + 3, 0.8);
    else if (w === 'und' && w1 === 'wenn' && w2 === 'du' && i === 0 && hasInClause(t, SUGGEST_MARKERS, i + 3)) add('what-if-you-just', i, i + 2, 0.8);
  }
});

/** Own experience: "bei uns haben wir das … gelöst", "was mir geholfen hat", "wir haben das gelöst". */
const ownExperience = detector('de.own-experience', ({ t, n, isQ, add }) => {
  if (isQ) return;
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    if (FRAME_PREP.has(w) && FRAME_OWNER.has(w1)) {
      const p = practiceAfterFrame(t, n, i, FRAME);
      if (p) add('own-experience', i, p.end, p.confidence);
    } else if ((w === 'was' || w === 'mir') && (w1 === 'mir' || w1 === 'hat') && findIn(t, HELP_WORDS, i + 1, Math.min(n, i + 6)) >= 0) {
      add('own-experience', i, i + 1, 0.8);
    } else if (w === 'wir' && findIn(t, SOLVE, i + 1, n) >= 0) {
      add('own-experience', i, findIn(t, SOLVE, i + 1, n), 0.85);
    }
  }
});

/** The German advice detectors, in order. */
export const DE_ADVICE: readonly AdviceDetector[] = [
  imperative,
  couldYouNot,
  haveYouTried,
  dontYouThink,
  whyDontYou,
  ifIWereYou,
  firstPersonWould,
  explicitAdvice,
  modalSuggestion,
  wouldntItBeBetter,
  whatIfYouJust,
  ownExperience,
  hypotheticalDetector('de.hypothetical', {
    if: wordSet('wenn falls'),
    you: DE_YOU,
    markers: wordSet('einfach mal halt eben'),
    nothing: wordSet('nichts'),
    how: wordSet('wie'),
    would: wordSet('würde würdest fändest wäre'),
    to: wordSet('zu'),
    lose: wordSet('verlieren'),
    helps: wordSet('hilft'),
    it: wordSet('es'),
    be: wordSet('sein finden'),
    opinion: wordSet('hältst haltet'),
    about: wordSet('davon von'),
    proposal: (w) => w === ',' || DE_INDEFINITE.has(w),
  }),
  rhetoricalDetector('de.rhetorical-negative', {
    not: wordSet('nicht kein keine'),
    solution: wordSet('lösung antwort ausweg'),
    rather: wordSet('eher lieber'),
    youObject: wordSet('dich dir'),
    must: wordSet('müssen muss sollten sollte'),
    passive: wordSet('werden'),
    persons: wordSet('ich du wir'),
    wh: DE_WH,
  }),
  remedyDetector('de.remedy-would-help', {
    articles: wordSet('ein eine einen einem einer mehr feste fester festes regelmäßige etwas'),
    modals: wordSet('würde würden könnte könnten dürfte wird'),
    help: wordSet('helfen wirken nützen ersparen erleichtern entlasten guttun tun bringen machen'),
    wh: wordSet('was wie warum wann wo wer welche welcher welches wieso weshalb'),
    hedges: wordSet('vielleicht eventuell möglicherweise'),
  }),
  infinitiveDirectiveDetector('de.bare-infinitive', {
    blockers: wordSet(
      'ich du er sie es wir ihr man der die das den dem ein eine einen mein meine dein deine sein seine unser unsere euer eure fürs beim zum zur vom ins im am ist sind war bin bist hab habe hast hat kann kannst will muss soll würde nicht kein keine',
    ),
    to: 'zu',
    actionInfinitive: (t, end) => {
      const w = at(t, end);
      return w.length > 3 && w.endsWith('en') && !NOT_INFINITIVE.has(w) && !DE_STATIVE.has(w);
    },
  }),
  npProposalDetector('de.elliptical-proposal', {
    hedges: wordSet('vielleicht eventuell evtl vllt mal'),
    or: wordSet('oder'),
    and: wordSet('und'),
    articles: wordSet('ein eine einen einem einer n'),
    blockers: wordSet(
      'ich du er sie es wir ihr man ist sind war bist bin hast hat habe kannst kann willst soll was wie warum wann wo wer welche welcher nicht das',
    ),
    infinitive: (w) => w.length > 4 && w.endsWith('en'),
  }),
  cuePhraseDetector(
    'de.cue-phrase',
    [
      ['why-dont-you', 'ist es wirklich dein job'],
      ['why-dont-you', 'ist das wirklich dein job'],
      ['why-dont-you', 'ist es wirklich deine aufgabe'],
      ['why-dont-you', 'ist das wirklich deine aufgabe'],
      ['why-dont-you', 'ist das überhaupt deine aufgabe'],
      ['imperative', 'was auch immer du tust'],
      ['why-dont-you', 'was hält dich ab', true],
      ['why-dont-you', 'was hält euch ab', true],
      ['why-dont-you', 'was hält sie ab', true],
      ['why-dont-you', 'was spricht dagegen', true],
      ['why-dont-you', 'was spräche dagegen', true],
      ['why-dont-you', 'was hindert dich', true],
      ['explicit-advice', 'stichwort'],
      ['explicit-advice', 'faustregel'],
      ['explicit-advice', 'tipp von'],
      ['explicit-advice', 'goldene regel'],
      ['explicit-advice', 'mein tipp'],
      ['explicit-advice', 'mein rat'],
      ['explicit-advice', 'kleiner tipp'],
      ['own-experience', 'was mir geholfen'],
      ['own-experience', 'was mir hilft'],
      ['own-experience', 'was mir half'],
      ['own-experience', 'was mich gebracht'],
      ['own-experience', 'was ich immer mache'],
      ['own-experience', 'was ich selbst mache'],
      ['own-experience', 'was ich nie machen würde'],
      ['own-experience', 'was ich auf keinen fall'],
      ['own-experience', 'was bei mir funktioniert'],
      ['own-experience', 'was bei uns funktioniert'],
      ['own-experience', 'erfahrungsgemäß'],
      ['impersonal-suggestion', 'geht nichts über'],
      ['impersonal-suggestion', 'unterschätz nie'],
      ['impersonal-suggestion', 'unterschätze nie'],
      ['impersonal-suggestion', 'das vernünftigste'],
      ['impersonal-suggestion', 'der vernünftigste'],
      ['impersonal-suggestion', 'deine beste option'],
      ['impersonal-suggestion', 'die beste option'],
      ['impersonal-suggestion', 'das schreit nach'],
      ['impersonal-suggestion', 'die halbe miete'],
    ],
    wordSet('einfach mal eben halt'),
  ),
  benefitConditionalDetector('de.benefit-consequent', {
    if: wordSet('wenn falls sobald'),
    conditionVerbs: wordSet('würdest würden würde hättest hättet wärst'),
    me: wordSet('ich'),
    benefit: wordSet('weg los wieder ruhe luft erspart ersparst ersparen gelöst kaum weniger leichter entspannter vorbei erledigt zurück'),
  }),
  obligationDetector('de.others-obligation', {
    modals: wordSet('müsste müssten sollte sollten'),
    pairs: new Map(),
    me: wordSet('ich wir'),
    not: wordSet('nicht kein keine'),
    wh: DE_WH,
  }),
  tipLabelDetector('de.tip-label', {
    nouns: wordSet('tipp tipps idee vorschlag rat hinweis'),
    notAfter: wordSet('dass aber wie was warum wann wer wo welche ob'),
    not: wordSet('kein keine nicht frage'),
  }),
  outcomeDetector('de.experience-outcome', {
    me: wordSet('ich wir mir mich uns unser unsere unserer unserem mein meine meiner meinem'),
    outcome: wordSet('geholfen half halfen wunder gelöst seitdem seither gerettet'),
    not: wordSet('nicht nie kein keine keinen nichts'),
  }),
  modelDetector('de.model', DE_MODEL),
];
