/**
 * English advice detectors: mood (imperative), modality (second person + modal + action verb),
 * conditional framing, first-person "I would", negative-question suggestions and own experience
 * offered as a prescription. One detector per pattern, run in order on every sentence.
 */

import { benefitConditionalDetector } from '../../benefit.js';
import { cuePhraseDetector } from '../../cue-phrases.js';
import { type AdviceDetector, detector, type SentenceContext } from '../../detector.js';
import { hypotheticalDetector } from '../../hypothetical.js';
import { at, clauseStarts, findIn, isWord, MAX_SCAN, skip } from '../../match.js';
import { modelDetector } from '../../model.js';
import { obligationDetector } from '../../obligation.js';
import { outcomeDetector } from '../../outcome.js';
import { npProposalDetector } from '../../proposal.js';
import { remedyDetector } from '../../remedy.js';
import { rhetoricalDetector } from '../../rhetorical.js';
import type { Token } from '../../sentences.js';
import { tipLabelDetector } from '../../tip-label.js';
import { wordSet } from '../../words.js';
import { EN_DISGUISED } from './disguised.js';
import {
  EN_ADVERBS,
  EN_AUX,
  EN_BE_FEELINGS,
  EN_EMPATHY,
  EN_EVAL,
  EN_I_WOULD_NOT_ADVICE,
  EN_IMPERATIVE_VERBS,
  EN_LEAD,
  EN_NOUN_USE_NEXT,
  EN_PRACTICE_VERBS,
  EN_REQUEST_OBJECT_VERBS,
  EN_REQUEST_OBJECTS,
  EN_REQUEST_VERBS,
  EN_STATIVE,
  EN_SUBJECT_PRONOUNS,
  EN_SUBORDINATORS,
  EN_TRIED,
  EN_WEAK_MODALS,
  EN_WH,
} from './lexicon.js';
import { EN_MODEL } from './model.js';

const NOT_GERUND = wordSet(`
thing something anything everything nothing meeting morning evening training feeling feelings planning funding
building ceiling during bring string spring king ring sibling wedding timing
`);
const EXAMPLE_WORDS = wordSet('example examples idea sense picture overview description impression indication');
const ADVICE_NOUNS = wordSet('advice suggestion suggestions tip tips recommendation recommendations proposal');
const ADVISE_VERBS = wordSet('suggest recommend advise propose');
const ANSWER_NOUNS = wordSet('answer solution trick key fix');
const COUNT_WORDS = wordSet('one two three');
const BEST_NOUNS = wordSet('thing option approach solution way idea move bet');
/**
 * Reads "[not] you [not]" after an inverted auxiliary ("don't you", "could you not"): where the words
 * after it start and whether the question is negated, or null when "you" is not the subject.
 */
function readNotYouNot(t: readonly Token[], from: number): { next: number; neg: boolean } | null {
  let j = from;
  let neg = false;
  if (at(t, j) === 'not') {
    neg = true;
    j++;
  }
  if (at(t, j) !== 'you') return null;
  j++;
  if (at(t, j) === 'not') {
    neg = true;
    j++;
  }
  return { next: j, neg };
}

/** "when" / "while": a clause about a past moment. */
const WHEN_CLAUSE = wordSet('when');
const SOLVE_VERBS = wordSet('solved fixed resolved tackled handled introduced implemented');
/** Past-tense verbs with which a remedy is reported as having worked ("… solved this", "… helped a lot"). */
const REMEDY_VERBS = wordSet('solved fixed resolved helped worked');
const WE_OR_I = wordSet('we i');
/** Verbs of effect after "wouldn't / couldn't + a remedy …?" ("wouldn't a check-in solve this?"). */
const EFFECT_VERBS = wordSet('solve fix help resolve improve ease reduce prevent change simplify work settle sort take make save');
/** Pronouns after "wouldn't / couldn't" that make it a question about a person or a situation, not a remedy. */
const NOT_REMEDY = wordSet('it you i we he she they that this there');
const NEG_IMP_EXCLUDE = wordSet('worry mind forget');
const HAVE_PP_NOT_ADVICE = wordSet('liked loved wanted thought expected guessed imagined done felt reacted been said known');
const INVERTED_MODALS = wordSet('could can would will should might');
/** Adjectives judging what others did ("don't you think it's strange that …"). */
const EN_JUDGEMENT = wordSet('weird strange odd unfair funny curious surprising suspicious rude');
const DONT_YOU_VERBS = wordSet('think agree believe reckon see want');
const IT_SKIP = wordSet('be really perhaps maybe also much so just not about high even usually generally often always probably');
const POSITIVE_IS_EVAL = wordSet('better wiser smarter easier worth');
const OBJ_AFTER = wordSet('you me us him her them');
const ADVICE_ADVERBS = wordSet('just simply maybe perhaps try consider not also');
const WILLING = wordSet('willing open prepared ready');
const OPINION_LEAD = wordSet('like think guess believe reckon maybe perhaps honestly really');
const REPORTING = wordSet(`
said mentioned told wrote explained indicated thought felt feared worried hoped wondered knew realised realized
noticed decided claimed say mention tell
`);
const PAST_ACTION = wordSet(`
stopped started told asked went quit took made gave said found decided solved fixed wrote called changed moved
switched left refused insisted set booked put used tried learned learnt began
`);
const OPTION_NOUNS = wordSet('idea option solution approach alternative step');
const IDEA_ADJ = wordSet('good great better');
const PAST_PARTICIPLES = wordSet(`
been gone seen done heard known had told said got gotten taken given made thought felt found left lost met spoken
written forgotten never
`);

function gerund(w: string): boolean {
  return w.length >= 5 && w.endsWith('ing') && !NOT_GERUND.has(w);
}

/** True when a request verb or "us/me" follows: "would you be willing to share it with us". */
function mentionsRequest(t: readonly Token[], from: number): boolean {
  for (let i = from; i < t.length; i++) {
    const w = t[i]!.w;
    if (EN_REQUEST_VERBS.has(w) || w === 'share' || w === 'tell' || w === 'us') return true;
  }
  return false;
}

function isActionVerb(t: readonly Token[], i: number): boolean {
  const w = at(t, i);
  return w !== '' && w !== ',' && !EN_STATIVE.has(w) && !EN_AUX.has(w) && w !== 'not';
}

/** Mood: an imperative at a clause start ("Talk to HR.", "Don't reply.", "Never …", "Time to …"). */
const imperative = detector('en.imperative', (c: SentenceContext) => {
  const { t, n, isQ, first } = c;
  for (const cs of clauseStarts(t)) {
    const k = skip(t, cs, EN_LEAD);
    const v = at(t, k);
    const next = at(t, k + 1);
    if (v === 'do' && next === 'not') {
      const x = at(t, k + 2);
      if (isWord(t, k + 2) && !EN_SUBJECT_PRONOUNS.has(x) && !NEG_IMP_EXCLUDE.has(x) && !EN_AUX.has(x) && at(t, k + 3) !== 'me')
        c.add('imperative', k, k + 2, 0.85);
      continue;
    }
    if (v === 'never' && isWord(t, k + 1) && !EN_SUBJECT_PRONOUNS.has(next) && !EN_AUX.has(next) && !isQ && (EN_IMPERATIVE_VERBS.has(next) || k === first)) {
      c.add('imperative', k, k + 1, 0.8);
      continue;
    }
    if (v === 'time' && next === 'to' && k === first && isWord(t, k + 2) && !isQ) {
      c.add('isnt-it-time', k, k + 2, 0.75);
      continue;
    }
    if (!EN_IMPERATIVE_VERBS.has(v) || EN_REQUEST_VERBS.has(v)) continue;
    if (cs > 0 && isQ) continue;
    if (next === ',' || (next === '' && k !== first)) continue;
    if ((EN_SUBJECT_PRONOUNS.has(next) && next !== 'you') || EN_NOUN_USE_NEXT.has(next)) continue;
    if (next.length > 3 && next.endsWith('ed') && v !== 'get') continue;
    if (EN_REQUEST_OBJECT_VERBS.has(v)) {
      if (EN_REQUEST_OBJECTS.has(next)) continue;
      if (next === 'a' && (at(t, k + 2) === 'bit' || at(t, k + 2) === 'little')) continue;
      if (next === 'the' && at(t, k + 2) === 'group') continue;
      if ((next === 'an' || next === 'a' || next === 'some') && EXAMPLE_WORDS.has(at(t, k + 2))) continue;
    }
    c.add('imperative', k, Math.min(k + 1, n - 1), isQ ? 0.7 : 0.85);
  }
});

/** Conditional framing: "if I were you", "were I you", "in your shoes". */
const ifIWereYou = detector('en.if-i-were-you', ({ t, n, isQ, whStart, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    const w3 = at(t, i + 3);
    if (
      w === 'if' &&
      ((w1 === 'i' && (w2 === 'were' || w2 === 'was') && (w3 === 'you' || w3 === 'in')) ||
        ((w1 === 'it' || w1 === 'that') && (w2 === 'were' || w2 === 'was') && w3 === 'me'))
    ) {
      add('if-i-were-you', i, i + 3, 0.95);
    } else if ((w === 'were' && w1 === 'i' && w2 === 'you') || (w === 'in' && w1 === 'your' && (w2 === 'shoes' || w2 === 'place') && !(whStart && isQ))) {
      add('if-i-were-you', i, i + 2, 0.9);
    }
  }
});

/** First person: "I would …", "I'd …" (not "I would like to know …"). */
const firstPersonWould = detector('en.first-person-would', ({ t, n, add }) => {
  for (let i = 0; i < n; i++) {
    if (t[i]!.w !== 'i' || at(t, i + 1) !== 'would' || (i > 0 && EN_AUX.has(at(t, i - 1)))) continue;
    let j = skip(t, i + 2, EN_ADVERBS);
    let neg = false;
    if (at(t, j) === 'not') {
      neg = true;
      j = skip(t, j + 1, EN_ADVERBS);
    }
    const v = at(t, j);
    if (v === 'have') {
      const pp = at(t, j + 1);
      if (isWord(t, j + 1) && !HAVE_PP_NOT_ADVICE.has(pp)) add('first-person-would', i, j + 1, 0.8);
    } else if (v === 'be') {
      const adj = at(t, j + 1);
      if (isWord(t, j + 1) && !EN_BE_FEELINGS.has(adj) && adj !== 'able' && adj !== 'interested') add('first-person-would', i, j + 1, 0.75);
    } else if (isWord(t, j) && !EN_I_WOULD_NOT_ADVICE.has(v) && !EN_AUX.has(v) && !PAST_PARTICIPLES.has(v) && !v.endsWith('ed')) {
      add('first-person-would', i, j, neg ? 0.8 : 0.9);
    }
  }
});

/** Explicit advice: "my advice", "I suggest", "the best thing is", "a good option would be to", "better to …". */
const explicitAdvice = detector('en.explicit-advice', ({ t, n, isQ, first, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    if ((w === 'my' || w === 'our') && ADVICE_NOUNS.has(w1)) add('explicit-advice', i, i + 1, 0.95);
    else if (w === 'i' && ADVISE_VERBS.has(w1)) add('explicit-advice', i, i + 1, 0.9);
    else if ((w === 'the' || w === 'your' || w === 'my') && w1 === 'best' && BEST_NOUNS.has(at(t, i + 2)) && !isQ) add('explicit-advice', i, i + 2, 0.8);
    // "The answer is delegation.", "the trick is to …"
    else if (w === 'the' && ANSWER_NOUNS.has(w1) && at(t, i + 2) === 'is' && i === first && !isQ) add('explicit-advice', i, i + 2, 0.8);
    // "Two words: written agreement.", "One word — boundaries."
    else if (COUNT_WORDS.has(w) && (w1 === 'word' || w1 === 'words') && at(t, i + 2) === ',' && isWord(t, i + 3)) add('explicit-advice', i, i + 1, 0.8);
    else if (OPTION_NOUNS.has(w) && (w1 === 'would' || w1 === 'is' || w1 === 'might' || w1 === 'could') && !isQ) {
      const k = skip(t, i + 2, IT_SKIP);
      if (at(t, k) === 'to' && isWord(t, k + 1) && at(t, i - 1) !== 'your') add('explicit-advice', i, k + 1, 0.8);
    } else if ((w === 'better' || w === 'best') && w1 === 'to' && (i === first || at(t, i - 1) === ',') && isWord(t, i + 2)) {
      add('impersonal-suggestion', i, i + 2, 0.75);
    }
  }
});

/** The modal after "you" ("should", "ought to", "might want to", …): the index of the verb it governs and the confidence, or null. */
function modalAfterYou(c: SentenceContext, i: number, pseudoCleft: boolean): { hit: number; conf: number } | null {
  const { t, first } = c;
  const prev = at(t, i - 1);
  const j = skip(t, i + 1, EN_ADVERBS);
  const m = at(t, j);
  const m1 = at(t, j + 1);
  const m2 = at(t, j + 2);
  if (m === 'should' || m === 'must') {
    let k = skip(t, j + 1, EN_ADVERBS);
    if (at(t, k) === 'not') k = skip(t, k + 1, EN_ADVERBS);
    const v = at(t, k);
    if (m === 'must' && (v === 'be' || v === 'feel' || v === 'have' || v === 'know')) return null;
    return isWord(t, k) ? { hit: k, conf: v === 'have' ? 0.7 : 0.9 } : null;
  }
  if (m === 'ought' && m1 === 'to' && isWord(t, j + 2)) return { hit: j + 2, conf: 0.9 };
  if ((m === 'need' || m === 'have' || m === 'has') && m1 === 'to' && isWord(t, j + 2)) return { hit: j + 2, conf: 0.85 };
  if (m === 'have' && m1 === 'got' && m2 === 'to') return { hit: j + 2, conf: 0.9 };
  if (m === 'need' && (m1 === 'a' || m1 === 'an' || m1 === 'some' || m1 === 'more') && (i === first || prev === ',' || pseudoCleft || OPINION_LEAD.has(prev))) {
    return { hit: j + 1, conf: 0.7 };
  }
  if (m === 'better' || m === 'best') return { hit: j, conf: 0.9 };
  if (
    m === 'would' &&
    (m1 === 'better' ||
      m1 === 'best' ||
      (m1 === 'be' && (m2 === 'better' || m2 === 'wise' || m2 === 'smart' || m2 === 'well')) ||
      (m1 === 'do' && m2 === 'well'))
  ) {
    return { hit: j + 1, conf: 0.9 };
  }
  if (m === 'are' && ((m1 === 'better' && m2 === 'off') || (m1 === 'going' && m2 === 'to' && at(t, j + 3) === 'have'))) return { hit: j + 2, conf: 0.9 };
  if ((m === 'might' || m === 'may') && (m1 === 'want' || m1 === 'wish' || m1 === 'like') && m2 === 'to') return { hit: j + 2, conf: 0.85 };
  if (m === 'will' && m1 === 'need' && m2 === 'to') return { hit: j + 2, conf: 0.8 };
  if (EN_WEAK_MODALS.has(m)) {
    const k = skip(t, j + 1, EN_ADVERBS);
    return isActionVerb(t, k) && at(t, k) !== 'have' ? { hit: k, conf: 0.8 } : null;
  }
  if (pseudoCleft && (m === 'need' || m === 'want') && isWord(t, j + 1)) return { hit: j, conf: 0.75 };
  return null;
}

/** Modality: "you should / could / might want to / need to …" (not after a subordinator or in a question). */
const modalSuggestion = detector('en.modal-suggestion', (c) => {
  const { t, n, isQ, firstW, whStart } = c;
  const auxStart = EN_AUX.has(firstW);
  for (let i = 0; i < n; i++) {
    if (t[i]!.w !== 'you') continue;
    const prev = at(t, i - 1);
    if (EN_AUX.has(prev) || prev === 'not' || EN_SUBORDINATORS.has(prev) || REPORTING.has(prev) || (prev === 'that' && REPORTING.has(at(t, i - 2)))) continue;
    const pseudoCleft = (prev === 'what' || prev === 'all') && !isQ;
    if ((whStart || auxStart) && !pseudoCleft) continue;
    const m = modalAfterYou(c, i, pseudoCleft);
    if (m) c.add('modal-suggestion', i, m.hit, m.conf);
  }
});

/** "Have you tried / did you think of / have you looked into …" at a clause start. */
const haveYouTried = detector('en.have-you-tried', ({ t, n, first, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    if ((w !== 'have' && w !== 'did') || at(t, i + 1) !== 'you' || !(i === first || at(t, i - 1) === ',' || EN_LEAD.has(at(t, i - 1)))) continue;
    const j = skip(t, i + 2, EN_ADVERBS);
    const v = at(t, j);
    if (!EN_TRIED.has(v)) continue;
    let k = j + 1;
    const isThink = v === 'thought' || v === 'think';
    const isLook = v === 'looked' || v === 'look';
    if (isThink || isLook) {
      const p = at(t, k);
      if (isThink ? p === 'about' || p === 'of' : p === 'into' || p === 'at') k++;
      else continue;
    }
    const o = at(t, k);
    // "did you think of your mother when you said that?" asks about a past moment, not for a new idea
    const pastMoment = isThink && findIn(t, WHEN_CLAUSE, k, n) >= 0;
    if (isWord(t, k) && !EN_WH.has(o) && o !== 'whether' && o !== 'if' && !pastMoment) add('have-you-tried', i, k - 1, 0.9);
  }
});

/** "Why don't you (just) …?", "why not …?". */
const whyDontYou = detector('en.why-dont-you', ({ t, n, add }) => {
  for (let i = 0; i < n; i++) {
    if (t[i]!.w !== 'why') continue;
    const aux = at(t, i + 1);
    // "Why keep doing the minutes when …?": why + a bare verb questions a practice the listener could drop
    if (EN_IMPERATIVE_VERBS.has(aux) && !EN_AUX.has(aux) && !EN_STATIVE.has(aux) && isWord(t, i + 2) && !EN_SUBJECT_PRONOUNS.has(at(t, i + 2))) {
      add('why-dont-you', i, i + 1, 0.75);
      continue;
    }
    if (aux === 'not') {
      const k = skip(t, i + 2, EN_ADVERBS);
      // "why not get the rep in", "why not have a word": light verbs that propose after "why not"
      if (isActionVerb(t, k) || at(t, k) === 'get' || at(t, k) === 'have') add('why-dont-you', i, k, 0.85);
      continue;
    }
    if (!EN_AUX.has(aux)) continue;
    const you = readNotYouNot(t, i + 2);
    if (!you?.neg) continue;
    const j = you.next;
    const hasJust = at(t, j) === 'just' || at(t, j) === 'simply';
    const k = skip(t, j, EN_ADVERBS);
    if (!isActionVerb(t, k)) continue;
    if (aux === 'do' || aux === 'does') add('why-dont-you', i, k, 0.9);
    else if (hasJust) add('why-dont-you', i, k, 0.75);
  }
});

/** A remedy as the subject of a negative modal question: "wouldn't a weekly check-in solve this?". */
const remedyQuestion = detector('en.remedy-question', ({ t, n, isQ, first, add }) => {
  const w = at(t, first);
  if (!isQ || (w !== 'would' && w !== 'could') || at(t, first + 1) !== 'not') return;
  const w2 = at(t, first + 2);
  if (w2 === '' || NOT_REMEDY.has(w2)) return;
  const effect = findIn(t, EFFECT_VERBS, first + 3, Math.min(n, first + 10));
  if (effect >= 0) add('wouldnt-it-be-better', first, effect, 0.8);
});

/** "Wouldn't it be better", "isn't it time", "would it help to …". */
const wouldntItBeBetter = detector('en.wouldnt-it-be-better', ({ t, n, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    if (!(INVERTED_MODALS.has(w) || w === 'is') || !(w1 === 'it' || (w1 === 'not' && w2 === 'it'))) continue;
    const neg = w1 === 'not' || w2 === 'not';
    const k = skip(t, w1 === 'not' ? i + 3 : i + 2, IT_SKIP);
    const x = at(t, k);
    const x1 = at(t, k + 1);
    if (x === 'time' && (w === 'is' || neg)) {
      add('isnt-it-time', i, k, neg ? 0.9 : 0.75);
    } else if (x === 'possible' || x === '') {
      // "would it be possible …" is a question about a possibility (borderline), not a proposal
    } else if (neg && (EN_EVAL.has(x) || x === 'an' || x === 'help' || x === 'make')) {
      add('wouldnt-it-be-better', i, k, 0.9);
    } else if (!neg && w !== 'is' && w !== 'will' && (EN_EVAL.has(x) || (x === 'an' && x1 === 'idea') || x === 'help' || (x === 'make' && x1 === 'sense'))) {
      add('wouldnt-it-be-better', i, k, 0.75);
    } else if (!neg && w === 'is' && ((POSITIVE_IS_EVAL.has(x) && (x1 === 'to' || x1 === 'if' || gerund(x1))) || (x === 'an' && x1 === 'idea'))) {
      add('wouldnt-it-be-better', i, k, 0.7);
    }
  }
});

/** Impersonal suggestions with "it": "it helps to …", "it would be wise to …", "it is time you …". */
const impersonalIt = detector('en.impersonal-it', ({ t, n, isQ, whStart, add }) => {
  for (let i = 0; i < n; i++) {
    if (t[i]!.w !== 'it' || (i > 0 && (INVERTED_MODALS.has(at(t, i - 1)) || at(t, i - 1) === 'is' || at(t, i - 1) === 'not'))) continue;
    const m = at(t, i + 1);
    if ((m === 'helps' || m === 'pays' || m === 'works') && (at(t, i + 2) === 'to' || at(t, i + 2) === 'if') && !isQ) {
      add('impersonal-suggestion', i, i + 2, 0.75);
      continue;
    }
    if (m !== 'would' && m !== 'could' && m !== 'might' && m !== 'may' && m !== 'is' && m !== 'will' && m !== 'can') continue;
    const k = skip(t, i + 2, IT_SKIP);
    const x = at(t, k);
    let end = -1;
    if (x === 'time' && m === 'is' && (at(t, k + 1) === 'you' || at(t, k + 1) === 'to' || at(t, k + 1) === 'for')) {
      add('isnt-it-time', i, k, 0.8);
      continue;
    }
    if (x === 'a' || x === 'an') {
      const y = skip(t, k + 1, IDEA_ADJ);
      if (at(t, y) === 'idea') end = y;
    } else if (EN_EVAL.has(x) || x === 'help' || x === 'pay') {
      end = k;
    }
    if (end < 0 || whStart) continue;
    const after = at(t, end + 1);
    const after2 = at(t, end + 2);
    if ((after === 'to' && !OBJ_AFTER.has(after2)) || after === 'if' || after === 'off' || gerund(after))
      add('impersonal-suggestion', i, end, m === 'is' ? 0.75 : 0.8);
  }
});

/** "What if you just …?", "what about asking …?", "how about …?". */
const whatIfYouJust = detector('en.what-if-you-just', ({ t, n, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    if (w === 'what' && w1 === 'if' && w2 === 'you') {
      const k = skip(t, i + 3, EN_ADVERBS);
      if (isActionVerb(t, k)) add('what-if-you-just', i, k, 0.85);
    } else if ((w === 'what' || w === 'how') && w1 === 'about' && (gerund(w2) || (w2 === 'you' && isActionVerb(t, i + 3)))) {
      add('what-if-you-just', i, i + 2, 0.75);
    }
  }
});

/** Inverted negative questions: "could you not …", "can't you just …", "don't you think …". */
const couldYouNot = detector('en.could-you-not', ({ t, n, first, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    if (!(INVERTED_MODALS.has(w) || w === 'do' || w === 'does') || !(i === first || at(t, i - 1) === ',')) continue;
    // "would it …" and "wouldn't a check-in …" belong to other detectors
    if (at(t, i + 1) === 'it' || (at(t, i + 1) === 'not' && at(t, i + 2) === 'it')) continue;
    const you = readNotYouNot(t, i + 1);
    if (!you) continue;
    const { neg, next: j } = you;
    const marker = at(t, j);
    const k = skip(t, j, EN_ADVERBS);
    const v = at(t, k);
    const request = EN_REQUEST_VERBS.has(v) || (EN_REQUEST_OBJECT_VERBS.has(v) && EN_REQUEST_OBJECTS.has(at(t, k + 1)));
    if (w === 'do' || w === 'does') {
      // "don't you think it's weird they never called?" asks for a judgement of others, not for a remedy
      const judgement = findIn(t, EN_JUDGEMENT, k + 1, k + 5) >= 0;
      if (neg && !judgement && (DONT_YOU_VERBS.has(v) || (v === 'feel' && (at(t, k + 1) === 'that' || at(t, k + 1) === 'like'))))
        add('dont-you-think', i, k, 0.8);
      continue;
    }
    if (request) continue;
    const comparative = v === 'be' && (at(t, k + 1) === 'better' || at(t, k + 1) === 'more' || (at(t, k + 1).endsWith('ier') && at(t, k + 1).length > 4));
    if (neg && isWord(t, k) && (w === 'should' || !EN_STATIVE.has(v) || comparative)) add('could-you-not', i, k, 0.85);
    else if (!neg && w === 'should' && isActionVerb(t, k)) add('could-you-not', i, k, 0.7);
    else if (!neg && ADVICE_ADVERBS.has(marker) && isActionVerb(t, k)) add('could-you-not', i, k, 0.75);
    else if (!neg && w === 'would' && (v === 'consider' || (v === 'be' && WILLING.has(at(t, k + 1)))) && !mentionsRequest(t, k + 1))
      add('could-you-not', i, k, 0.75);
  }
});

/** "In my team we …" / "in my team a calendar solved this": the index of the practice verb and confidence, or null. */
function practiceInFrame(t: readonly Token[], n: number, i: number): { end: number; conf: number } | null {
  const remedy = findIn(t, REMEDY_VERBS, i + 2, n);
  if (remedy >= 0 && findIn(t, WE_OR_I, i + 2, remedy) < 0) return { end: remedy, conf: 0.8 };
  for (let k = i + 2; k < Math.min(n - 1, i + MAX_SCAN); k++) {
    const sub = t[k]!.w;
    if (sub !== 'we' && sub !== 'i') continue;
    const vEnd = Math.min(n, k + 4);
    for (let v = k + 1; v < vEnd; v++) {
      const vw = t[v]!.w;
      if (!EN_PRACTICE_VERBS.has(vw)) continue;
      if (SOLVE_VERBS.has(vw)) return { end: v, conf: 0.9 };
      return findIn(t, EN_EMPATHY, Math.max(0, i - MAX_SCAN / 2), n) >= 0 ? null : { end: v, conf: 0.8 };
    }
    return null;
  }
  return null;
}

/** Own experience as prescription: "in my team we solved this by …", "what worked for me", "when I …, I stopped …". */
const ownExperience = detector('en.own-experience', ({ t, n, isQ, first, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    if ((w === 'what' || w === 'that') && (w1 === 'worked' || w1 === 'helped') && (w2 === 'for' || w2 === 'me' || w2 === 'us')) {
      add('own-experience', i, i + 2, w === 'what' ? 0.85 : 0.7);
      continue;
    }
    if (isQ) continue;
    if ((w === 'in' || w === 'at' || w === 'on') && (w1 === 'my' || w1 === 'our')) {
      const p = practiceInFrame(t, n, i);
      if (p) add('own-experience', i, p.end, p.conf);
    } else if (w === 'when' && (w1 === 'i' || w1 === 'we') && i === first) {
      for (let k = i + 2; k < Math.min(n - 1, i + MAX_SCAN); k++) {
        if (t[k]!.w !== ',') continue;
        const sub = at(t, k + 1);
        const v = skip(t, k + 2, EN_ADVERBS);
        if ((sub === 'i' || sub === 'we') && PAST_ACTION.has(at(t, v))) add('own-experience', k + 1, v, 0.75);
        break;
      }
    } else if (w === 'we' && SOLVE_VERBS.has(w1) && (w2 === 'this' || w2 === 'that' || w2 === 'it')) {
      add('own-experience', i, i + 2, 0.85);
    }
  }
});

/** The English advice detectors, in order. */
export const EN_ADVICE: readonly AdviceDetector[] = [
  imperative,
  ifIWereYou,
  firstPersonWould,
  explicitAdvice,
  modalSuggestion,
  haveYouTried,
  whyDontYou,
  remedyQuestion,
  wouldntItBeBetter,
  impersonalIt,
  whatIfYouJust,
  couldYouNot,
  ownExperience,
  ...EN_DISGUISED,
  hypotheticalDetector('en.hypothetical', {
    if: wordSet('if'),
    you: wordSet('you'),
    markers: wordSet('just simply only'),
    nothing: wordSet('nothing'),
    how: wordSet('how'),
    would: wordSet('would'),
    to: wordSet('to'),
    lose: wordSet('lose'),
    helps: wordSet('helps'),
    it: wordSet('it'),
    be: wordSet('be feel'),
    opinion: wordSet('think'),
    about: wordSet('about of'),
    proposal: (w) => (w.length > 4 && w.endsWith('ing')) || w === 'a' || w === 'an',
  }),
  rhetoricalDetector('en.rhetorical-negative', {
    not: wordSet('not'),
    solution: wordSet('answer solution fix remedy'),
    rather: wordSet('rather'),
    youObject: wordSet('you yourself'),
    must: wordSet('must need needs should'),
    passive: wordSet('be'),
    persons: wordSet('i you we'),
    wh: EN_WH,
  }),
  remedyDetector('en.remedy-would-help', {
    articles: wordSet('a an some more regular fixed another'),
    modals: wordSet('would could might may will'),
    help: wordSet('help work benefit solve settle sort fix save ease make take do'),
    wh: EN_WH,
    hedges: wordSet('maybe perhaps possibly surely'),
  }),
  npProposalDetector('en.elliptical-proposal', {
    hedges: wordSet('maybe perhaps possibly'),
    or: wordSet('or'),
    and: wordSet('and'),
    articles: wordSet('a an some'),
    blockers: wordSet(
      'i you he she it we they is are was were do does did have has had can could would should will what how why when where who which not this that',
    ),
    infinitive: () => false,
  }),
  cuePhraseDetector(
    'en.cue-phrase',
    [
      ['why-dont-you', 'is it really your job'],
      ['why-dont-you', 'is that really your job'],
      ['why-dont-you', 'is it really your responsibility'],
      ['why-dont-you', 'should you even be'],
      ['imperative', 'whatever you do'],
      ['why-dont-you', 'what is stopping you', true],
      ['why-dont-you', 'what stops you', true],
      ['why-dont-you', 'what keeps you from', true],
      ['why-dont-you', 'what prevents you from', true],
      ['why-dont-you', 'what would stop you', true],
      ['why-dont-you', 'what is to stop you', true],
      ['explicit-advice', 'rule of thumb'],
      ['explicit-advice', 'word of advice'],
      ['explicit-advice', 'pro tip'],
      ['explicit-advice', 'golden rule'],
      ['explicit-advice', 'top tip'],
      ['explicit-advice', 'piece of advice'],
      ['own-experience', 'what helped me'],
      ['own-experience', 'what worked for me'],
      ['own-experience', 'what i always do'],
      ['own-experience', 'what i do is'],
      ['own-experience', 'what i would never do'],
      ['own-experience', 'what got me through'],
      ['own-experience', 'what saved me'],
      ['impersonal-suggestion', 'nothing beats'],
      ['impersonal-suggestion', 'can not beat'],
      ['impersonal-suggestion', 'never underestimate'],
      ['impersonal-suggestion', 'the wisest thing'],
      ['impersonal-suggestion', 'the smartest thing'],
      ['impersonal-suggestion', 'the sensible thing'],
      ['impersonal-suggestion', 'your best option'],
      ['impersonal-suggestion', 'this calls for'],
      ['impersonal-suggestion', 'that calls for'],
    ],
    wordSet('just simply only'),
  ),
  benefitConditionalDetector('en.benefit-consequent', {
    if: wordSet('if'),
    conditionVerbs: wordSet('had were'),
    me: wordSet('i'),
    benefit: wordSet('back gone disappear disappears vanish less fewer easier calmer save saves spare spared solved free freed lighter sorted breathe relief'),
  }),
  obligationDetector('en.others-obligation', {
    modals: wordSet('ought'),
    pairs: new Map([['should', wordSet('be have take pay do handle deal sort decide cover')]]),
    me: wordSet('i we'),
    not: wordSet('not'),
    wh: EN_WH,
  }),
  tipLabelDetector('en.tip-label', {
    nouns: wordSet('tip tips idea suggestion'),
    notAfter: wordSet('that but how what why when who where which whether'),
    not: wordSet('not no question'),
  }),
  outcomeDetector('en.experience-outcome', {
    me: wordSet('i we me us my our myself'),
    outcome: wordSet('helped wonders solved fixed sorted saved'),
    not: wordSet("not never didn't don't nothing no"),
  }),
  modelDetector('en.model', EN_MODEL),
];
