/**
 * Dutch advice detectors: gebiedende wijs, modal + je/jij/u (subject-first and V2-inverted after an
 * adverb), "als ik jou was", "ik zou …", negative questions ("kun je niet gewoon …", "waarom … niet"),
 * "heb je al geprobeerd …" and own experience offered as a prescription ("bij ons doen we …").
 */

import { benefitConditionalDetector } from '../../benefit.js';
import { cuePhraseDetector } from '../../cue-phrases.js';
import { type AdviceDetector, detector } from '../../detector.js';
import { hypotheticalDetector } from '../../hypothetical.js';
import { at, clauseEnd, clauseStarts, findIn, hasInClause, indexOfWord, isWord, skip } from '../../match.js';
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
  NL_EMPATHY,
  NL_EVAL,
  NL_IK_ZOU_NOT_ADVICE,
  NL_IMPERATIVE_VERBS,
  NL_LEAD,
  NL_MODALS,
  NL_PRACTICE_VERBS,
  NL_REQUEST_OBJECT_VERBS,
  NL_REQUEST_OBJECTS,
  NL_REQUEST_VERBS,
  NL_STATIVE,
  NL_STRONG_MODALS,
  NL_SUBJECT_PRONOUNS,
  NL_SUBORDINATORS,
  NL_TRIED,
  NL_WEAK_MODALS,
  NL_WH,
  NL_YOU,
  NL_ZOU_MARKERS,
} from './lexicon.js';
import { NL_MODEL } from './model.js';

const NOUN_USE_NEXT = wordSet('is was zijn waren heeft had wordt werd kan moet zou van');
const KUN_MARKERS = wordSet('beter best ook eens gewoon misschien altijd gerust proberen natuurlijk');
const MAG_MARKERS = wordSet('best gerust ook niet');
const SUGGEST_MARKERS = wordSet('gewoon eens even simpelweg maar');
const REQUEST_INFINITIVES = wordSet('uitleggen vertellen beschrijven toelichten schetsen verduidelijken zeggen omschrijven aangeven noemen');
const NOT_INFINITIVE = wordSet('een geen tegen even open boven binnen buiten samen ergens verder daarmee heen zien zijn hebben weten');
const ADVICE_NOUNS = wordSet('advies tip tips suggestie voorstel raad');
const THINK_VERBS = wordSet('denk denkt vind vindt geloof');
/** "toen": a clause about a past moment. */
const TOEN = wordSet('toen terwijl');
const FRAME_PREP = wordSet('bij in op');
const FRAME_OWNER = wordSet('ons mij mijn onze');
const WE_I = wordSet('we wij ik');
const SOLVE = wordSet('opgelost aangepakt geregeld ingevoerd losten pakten regelden voerden');
const PLACE_WORDS = wordSet('plaats schoenen positie');
const NIET = wordSet('niet geen');
const ZOU_Q_MARKERS = wordSet('beter misschien eens');
const AAN = wordSet('aan eraan');
const NIET_GEEN = wordSet('niet geen');
const HET_SKIP = wordSet('me mij misschien wel echt heel zeker');
const OM_ALS_DAT = wordSet('om als dat');
const CONJ_LEAD = wordSet('en maar of dus ok oké nou ja nee');
const REPORTING = wordSet('zei zegt vertelde vertelt noemde noemt gezegd verteld schreef');
/** Where a Dutch sentence starts. */
/** Past-tense modals: "waarom wilde je … niet …?" asks about a past decision. */
const NL_PAST_MODALS = wordSet('wilde wou wilden kon konden mocht moest');
/** Words in -en that are no infinitive (adverbs, prepositions). */
const NOT_VERB_EN = wordSet('alleen samen even boven beneden buiten binnen open tegen zonder misschien eigen toen dan wanneer meestal steeds');
export const NL_START = {
  lead: NL_LEAD,
  conj: CONJ_LEAD,
  but: wordSet('maar dus'),
  after: wordSet('als wanneer zodra voordat nadat'),
  reporting: REPORTING,
  wh: NL_WH,
  cueLabels: wordSet('tip tips advies vuistregel suggestie'),
};
const STATIVE_INFINITIVES = wordSet('slapen zijn weten voelen denken vinden begrijpen snappen zien eten ontspannen');
const TIME_SKIP = wordSet('eens misschien dan zo langzamerhand hoog echt wel');

const FRAME: FrameWords = { weI: WE_I, solve: SOLVE, practice: NL_PRACTICE_VERBS, empathy: NL_EMPATHY };

/** Last word of the clause starting at `from` when it looks like an action infinitive. */
function endsWithActionInfinitive(t: readonly Token[], from: number): boolean {
  const end = clauseEnd(t, from) - 1;
  if (end < from) return false;
  const w = at(t, end);
  return w.length > 3 && w.endsWith('en') && !NOT_INFINITIVE.has(w) && !NL_STATIVE.has(w);
}

/** Gebiedende wijs at a clause start ("Kaart het aan.", "Meld je ziek."). */
const imperative = detector('nl.imperative', ({ s, t, n, isQ, first, add }) => {
  for (const c of clauseStarts(t)) {
    const k = skip(t, c, NL_LEAD);
    const v = at(t, k);
    const next = at(t, k + 1);
    if (!NL_IMPERATIVE_VERBS.has(v) || NL_REQUEST_VERBS.has(v)) continue;
    if (c > 0 && isQ) continue;
    if (next === ',' || (next === '' && k !== first)) continue;
    if (NOUN_USE_NEXT.has(next)) continue;
    if (NL_SUBJECT_PRONOUNS.has(next)) {
      // "Meld je ziek." (reflexive imperative) vs. "Meld je het?" (question): only a statement counts
      if (next === 'je' && c === 0 && (s.term === '.' || s.term === '!') && !hasInClause(t, NL_YOU, k + 2)) add('imperative', k, k + 1, 0.7);
      continue;
    }
    if (v === 'stel' && (next === 'dat' || next === 'nou' || next === 'je')) continue;
    if (NL_REQUEST_OBJECT_VERBS.has(v) && NL_REQUEST_OBJECTS.has(next)) continue;
    if (v === 'zeg' && next === 'eens' && (at(t, k + 2) === ',' || NL_WH.has(at(t, k + 2)))) continue;
    if (v === 'leg' && indexOfWord(t, 'uit', k + 1, clauseEnd(t, k)) >= 0) continue;
    if (v === 'geef' && indexOfWord(t, 'voorbeeld', k + 1, clauseEnd(t, k)) >= 0) continue;
    add('imperative', k, Math.min(k + 1, n - 1), isQ ? 0.7 : 0.85);
  }
});

/** Questions opened by a modal and "je": "kun je niet gewoon …?", "zou je misschien …?". */
const couldYouNot = detector('nl.could-you-not', ({ t, qFirst, qFirstW, add }) => {
  if (!NL_MODALS.has(qFirstW) || !NL_YOU.has(at(t, qFirst + 1))) return;
  const from = qFirst + 2;
  if (hasInClause(t, REQUEST_INFINITIVES, from) || hasInClause(t, STATIVE_INFINITIVES, from)) return;
  // "Kun je je voorstellen dat ze het niet slecht bedoelde?": a negation inside a subordinate clause negates that clause
  const sub = findIn(t, NL_SUBORDINATORS, from, clauseEnd(t, from));
  if (findIn(t, NIET, from, sub >= 0 ? sub : clauseEnd(t, from)) >= 0) add('could-you-not', qFirst, qFirst + 2, 0.85);
  else if (hasInClause(t, SUGGEST_MARKERS, from) || (qFirstW === 'zou' && hasInClause(t, ZOU_Q_MARKERS, from))) add('could-you-not', qFirst, qFirst + 1, 0.75);
});

/** "Heb je al geprobeerd / overwogen / eraan gedacht om …", "dacht je eraan om …". */
const haveYouTried = detector('nl.have-you-tried', ({ t, n, first, firstW, add }) => {
  if ((firstW === 'heb' || firstW === 'hebt' || firstW === 'had') && NL_YOU.has(at(t, first + 1))) {
    const end = clauseEnd(t, first);
    const k = findIn(t, NL_TRIED, first + 2, n);
    if (k >= 0) {
      let o = k + 1;
      if (at(t, o) === ',' || at(t, o) === 'over' || at(t, o) === 'aan') o++;
      const ow = at(t, o);
      // "heb je aan je moeder gedacht toen je dat zei?" asks about a past moment, not for a new idea
      const pastMoment = at(t, k) === 'gedacht' && findIn(t, TOEN, k, n) >= 0;
      if (!NL_WH.has(ow) && ow !== 'of' && !pastMoment) add('have-you-tried', first, k, k < end ? 0.9 : 0.85);
    }
  }
  if ((firstW === 'dacht' || firstW === 'denk') && NL_YOU.has(at(t, first + 1))) {
    const a = findIn(t, AAN, first + 2, n);
    if (a >= 0 && indexOfWord(t, 'om', a, n) >= 0) add('have-you-tried', first, a, 0.75);
  }
});

const dontYouThink = dontYouThinkDetector('nl.dont-you-think', THINK_VERBS, NL_YOU, 'niet', 'dat');

const whyDontYou = whyNotDetector('nl.why-dont-you', {
  why: wordSet('waarom hoezo'),
  not: 'niet',
  you: NL_YOU,
  negations: NIET,
  markers: SUGGEST_MARKERS,
  stative: (v) => NL_STATIVE.has(v) || v === 'wil' || v === 'kun' || v === 'kan' || NL_PAST_MODALS.has(v),
});

/** "Als ik jou was", "was ik jou", "in jouw schoenen". */
const ifIWereYou = detector('nl.if-i-were-you', ({ t, n, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    const w3 = at(t, i + 3);
    if (w === 'als' && w1 === 'ik' && (w2 === 'jou' || w2 === 'jij' || w2 === 'u' || (w2 === 'in' && (w3 === 'jouw' || w3 === 'je'))))
      add('if-i-were-you', i, i + 2, 0.95);
    else if ((w === 'was' && w1 === 'ik' && w2 === 'jou') || (w === 'in' && (w1 === 'jouw' || w1 === 'uw') && PLACE_WORDS.has(w2)))
      add('if-i-were-you', i, i + 2, 0.9);
  }
});

/** "Ik zou …" / "… zou ik …" (not "ik zou graag willen weten …"). */
const firstPersonWould = detector('nl.first-person-would', ({ t, n, qFirst, qFirstW, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    if (
      !(
        (w === 'ik' && w1 === 'zou' && !(i > 0 && NL_MODALS.has(at(t, i - 1)))) ||
        (w === 'zou' && w1 === 'ik' && i > qFirst && !NL_WH.has(qFirstW) && !NL_SUBORDINATORS.has(qFirstW) && !NL_MODALS.has(qFirstW))
      )
    )
      continue;
    if (!hasInClause(t, NL_IK_ZOU_NOT_ADVICE, i + 2) && isWord(t, i + 2) && !(at(t, i + 2) === 'zeggen' && at(t, i + 3) === 'dat'))
      add('first-person-would', i, i + 1, 0.85);
  }
});

/** Explicit advice: "mijn advies", "ik raad je aan", "het beste is …". */
const explicitAdvice = detector('nl.explicit-advice', ({ t, n, isQ, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    if (w === 'mijn' && ADVICE_NOUNS.has(w1)) add('explicit-advice', i, i + 1, 0.95);
    else if (w === 'ik' && (w1 === 'raad' || w1 === 'adviseer' || (w1 === 'stel' && indexOfWord(t, 'voor', i + 2, i + 6) >= 0)))
      add('explicit-advice', i, i + 1, 0.9);
    else if (w === 'het' && w1 === 'beste' && (w2 === 'is' || w2 === 'kun' || w2 === 'kan' || w2 === 'kunt') && !isQ) add('explicit-advice', i, i + 2, 0.8);
  }
});

/** Modality: "je moet / je zou … moeten / je kunt beter …" and V2 "misschien moet je …". */
const modalSuggestion = detector('nl.modal-suggestion', ({ t, n, isQ, first, qFirst, qFirstW, reported, whStart, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    if (!NL_YOU.has(w)) continue;
    const w1 = at(t, i + 1);
    const prev = at(t, i - 1);
    let modal = '';
    let from = i + 2;
    const subjectFirst = i === first || prev === ',' || (prev === 'dat' && THINK_VERBS.has(at(t, i - 2))) || (prev === 'wat' && !isQ && i - 1 === first);
    if (reported) {
      // "je zei dat je zou stoppen": reported speech, not a suggestion
    } else if (subjectFirst && (NL_STRONG_MODALS.has(w1) || NL_WEAK_MODALS.has(w1))) {
      modal = w1;
    } else if (NL_MODALS.has(prev) && i - 1 > qFirst && !NL_WH.has(qFirstW) && !NL_SUBORDINATORS.has(qFirstW) && !NL_MODALS.has(qFirstW)) {
      modal = prev;
      from = i + 1;
    }
    if (modal) {
      let conf = 0;
      if (modal === 'moet' || modal === 'moeten') conf = 0.9;
      else if (modal === 'hoeft') conf = hasInClause(t, NIET_GEEN, from) ? 0.75 : 0;
      else if (modal === 'zou') conf = hasInClause(t, NL_ZOU_MARKERS, from) ? 0.85 : 0;
      else if (modal === 'mag') conf = hasInClause(t, MAG_MARKERS, from) ? 0.7 : 0;
      else if (NL_WEAK_MODALS.has(modal)) {
        if (hasInClause(t, KUN_MARKERS, from)) conf = 0.8;
        else if (endsWithActionInfinitive(t, from) && !isQ) conf = 0.7;
      }
      if (conf > 0 && !(isQ && whStart)) add('modal-suggestion', from - 2, from - 1, conf);
    } else if (subjectFirst && (w1 === 'hebt' || w1 === 'heb') && !isQ && indexOfWord(t, 'nodig', i + 2, clauseEnd(t, i)) >= 0) {
      add('modal-suggestion', i, i + 1, 0.7);
    } else if (w1 === 'bent' && at(t, i + 2) === 'beter' && at(t, i + 3) === 'af') {
      add('modal-suggestion', i, i + 3, 0.85);
    }
  }
});

/** "Zou het niet beter zijn", "is het niet tijd", "het is verstandig om", "het wordt tijd". */
const wouldntItBeBetter = detector('nl.wouldnt-it-be-better', ({ t, n, qFirst, qFirstW, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    if (
      (w === 'zou' || w === 'is' || w === 'wordt' || w === 'was') &&
      w1 === 'het' &&
      (i === qFirst || at(t, i - 1) === ',' || w === 'zou' || !NL_WH.has(qFirstW))
    ) {
      const neg = at(t, i + 2) === 'niet' || at(t, i + 2) === 'geen';
      const k = skip(t, neg ? i + 3 : i + 2, TIME_SKIP);
      const x = at(t, k);
      const x1 = at(t, k + 1);
      if (x === 'tijd' || (x === 'de' && x1 === 'hoogste')) add('isnt-it-time', i, k, neg ? 0.9 : 0.7);
      else if (neg && (NL_EVAL.has(x) || x === 'een' || x === 'idee')) add('wouldnt-it-be-better', i, k, 0.9);
      else if (!neg && w === 'zou' && (NL_EVAL.has(x) || (x === 'een' && NL_EVAL.has(x1)))) add('wouldnt-it-be-better', i, k, 0.75);
      else if (!neg && w === 'is' && (x === 'een' || x === 'geen') && x1 === 'idee') add('wouldnt-it-be-better', i, k + 1, 0.8);
    } else if (w === 'het' && (w1 === 'is' || w1 === 'zou' || w1 === 'lijkt' || w1 === 'wordt') && !NL_MODALS.has(at(t, i - 1)) && at(t, i - 1) !== 'is') {
      const k = skip(t, i + 2, HET_SKIP);
      const x = at(t, k);
      const x1 = at(t, k + 1);
      if (w1 === 'wordt' && x === 'tijd') {
        add('isnt-it-time', i, k, 0.8);
      } else if ((NL_EVAL.has(x) && x !== 'tijd') || (x === 'een' && (x1 === 'idee' || NL_EVAL.has(x1))) || (x === 'aan' && x1 === 'te')) {
        if (findIn(t, OM_ALS_DAT, k, clauseEnd(t, k)) >= 0 || w1 === 'lijkt') add('impersonal-suggestion', i, k, 0.8);
      }
    }
  }
});

/** "Wat als je (gewoon) …", "wat dacht je van …", "als je nou eens …". */
const whatIfYouJust = detector('nl.what-if-you-just', ({ t, n, first, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    if (w === 'wat' && w1 === 'als' && NL_YOU.has(w2)) add('what-if-you-just', i, i + 2, hasInClause(t, SUGGEST_MARKERS, i + 3) ? 0.9 : 0.8);
    else if (w === 'wat' && w1 === 'dacht' && NL_YOU.has(w2) && at(t, i + 3) === 'van') add('what-if-you-just', i, i + 3, 0.85);
    else if (w === 'als' && NL_YOU.has(w1) && (w2 === 'nou' || w2 === 'gewoon') && i === first) add('what-if-you-just', i, i + 2, 0.75);
  }
});

/** Own experience: "bij ons doen we …", "wat mij hielp …", "mij hielp het om …", "we hebben het opgelost met …". */
const ownExperience = detector('nl.own-experience', ({ t, n, isQ, first, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    if (w === 'wat' && (w1 === 'mij' || w1 === 'me' || w1 === 'ons') && (w2 === 'hielp' || w2 === 'helpt' || w2 === 'heeft' || w2 === 'werkte')) {
      add('own-experience', i, i + 2, 0.85);
      continue;
    }
    if (isQ) continue;
    if (FRAME_PREP.has(w) && FRAME_OWNER.has(w1)) {
      const p = practiceAfterFrame(t, n, i, FRAME);
      if (p) add('own-experience', i, p.end, p.confidence);
    } else if ((w === 'mij' || w === 'ons') && i === first && (w1 === 'hielp' || w1 === 'helpt' || w1 === 'heeft') && indexOfWord(t, 'om', i + 2, n) >= 0) {
      // "mij hielp het (destijds) om …": what helped me, offered as a practice
      add('own-experience', i, i + 1, 0.8);
    } else if ((w === 'we' || w === 'wij') && findIn(t, SOLVE, i + 1, n) >= 0) {
      add('own-experience', i, findIn(t, SOLVE, i + 1, n), 0.85);
    }
  }
});

/** The Dutch advice detectors, in order. */
export const NL_ADVICE: readonly AdviceDetector[] = [
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
  hypotheticalDetector('nl.hypothetical', {
    if: wordSet('als wanneer'),
    you: NL_YOU,
    markers: wordSet('gewoon simpelweg eens even'),
    nothing: wordSet('niets niks'),
    how: wordSet('hoe'),
    would: wordSet('zou zouden vond'),
    to: wordSet('te'),
    lose: wordSet('verliezen'),
    helps: wordSet('helpt werkt'),
    it: wordSet('het'),
    be: wordSet('zijn vinden'),
    opinion: wordSet('vind vindt denk'),
    about: wordSet('ervan van'),
    proposal: (w) => w === 'om' || w === 'een',
  }),
  rhetoricalDetector('nl.rhetorical-negative', {
    not: wordSet('niet geen'),
    solution: wordSet('oplossing antwoord uitweg'),
    rather: wordSet('eerder liever'),
    youObject: wordSet('jou je jezelf u'),
    must: wordSet('moeten moet'),
    passive: wordSet('worden'),
    persons: wordSet('ik je jij u we wij'),
    wh: NL_WH,
  }),
  remedyDetector('nl.remedy-would-help', {
    articles: wordSet("een wat meer vaste extra zo'n"),
    modals: wordSet('zou zouden kan kunnen zal zullen'),
    help: wordSet('helpen werken schelen geven maken doen ontlasten verlichten'),
    wh: wordSet('wat hoe waarom wanneer waar wie welke welk'),
    hedges: wordSet('misschien wellicht mogelijk'),
  }),
  infinitiveDirectiveDetector('nl.bare-infinitive', {
    blockers: wordSet(
      'ik je jij u hij zij ze we wij het de een dat dit die deze mijn jouw haar ons onze hun uw is zijn was waren ben bent heb hebt heeft had kan kun kunt wil moet zou niet geen',
    ),
    to: 'te',
    actionInfinitive: (t, end) => {
      const w = at(t, end);
      return w.length > 3 && w.endsWith('en') && !NOT_INFINITIVE.has(w) && !NL_STATIVE.has(w) && !NOT_VERB_EN.has(w);
    },
  }),
  npProposalDetector('nl.elliptical-proposal', {
    hedges: wordSet('misschien wellicht eventueel even'),
    or: wordSet('of'),
    and: wordSet('en'),
    articles: wordSet('een'),
    blockers: wordSet(
      'ik je jij u hij zij ze het we wij is zijn was waren ben bent heb hebt heeft had kan kun kunt wil moet zou wat hoe waarom wanneer waar wie welke welk niet dat dit',
    ),
    infinitive: (w) => w.length > 4 && w.endsWith('en'),
  }),
  cuePhraseDetector(
    'nl.cue-phrase',
    [
      ['why-dont-you', 'is het echt jouw taak'],
      ['why-dont-you', 'is dat echt jouw taak'],
      ['why-dont-you', 'is het wel jouw taak'],
      ['why-dont-you', 'is dat wel jouw taak'],
      ['why-dont-you', 'is het echt jouw job'],
      ['imperative', 'wat je ook doet'],
      ['why-dont-you', 'wat houdt je tegen', true],
      ['why-dont-you', 'wat let je', true],
      ['why-dont-you', 'wat weerhoudt je', true],
      ['why-dont-you', 'wat belet je', true],
      ['explicit-advice', 'vuistregel'],
      ['explicit-advice', 'tip van'],
      ['explicit-advice', 'gouden regel'],
      ['explicit-advice', 'mijn tip'],
      ['explicit-advice', 'mijn advies'],
      ['explicit-advice', 'goede raad'],
      ['own-experience', 'wat mij hielp'],
      ['own-experience', 'wat mij helpt'],
      ['own-experience', 'wat mij heeft geholpen'],
      ['own-experience', 'wat ik altijd doe'],
      ['own-experience', 'wat ik zelf doe'],
      ['own-experience', 'wat ik nooit zou doen'],
      ['own-experience', 'wat bij mij werkte'],
      ['own-experience', 'wat bij ons werkte'],
      ['own-experience', 'wat bij ons werkt'],
      ['impersonal-suggestion', 'gaat niks boven'],
      ['impersonal-suggestion', 'gaat niets boven'],
      ['impersonal-suggestion', 'onderschat nooit'],
      ['impersonal-suggestion', 'het verstandigste is'],
      ['impersonal-suggestion', 'het slimste is'],
      ['impersonal-suggestion', 'je beste optie'],
      ['impersonal-suggestion', 'de beste optie'],
      ['impersonal-suggestion', 'het halve werk'],
    ],
    wordSet('gewoon simpelweg even eens'),
  ),
  benefitConditionalDetector('nl.benefit-consequent', {
    if: wordSet('als wanneer indien'),
    conditionVerbs: wordSet(''),
    me: wordSet('ik'),
    benefit: wordSet('af kwijt terug rust scheelt schelen lucht ademruimte opgelost weg minder makkelijker rustiger voorbij verlost'),
  }),
  obligationDetector('nl.others-obligation', {
    modals: wordSet(''),
    pairs: new Map([
      ['zou', wordSet('moeten')],
      ['zouden', wordSet('moeten')],
      ['hoort', wordSet('te')],
      ['horen', wordSet('te')],
    ]),
    me: wordSet('ik we wij'),
    not: wordSet('niet geen'),
    wh: NL_WH,
  }),
  tipLabelDetector('nl.tip-label', {
    nouns: wordSet("tip tips idee idee'tje suggestie voorstel"),
    notAfter: wordSet('dat maar hoe wat waarom wanneer wie waar welke of'),
    not: wordSet('geen niet vraag vraagje'),
  }),
  outcomeDetector('nl.experience-outcome', {
    me: wordSet('ik wij we mij me ons onze mijn'),
    outcome: wordSet('hielp hielpen geholpen wonderen opgelost sindsdien gered'),
    not: wordSet('niet nooit geen niets niks'),
  }),
  modelDetector('nl.model', NL_MODEL),
];
