/**
 * German grammar of advice: Imperativ (du- and Sie-form), modal + du (subject-first and V2-inverted
 * after an adverb), "an deiner Stelle", "ich würde …", negative questions ("kannst du nicht einfach …",
 * "warum … nicht"), "hast du schon versucht …" and own experience offered as a prescription.
 */
import type { AdviceReason } from './advice-types.js';
import {
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
} from './lexicon-de.js';
import { addReason, at, clauseEnd, clauseStarts, findIn, indexOfWord, isWord, sentenceStart, skip } from './match.js';
import type { Sentence, Token } from './sentences.js';
import { wordSet } from './words.js';

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
const EMPATHY = wordSet('problem probleme schwierigkeiten kenne kennen gleiche dasselbe ähnlich');
const DARAN = wordSet('daran dran');
const ES_SKIP = wordSet('mir uns vielleicht wohl echt wirklich sehr eigentlich');
const ZU_WENN = wordSet('zu wenn dass');
const HELP_WORDS = wordSet('geholfen hilft half');
const BESSER_LIEBER = wordSet('besser lieber');
const ES_TIME_SKIP = wordSet('an der langsam');
const CONJ_LEAD = wordSet('und aber oder also ok okay na ja nein');
const REPORTING = wordSet('gesagt erzählt erwähnt meintest sagtest geschrieben sagst meinst erzähltest');
const DE_START = { lead: DE_LEAD, conj: CONJ_LEAD, reporting: REPORTING, wh: DE_WH };
const ADVISE_VERBS = wordSet('rate empfehle schlage');

function hasInClause(t: readonly Token[], set: ReadonlySet<string>, from: number): boolean {
  return findIn(t, set, from, clauseEnd(t, from)) >= 0;
}

/** Last word of the sentence when it looks like an action infinitive (German verb-final order). */
function endsWithActionInfinitive(t: readonly Token[]): boolean {
  let end = t.length - 1;
  while (end > 0 && t[end]!.w === ',') end--;
  const w = at(t, end);
  return w.length > 3 && w.endsWith('en') && !NOT_INFINITIVE.has(w) && !DE_STATIVE.has(w);
}

/** Finds advice patterns in one German sentence and appends them to `out`. */
export function adviceDe(s: Sentence, si: number, out: AdviceReason[]): void {
  const t = s.toks;
  const n = t.length;
  if (n === 0) return;
  const { isQ, first, firstW, qFirst, qFirstW, reported, whStart } = sentenceStart(s, DE_START);

  // --- Imperativ at a clause start ---
  for (const c of clauseStarts(t)) {
    const k = skip(t, c, DE_LEAD);
    const v = at(t, k);
    const next = at(t, k + 1);
    if (c > 0 && isQ) continue;
    if (k === first && c === 0 && next === 'sie' && v.length > 4 && v.endsWith('en') && !isQ && !FORMAL_AUX.has(v) && !DE_WH.has(v)) {
      addReason(out, t, si, 'imperative', k, k + 1, 0.7);
      continue;
    }
    // Verbs in -ieren form their imperative from the stem ("blockier(e) dir …", "priorisier(e) …"): recognised by
    // shape when an object or particle follows, so the lexicon need not list every one.
    const ierImperative = !isQ && c === 0 && v.length > 5 && (v.endsWith('ier') || v.endsWith('iere')) && IER_IMPERATIVE_NEXT.has(next);
    if (ierImperative) {
      addReason(out, t, si, 'imperative', k, Math.min(k + 1, n - 1), 0.8);
      continue;
    }
    if (!DE_IMPERATIVE_VERBS.has(v) || DE_REQUEST_VERBS.has(v)) continue;
    if (next === ',' || (next === '' && k !== first)) continue;
    if (DE_SUBJECT_PRONOUNS.has(next) || NOUN_USE_NEXT.has(next)) continue;
    if (DE_REQUEST_OBJECT_VERBS.has(v) && DE_REQUEST_OBJECTS.has(next)) continue;
    addReason(out, t, si, 'imperative', k, Math.min(k + 1, n - 1), isQ ? 0.7 : 0.85);
  }

  // --- questions opened by a finite verb ---
  if (DE_MODALS.has(qFirstW) && DE_YOU.has(at(t, qFirst + 1))) {
    const from = qFirst + 2;
    const request = findIn(t, REQUEST_INFINITIVES, from, n) >= 0;
    if (!request && findIn(t, DE_STATIVE, from, n) < 0) {
      if (hasInClause(t, NICHT, from)) addReason(out, t, si, 'could-you-not', qFirst, qFirst + 1, 0.85);
      else if (hasInClause(t, SUGGEST_MARKERS, from)) addReason(out, t, si, 'could-you-not', qFirst, qFirst + 1, 0.7);
    }
  }
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
      if (okTrigger && !DE_WH.has(ow) && ow !== 'ob') addReason(out, t, si, 'have-you-tried', first, k, 0.9);
    }
  }
  if (
    (firstW === 'dachtest' || firstW === 'denkst') &&
    DE_YOU.has(at(t, first + 1)) &&
    findIn(t, DARAN, first + 2, n) >= 0 &&
    !hasInClause(t, NICHT, first + 2)
  ) {
    addReason(out, t, si, 'have-you-tried', first, first + 1, 0.7);
  }
  if (THINK_VERBS.has(firstW) && DE_YOU.has(at(t, first + 1))) {
    const ni = indexOfWord(t, 'nicht', first + 2, n);
    if (ni >= 0 && ni <= first + 4) addReason(out, t, si, 'dont-you-think', first, ni, 0.8);
  }
  if (firstW === 'warum' || firstW === 'wieso' || firstW === 'weshalb') {
    const v = at(t, first + 1);
    if (v === 'nicht' && isWord(t, first + 2)) {
      addReason(out, t, si, 'why-dont-you', first, first + 1, 0.85);
    } else if (DE_YOU.has(at(t, first + 2)) && hasInClause(t, NICHT, first + 3)) {
      const markers = hasInClause(t, SUGGEST_MARKERS, first + 3);
      const stative = DE_STATIVE.has(v) || DE_MODALS.has(v);
      if (!stative) addReason(out, t, si, 'why-dont-you', first, first + 2, 0.9);
      else if (markers) addReason(out, t, si, 'why-dont-you', first, first + 2, 0.8);
    }
  }

  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    const w3 = at(t, i + 3);

    // --- "an deiner Stelle", "wenn ich du wäre" ---
    if (
      (w === 'an' && (w1 === 'deiner' || w1 === 'ihrer') && w2 === 'stelle') ||
      (w === 'wenn' && w1 === 'ich' && w2 === 'du') ||
      (w === 'wäre' && w1 === 'ich' && w2 === 'du')
    ) {
      addReason(out, t, si, 'if-i-were-you', i, i + 2, 0.95);
      continue;
    }

    // --- "ich würde …" / "… würde ich …" ---
    if (
      (w === 'ich' && (w1 === 'würde' || w1 === 'würd') && !(i > 0 && at(t, i - 1) === 'würde')) ||
      (w === 'würde' && w1 === 'ich' && i > qFirst && !DE_WH.has(qFirstW) && !DE_SUBORDINATORS.has(qFirstW) && !DE_MODALS.has(qFirstW))
    ) {
      if (!hasInClause(t, DE_ICH_WUERDE_NOT_ADVICE, i + 2) && isWord(t, i + 2)) addReason(out, t, si, 'first-person-would', i, i + 1, 0.85);
      continue;
    }

    // --- explicit advice ---
    if ((w === 'mein' || w === 'meine') && ADVICE_NOUNS.has(w1)) {
      addReason(out, t, si, 'explicit-advice', i, i + 1, 0.95);
      continue;
    }
    if (w === 'ich' && ADVISE_VERBS.has(w1) && !isQ) {
      addReason(out, t, si, 'explicit-advice', i, i + 1, 0.9);
      continue;
    }
    if (((w === 'am' && w1 === 'besten') || (w === 'das' && w1 === 'beste' && (w2 === 'ist' || w2 === 'wäre'))) && !whStart && !(isQ && first === i)) {
      addReason(out, t, si, 'explicit-advice', i, i + 1, 0.8);
      continue;
    }

    // --- "du solltest / musst / könntest …" and V2 "vielleicht solltest du …" ---
    if (DE_YOU.has(w)) {
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
        !DE_MODALS.has(qFirstW)
      ) {
        modal = prev;
        from = i + 1;
      }
      if (modal) {
        let conf = 0;
        if (modal === 'solltest' || modal === 'müsstest' || modal === 'sollst') conf = 0.9;
        else if (modal === 'musst') conf = at(t, n - 1) === 'sein' ? 0 : 0.9;
        else if (modal === 'darfst') conf = hasInClause(t, NICHT_KEIN, from) ? 0.7 : 0;
        else if (modal === 'brauchst') conf = hasInClause(t, NICHT_KEIN, from) || !isQ ? 0.7 : 0;
        else if (modal === 'könntest') conf = DE_STATIVE.has(at(t, n - 1)) ? 0 : 0.8;
        else if (modal === 'kannst') conf = hasInClause(t, KANNST_MARKERS, from) ? 0.75 : endsWithActionInfinitive(t) && !isQ ? 0.65 : 0;
        else if (modal === 'würdest') conf = hasInClause(t, BESSER_LIEBER, from) ? 0.75 : 0;
        if (conf > 0 && !(isQ && whStart)) addReason(out, t, si, 'modal-suggestion', from - 2, from - 1, conf);
      } else if (subjectFirst && w1 === 'brauchst' && !isQ) {
        addReason(out, t, si, 'modal-suggestion', i, i + 1, 0.7);
      }
      continue;
    }

    // --- "wäre es nicht besser", "ist es nicht Zeit", "es wäre sinnvoll, …" ---
    if (
      (w === 'wäre' || w === 'ist' || w === 'wird' || w === 'würde') &&
      w1 === 'es' &&
      (i === qFirst || at(t, i - 1) === ',' || w === 'wäre' || !DE_WH.has(qFirstW))
    ) {
      const neg = w2 === 'nicht';
      const k = skip(t, neg ? i + 3 : i + 2, ES_TIME_SKIP);
      const x = at(t, k);
      const x1 = at(t, k + 1);
      if (x === 'zeit') addReason(out, t, si, 'isnt-it-time', i, k, neg ? 0.9 : 0.7);
      else if (x === 'möglich') {
        // a question about a possibility, not a proposal
      } else if (neg && (DE_EVAL.has(x) || x === 'eine')) addReason(out, t, si, 'wouldnt-it-be-better', i, k, 0.9);
      else if (!neg && w === 'wäre' && (DE_EVAL.has(x) || (x === 'eine' && (x1 === 'idee' || DE_EVAL.has(x1)))))
        addReason(out, t, si, 'wouldnt-it-be-better', i, k, 0.75);
      continue;
    }
    if (w === 'wie' && w1 === 'wäre' && w2 === 'es') {
      addReason(out, t, si, 'what-if-you-just', i, i + 2, 0.85);
      continue;
    }
    if (w === 'was' && w1 === 'wäre' && (w2 === 'wenn' || (w2 === ',' && w3 === 'wenn'))) {
      const d = w2 === 'wenn' ? i + 3 : i + 4;
      if (at(t, d) === 'du') addReason(out, t, si, 'what-if-you-just', i, d, 0.85);
      continue;
    }
    if (w === 'was' && w1 === 'hältst' && w2 === 'du' && w3 === 'davon') {
      addReason(out, t, si, 'what-if-you-just', i, i + 3, 0.8);
      continue;
    }
    if (w === 'und' && w1 === 'wenn' && w2 === 'du' && i === 0 && hasInClause(t, SUGGEST_MARKERS, i + 3)) {
      addReason(out, t, si, 'what-if-you-just', i, i + 2, 0.8);
      continue;
    }
    if (
      w === 'es' &&
      (w1 === 'wäre' || w1 === 'ist' || w1 === 'würde' || w1 === 'könnte' || w1 === 'lohnt' || w1 === 'wird') &&
      !(i > 0 && (at(t, i - 1) === 'wäre' || at(t, i - 1) === 'ist'))
    ) {
      const k = skip(t, i + 2, ES_SKIP);
      const x = at(t, k);
      const x1 = at(t, k + 1);
      if (w1 === 'lohnt' && x === 'sich') addReason(out, t, si, 'impersonal-suggestion', i, k, 0.75);
      else if ((w1 === 'ist' || w1 === 'wird') && x === 'zeit') addReason(out, t, si, 'isnt-it-time', i, k, 0.8);
      else if (
        (DE_EVAL.has(x) && x !== 'zeit') ||
        (x === 'eine' && (x1 === 'idee' || DE_EVAL.has(x1))) ||
        ((w1 === 'würde' || w1 === 'könnte') && x === 'helfen')
      ) {
        if (findIn(t, ZU_WENN, k, n) >= 0 || x === 'helfen' || at(t, DE_EVAL.has(x) ? k + 1 : k + 2) === ',')
          addReason(out, t, si, 'impersonal-suggestion', i, k, 0.8);
      }
      continue;
    }

    // --- own experience: "bei uns haben wir das … gelöst", "was mir geholfen hat" ---
    if (FRAME_PREP.has(w) && FRAME_OWNER.has(w1) && !isQ) {
      const sub = findIn(t, WE_I, i + 2, n);
      const prac = findIn(t, DE_PRACTICE_VERBS, i + 2, n);
      const remedy = findIn(t, SOLVE, i + 2, n);
      if (sub < 0 && remedy >= 0) {
        // "Bei uns hat ein fester Jour fixe das Problem gelöst": the remedy itself is the subject
        addReason(out, t, si, 'own-experience', i, remedy, 0.8);
      } else if (sub >= 0 && prac >= 0) {
        const solve = findIn(t, SOLVE, 0, n) >= 0;
        if (solve || findIn(t, EMPATHY, 0, n) < 0) addReason(out, t, si, 'own-experience', i, Math.max(sub, prac), solve ? 0.9 : 0.8);
      }
      continue;
    }
    if ((w === 'was' || w === 'mir') && (w1 === 'mir' || w1 === 'hat') && findIn(t, HELP_WORDS, i + 1, Math.min(n, i + 6)) >= 0 && !isQ) {
      addReason(out, t, si, 'own-experience', i, i + 1, 0.8);
      continue;
    }
    if (w === 'wir' && !isQ && findIn(t, SOLVE, i + 1, n) >= 0) {
      addReason(out, t, si, 'own-experience', i, findIn(t, SOLVE, i + 1, n), 0.85);
    }
  }
}
