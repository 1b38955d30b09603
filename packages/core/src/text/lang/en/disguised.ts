/**
 * English advice in disguise: rhetorical and negative questions that carry a remedy ("what's stopping
 * you from simply …?", "isn't the obvious move to …?", "shouldn't the head be the one …?"), a noun
 * phrase offered as a question ("A shared rota, maybe?"), passive and impersonal directives ("this
 * should really be put in writing", "worth flagging to …"), conditionals whose consequent is a benefit
 * ("if you moved the meeting, half the stress would go"), tips ("the trick is to …") and remedies
 * reported as having worked ("a whiteboard by the door did the trick").
 */
import { type AdviceDetector, detector } from '../../detector.js';
import { at, findIn, isWord, skip } from '../../match.js';
import { wordSet } from '../../words.js';
import { EN_ADVERBS, EN_AUX, EN_IMPERATIVE_VERBS, EN_LEAD, EN_SUBJECT_PRONOUNS, EN_WH } from './lexicon.js';

/** Word lists used inside the detectors below (hoisted: built once). */
const GO_TRY = wordSet('go try');
const NP_LEAD = wordSet('and or so maybe perhaps just');
const WILL_WANT_BLOCK = wordSet('only best would should');

const STOP_VERBS = wordSet('stopping keeping preventing stops keeps prevents holding');
const WRONG = wordSet('wrong');
const JUST = wordSet('just simply');
const SUPERLATIVES = wordSet('best simplest easiest obvious quickest smartest wisest safest fairest cleanest kindest only');
const TIP_NOUNS = wordSet('trick key secret fix answer solution rule move thing step option way bet route');
const ARTICLES = wordSet('a an some another');
/** Words that show a short question has a verb of its own (then it is no bare noun phrase). */
const FINITE = wordSet(`
do does did is are was were am have has had can could will would should shall may might must you i we he she they
it there what who how why when where which
`);
const TAGS = wordSet('maybe perhaps then possibly instead');
const PARTICIPLE_IRREGULAR = wordSet(`
done put taken given made set told sent kept left brought written shown seen held run cut read paid built drawn
split spread raised
`);
const OBLIGATION = wordSet('should must');
const NP_DET = wordSet('the a an this that these those your his her their our my');
const PAST_REMEDY = wordSet('solved fixed sorted resolved cured');
const TRICK = wordSet('trick');
const FIRST_PERSON = wordSet('i we my our me us');
const WORTH_LEAD = wordSet('could might may would');
const IDEA = wordSet('idea');
const BENEFIT_MODALS = wordSet('would will');
const HAVE_OBJECT = wordSet('a an the your');

function participle(w: string): boolean {
  return (w.length > 4 && w.endsWith('ed')) || PARTICIPLE_IRREGULAR.has(w);
}

/** "What's stopping you from …?", "Is there a reason you haven't just …?", "What's wrong with simply …?", "Nothing wrong with asking …". */
const rhetoricalRemedy = detector('en.rhetorical-remedy', ({ t, n, first, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const stop = w === 'what' ? (at(t, i + 1) === 'is' ? i + 2 : i + 1) : -1;
    if (stop > 0 && STOP_VERBS.has(at(t, stop)) && at(t, stop + 1) === 'you') {
      // "what's stopping you from simply …?" proposes; "what is stopping you from saying that?" asks
      if (at(t, stop + 2) === 'from' && JUST.has(at(t, stop + 3))) add('why-dont-you', i, stop + 3, 0.85);
    } else if (w === 'is' && at(t, i + 1) === 'there' && at(t, i + 2) === 'a' && at(t, i + 3) === 'reason' && at(t, i + 4) === 'you') {
      const k = skip(t, i + 5, EN_ADVERBS);
      if ((at(t, k) === 'have' || at(t, k) === 'did' || at(t, k) === 'do') && at(t, k + 1) === 'not') add('why-dont-you', i, k + 1, 0.85);
    } else if (WRONG.has(w) && at(t, i + 1) === 'with' && (at(t, i - 1) === 'nothing' || (at(t, i - 1) === 'is' && at(t, i - 2) === 'what'))) {
      const k = skip(t, i + 2, EN_ADVERBS);
      if (at(t, k).endsWith('ing')) add('why-dont-you', i, k, 0.8);
    } else if (i === first && (w === 'ever' || w === 'never') && (at(t, i + 1) === 'tried' || at(t, i + 1) === 'considered' || at(t, i + 1) === 'thought')) {
      add('have-you-tried', i, i + 1, 0.8);
    } else if (
      i === first &&
      w === 'have' &&
      at(t, i + 1) === 'you' &&
      (at(t, i + 2) === 'had' || at(t, i + 2) === 'given') &&
      findIn(t, GO_TRY, i + 3, i + 6) >= 0
    ) {
      add('have-you-tried', i, i + 3, 0.85);
    }
  }
});

/** "Isn't the obvious move to …?", "The trick is to …", "The simplest thing would be to …", "A good rule of thumb is …". */
const tip = detector('en.tip', ({ t, n, whStart, add }) => {
  if (whStart) return;
  for (let i = 0; i < n; i++) {
    if (t[i]!.w !== 'the') continue;
    const k = SUPERLATIVES.has(at(t, i + 1)) ? i + 2 : i + 1;
    if (!TIP_NOUNS.has(at(t, k))) continue;
    if (k === i + 1 && !TRICK.has(at(t, k)) && at(t, k) !== 'fix' && at(t, k) !== 'key' && at(t, k) !== 'secret') continue;
    let v = skip(t, k + 1, EN_ADVERBS);
    if (at(t, v) === 'would' && at(t, v + 1) === 'be') v += 2;
    else if (at(t, v) === 'is' || at(t, v) === 'not') v += at(t, v + 1) === 'not' ? 2 : 1;
    else continue;
    v = skip(t, v, EN_ADVERBS);
    const x = at(t, v);
    if (x === 'to' || x === 'a' || x === 'an' || x.endsWith('ing') || x === 'never' || x === 'always' || x === 'just') add('explicit-advice', i, v, 0.8);
  }
  for (let i = 0; i + 3 < n; i++) {
    if (t[i]!.w === 'rule' && at(t, i + 1) === 'of' && at(t, i + 2) === 'thumb') add('explicit-advice', i, i + 2, 0.85);
    if ((t[i]!.w === 'one' || t[i]!.w === 'my' || t[i]!.w === 'a') && at(t, i + 1) === 'tip') add('explicit-advice', i, i + 1, 0.9);
  }
});

/** "Shouldn't the head of department be the one …?", "Couldn't the deputy cover …?", "Surely the library could just …?". */
const negativeThirdParty = detector('en.negative-third-party', ({ t, n, isQ, first, firstW, add }) => {
  if (!isQ) return;
  if ((firstW === 'should' || firstW === 'could') && at(t, first + 1) === 'not' && NP_DET.has(at(t, first + 2))) {
    for (let k = first + 3; k < Math.min(n, first + 9); k++) {
      const w = at(t, k);
      if (w === 'have') return;
      if (w === 'be' || EN_IMPERATIVE_VERBS.has(w)) {
        add('could-you-not', first, k, 0.8);
        return;
      }
    }
  }
  const surely = at(t, 0) === 'surely' || at(t, n - 1) === 'surely';
  if (surely) {
    const m = findIn(t, wordSet('could should would can'), 1, n);
    if (m >= 0 && isWord(t, m + 1)) add('could-you-not', 0, m, 0.75);
  }
});

/** A noun phrase offered as a question: "A shared rota for weekends, maybe?", "What about a joint meeting?". */
const npProposal = detector('en.np-proposal', ({ t, n, isQ, add }) => {
  if (!isQ) return;
  let k = skip(t, 0, NP_LEAD);
  if ((at(t, k) === 'what' || at(t, k) === 'how') && at(t, k + 1) === 'about' && ARTICLES.has(at(t, k + 2))) {
    add('what-if-you-just', k, k + 2, 0.75);
    return;
  }
  if (!ARTICLES.has(at(t, k)) || n - k > 12) return;
  if (findIn(t, FINITE, k, n) >= 0) return;
  k = Math.max(0, k);
  add('impersonal-suggestion', k, n - 1, TAGS.has(at(t, n - 1)) ? 0.8 : 0.7);
});

/** Passive and impersonal directives: "this should really be put in writing", "there should be …", "worth flagging …", "might be an idea to …". */
const impersonalDirective = detector('en.impersonal-directive', ({ t, n, isQ, first, firstW, whStart, add }) => {
  if (whStart) return;
  // "(could be / might be) worth a call", "worth flagging to …", "might be an idea to …"
  let k = first;
  if (WORTH_LEAD.has(firstW) && at(t, first + 1) === 'be') k = first + 2;
  const x = at(t, k);
  if (x === 'worth' && (at(t, k + 1).endsWith('ing') || ARTICLES.has(at(t, k + 1)) || at(t, k + 1) === 'it')) {
    add('impersonal-suggestion', first, k, 0.8);
    return;
  }
  if (k > first && (x === 'an' || x === 'a') && (IDEA.has(at(t, k + 1)) || IDEA.has(at(t, k + 2)))) {
    add('impersonal-suggestion', first, k + 1, 0.8);
    return;
  }
  if (firstW === 'needs' && at(t, first + 1).endsWith('ing')) {
    add('impersonal-suggestion', first, first + 1, 0.75);
    return;
  }
  if (isQ) return;
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const prev = at(t, i - 1);
    if (prev === 'you' || prev === 'i' || (EN_SUBJECT_PRONOUNS.has(prev) && prev !== 'it')) continue;
    let m = -1;
    if (OBLIGATION.has(w)) m = i + 1;
    else if (w === 'ought' && at(t, i + 1) === 'to') m = i + 2;
    else if ((w === 'needs' || w === 'has') && at(t, i + 1) === 'to') m = i + 2;
    if (m < 0) continue;
    const b = skip(t, m, EN_ADVERBS);
    if (at(t, b) === 'be' && (participle(at(t, skip(t, b + 1, EN_ADVERBS))) || prev === 'there')) {
      add('modal-suggestion', i, b + 1, 0.8);
      return;
    }
  }
});

/** A conditional whose consequent is a benefit: "If you moved the meeting, half the stress would go", "Were you to hand it over, you'd …". */
const benefitConditional = detector('en.benefit-conditional', ({ t, n, first, add }) => {
  const w = at(t, first);
  if (w === 'were' && at(t, first + 1) === 'you' && at(t, first + 2) === 'to') {
    add('what-if-you-just', first, first + 3, 0.85);
    return;
  }
  if (w !== 'if' || at(t, first + 1) !== 'you') return;
  const v = at(t, skip(t, first + 2, EN_ADVERBS));
  if (!(v.endsWith('ed') || PARTICIPLE_IRREGULAR.has(v) || v === 'took' || v === 'gave' || v === 'went' || v === 'asked' || v === 'spoke')) return;
  const comma = findIn(t, wordSet(','), first + 2, n);
  if (comma < 0) return;
  const would = findIn(t, BENEFIT_MODALS, comma + 1, n);
  if (would >= 0) add('what-if-you-just', first, would, 0.8);
});

/** A remedy reported as having worked, next to the speaker's own story: "a whiteboard by the door did the trick", "one thing that works for me: …". */
const workedForMe = detector('en.worked-for-me', ({ t, n, isQ, add }) => {
  if (isQ) return;
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    if ((w === 'works' || w === 'worked') && at(t, i + 1) === 'for' && (at(t, i + 2) === 'me' || at(t, i + 2) === 'us')) {
      add('own-experience', i, i + 2, 0.8);
      return;
    }
    const didTrick = w === 'did' && at(t, i + 1) === 'the' && at(t, i + 2) === 'trick';
    const wonders = (w === 'worked' || w === 'did') && at(t, i + 1) === 'wonders';
    if ((didTrick || wonders || (PAST_REMEDY.has(w) && (at(t, i + 1) === 'it' || at(t, i + 1) === 'that'))) && findIn(t, FIRST_PERSON, 0, n) >= 0) {
      add('own-experience', i, i + 1, 0.8);
      return;
    }
  }
});

/** Imperatives the verb list does not hold: "Have a word with …", "Do yourself a favour …", "just mute the chat", "Or you just say no". */
const looseImperative = detector('en.loose-imperative', ({ t, n, isQ, first, firstW, add }) => {
  if (isQ) return;
  if (firstW === 'have' && HAVE_OBJECT.has(at(t, first + 1)) && first === skip(t, 0, EN_LEAD)) {
    add('imperative', first, first + 1, 0.8);
    return;
  }
  if (firstW === 'do' && at(t, first + 1) === 'yourself') {
    add('imperative', first, first + 1, 0.85);
    return;
  }
  const justAt = findIn(t, wordSet('just simply jus'), 0, first);
  if (justAt >= 0 && isWord(t, first + 1) && !EN_AUX.has(firstW) && !EN_SUBJECT_PRONOUNS.has(firstW) && !EN_WH.has(firstW) && NP_DET.has(at(t, first + 1))) {
    add('imperative', first, first + 1, 0.8);
    return;
  }
  // "Or you just say no and see what happens."
  for (let i = 0; i < Math.min(n, 3); i++) {
    if (t[i]!.w !== 'you' || (at(t, i + 1) !== 'just' && at(t, i + 1) !== 'simply')) continue;
    if (EN_IMPERATIVE_VERBS.has(at(t, i + 2))) add('modal-suggestion', i, i + 2, 0.75);
  }
});

/** "You'll want to …", "you'd be surprised how much … helps", "in your position …". */
const youWillWant = detector('en.you-will-want', ({ t, n, isQ, add }) => {
  if (isQ) return;
  for (let i = 0; i < n; i++) {
    if (t[i]!.w === 'you' && at(t, i + 1) === 'will' && at(t, i + 2) === 'want' && at(t, i + 3) === 'to') add('modal-suggestion', i, i + 3, 0.85);
    else if (t[i]!.w === 'you' && at(t, i + 1) === 'would' && at(t, i + 2) === 'be' && at(t, i + 3) === 'surprised') add('explicit-advice', i, i + 3, 0.75);
    else if (
      t[i]!.w === 'in' &&
      at(t, i + 1) === 'your' &&
      (at(t, i + 2) === 'position' || at(t, i + 2) === 'situation') &&
      findIn(t, WILL_WANT_BLOCK, i + 3, n) >= 0
    )
      add('if-i-were-you', i, i + 2, 0.8);
  }
});

/** The English detectors of disguised advice, run after the core ones. */
export const EN_DISGUISED: readonly AdviceDetector[] = [
  rhetoricalRemedy,
  tip,
  negativeThirdParty,
  npProposal,
  impersonalDirective,
  benefitConditional,
  workedForMe,
  looseImperative,
  youWillWant,
];
