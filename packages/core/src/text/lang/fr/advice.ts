/**
 * French advice detectors: impératif (tu and vous), "tu devrais / vous pourriez", "as-tu essayé / pensé
 * à …", "pourquoi ne pas …", "à ta place", "je + conditionnel", explicit advice ("un conseil", "le mieux
 * serait", "il faut que tu"), negative suggestion questions ("ne serait-il pas plus simple …", "tu ne
 * pourrais pas …"), "et si tu …", a noun phrase offered as a question ("Une médiation, peut-être ?")
 * and own experience offered as a prescription ("chez nous, on a …", "ce qui m'a aidé …").
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
import { tipLabelDetector } from '../../tip-label.js';
import { type FrameWords, practiceAfterFrame, whyNotDetector } from '../../v2-detectors.js';
import { wordSet } from '../../words.js';
import {
  FR_EMPATHY,
  FR_EVAL,
  FR_IMPERATIVE_VERBS,
  FR_JE_NOT_ADVICE,
  FR_LEAD,
  FR_PRACTICE_VERBS,
  FR_REQUEST_OBJECT_VERBS,
  FR_REQUEST_OBJECTS,
  FR_REQUEST_VERBS,
  FR_SOLVE,
  FR_STATIVE,
  FR_STRONG_MODALS,
  FR_TRIED,
  FR_WEAK_MODALS,
  FR_WH,
  FR_YOU,
} from './lexicon.js';
import { FR_MODEL } from './model.js';

/** Word lists used inside the detectors below (hoisted: built once). */
const WHEN = wordSet('quand lorsque');
const IF_WHEN = wordSet('si quand');

const CONJ_LEAD = wordSet('et mais ou donc alors bon ben ok oui non');
const REPORTING = wordSet('disais dis dit disiez dites racontais racontiez mentionné expliqué');
/** Where a French sentence starts. */
export const FR_START = {
  lead: FR_LEAD,
  conj: CONJ_LEAD,
  but: wordSet('mais alors donc'),
  after: wordSet('quand si lorsque dès avant'),
  reporting: REPORTING,
  wh: FR_WH,
  cueLabels: wordSet('conseil astuce suggestion règle piste'),
};

/** Object pronouns that may sit between subject, negation and verb ("tu ne lui as pas …"). */
const OBJ = wordSet('me te se le la les lui leur en y nous vous');
const NEG = wordSet('pas jamais plus');
/** Object pronouns that follow an imperative after a hyphen ("dis-le", "occupe-toi", "parles-en"). */
const ENCLITIC = wordSet('moi toi lui leur la le les en y nous vous');
/** Words that show a subject, an article before the verb or a finite verb (no bare-infinitive directive then). */
const INF_BLOCKERS = wordSet('je tu il elle on nous vous ils elles ce c est suis es sont ai as a ont était');
/** Words in -er/-ir/-re that are no infinitive. */
const NOT_INF = wordSet(
  'hier cher mer fer leur leurs notre votre autre entre contre lettre chambre ordre genre centre tendre plutôt père mère frère premier dernier désir plaisir avenir loisir soir noir',
);

/** "Prendre des congés, sérieusement.", "Et ensuite, rentrer à l'heure.", "Déléguer, déléguer, déléguer.": a bare infinitive as a directive. */
const bareInfinitive = detector('fr.bare-infinitive', ({ s, t, n, add }) => {
  if ((s.term !== '.' && s.term !== '!') || n > 14) return;
  let k = 0;
  while (k < n && (FR_LEAD.has(t[k]!.w) || t[k]!.w === ',' || CONJ_LEAD.has(t[k]!.w) || t[k]!.w === 'ensuite' || t[k]!.w === 'puis')) k++;
  const v = at(t, k);
  if (v.length < 5 || !(v.endsWith('er') || v.endsWith('ir') || v.endsWith('re')) || NOT_INF.has(v) || findIn(t, INF_BLOCKERS, 0, n) >= 0) return;
  add('imperative', k, k, 0.75);
});
/** Words after a sentence-initial verb that show it is not an imperative ("Parle-t-elle …", "Pense-tu"). */
const NOT_IMPERATIVE_NEXT = wordSet('tu il elle on ils elles vous je');
const MARKERS = wordSet('simplement juste carrément directement plutôt toujours donc peut-être aussi tout');
/** Participles of knowing and guessing after "j'aurais (jamais)". */
const SURPRISE_PARTICIPLES = wordSet('deviné pensé cru imaginé su soupçonné prévu attendu');
const ADVICE_NOUNS = wordSet('conseil conseils suggestion astuce recommandation');
const ADVISE_VERBS = wordSet('conseille conseillerais recommande recommanderais suggère suggérerais propose proposerais');
const BEST = wordSet('mieux idéal plus');
const FRAME = wordSet('chez dans');
const FRAME_OWNER = wordSet('nous moi mon ma mes notre nos');
const FRAME_WORDS: FrameWords = { weI: wordSet('on nous je'), solve: FR_SOLVE, practice: FR_PRACTICE_VERBS, empathy: FR_EMPATHY };
const INDEF = wordSet('un une des du plus');
const CONDITIONAL_MODALS = wordSet('pourrait pourraient devrait devraient serait seraient');
const IMPERSONAL = wordSet('il ça ce cela');

/** Whether `w` looks like a first-person conditional or future ("demanderais", "irais", "irai"). */
function firstPersonConditional(w: string): boolean {
  return w.length > 3 && (w.endsWith('rais') || w.endsWith('rai')) && !FR_JE_NOT_ADVICE.has(w);
}

/** Impératif at a clause start ("Parle-lui demain.", "Gardez une trace.", "Ne reste pas seule."). */
const imperative = detector('fr.imperative', ({ t, n, isQ, first, add }) => {
  for (const c of clauseStarts(t)) {
    let k = skip(t, c, FR_LEAD);
    const negated = at(t, k) === 'ne';
    if (negated) k = skip(t, k + 1, OBJ);
    const v = at(t, k);
    const next = at(t, k + 1);
    if (c > 0 && isQ) continue;
    if (negated && !NEG.has(next)) continue;
    if (FR_REQUEST_VERBS.has(v) || NOT_IMPERATIVE_NEXT.has(next)) continue;
    if (FR_REQUEST_OBJECT_VERBS.has(v) && FR_REQUEST_OBJECTS.has(next)) continue;
    // a verb joined to an object pronoun by a hyphen is an imperative ("Montre-lui", "Occupe-toi", "Parles-en"):
    // both words keep the offsets of the written token
    const enclitic = ENCLITIC.has(next) && t[k + 1]!.start === t[k]!.start && v.length > 2;
    const known = FR_IMPERATIVE_VERBS.has(v) || enclitic;
    // any vous-imperative at the very start of a statement: "Consignez …", "Oubliez …"
    const vousForm = !isQ && k === first && v.length > 4 && v.endsWith('ez') && isWord(t, k + 1);
    if (!known && !vousForm) continue;
    if (next === '' && k !== first) continue;
    add('imperative', c === k ? k : Math.min(k, c + 1), Math.min(k + 1, n - 1), isQ ? 0.7 : 0.85);
  }
});

/** "Tu devrais / vous pourriez / tu n'as qu'à / tu gagnerais à / tu ferais mieux de …". */
const modalSuggestion = detector('fr.modal-suggestion', ({ t, n, isQ, whStart, reported, add }) => {
  if (whStart || reported) return;
  for (let i = 0; i < n; i++) {
    if (!FR_YOU.has(t[i]!.w) || (i > 0 && isWord(t, i - 1) && !FR_LEAD.has(at(t, i - 1)) && at(t, i - 1) !== 'que')) continue;
    let j = skip(t, i + 1, OBJ);
    const neg = at(t, j) === 'ne';
    if (neg) j = skip(t, j + 1, OBJ);
    const m = at(t, j);
    const after = at(t, j + 1);
    if (FR_STRONG_MODALS.has(m)) {
      if ((m === 'aurais' || m === 'auriez') && after !== 'intérêt' && !(after === 'dû' || after === 'du')) continue;
      if (m === 'aurais' || m === 'auriez') {
        if (after === 'intérêt') add('modal-suggestion', i, j + 1, 0.85);
        continue;
      }
      add('modal-suggestion', i, j, 0.9);
    } else if ((m === 'avez' || m === 'as') && neg && at(t, j + 1) === 'que' && at(t, j + 2) === 'à') {
      add('modal-suggestion', i, j + 2, 0.9);
    } else if ((m === 'gagnerais' || m === 'gagneriez') && at(t, j + 1) === 'à') {
      add('modal-suggestion', i, j + 1, 0.85);
    } else if ((m === 'ferais' || m === 'feriez') && at(t, j + 1) === 'mieux') {
      add('modal-suggestion', i, j + 1, 0.9);
    } else if (FR_WEAK_MODALS.has(m)) {
      const negQ = neg || NEG.has(after);
      if (isQ && negQ) add('could-you-not', i, j, 0.85);
      else if (!isQ && (m === 'pourrais' || m === 'pourriez' || hasInClause(t, MARKERS, j + 1))) add('modal-suggestion', i, j, 0.8);
    }
  }
});

/** Inverted questions: "Pourrais-tu simplement …?", "Ne pourrais-tu pas …?", "Tu saurais pas …?" handled above. */
const couldYouNot = detector('fr.could-you-not', ({ t, isQ, qFirst, add }) => {
  if (!isQ) return;
  let k = qFirst;
  const neg = at(t, k) === 'ne';
  if (neg) k = skip(t, k + 1, OBJ);
  const m = at(t, k);
  if (!FR_WEAK_MODALS.has(m) && !FR_STRONG_MODALS.has(m)) return;
  if (!FR_YOU.has(at(t, k + 1))) return;
  const rest = k + 2;
  if (neg || NEG.has(at(t, rest))) add('could-you-not', qFirst, k + 1, 0.85);
  // "Dois-tu décider seule ou y a-t-il quelqu'un au-dessus de toi ?" asks which of two holds
  else if (FR_STRONG_MODALS.has(m) && m !== 'aurais' && m !== 'auriez' && indexOfWord(t, 'ou', rest, t.length) < 0) add('could-you-not', qFirst, k + 1, 0.8);
  else if (MARKERS.has(at(t, rest)) && at(t, rest) !== 'peut-être') add('could-you-not', qFirst, k + 1, 0.75);
});

/** "As-tu essayé de …?", "Avez-vous pensé à …?", "Tu as envisagé …?", "T'as regardé du côté de …?". */
const haveYouTried = detector('fr.have-you-tried', ({ t, n, isQ, whStart, reported, qFirst, add }) => {
  if (!isQ || whStart || reported) return;
  let k = qFirst;
  if (at(t, k) === 'est' && at(t, k + 1) === 'ce' && at(t, k + 2) === 'que') k += 3;
  // "as-tu / avez-vous" or "tu as / vous avez", with "ne … pas", pronouns and "déjà" in between
  const w = at(t, k);
  let p: number;
  if ((w === 'as' || w === 'avez') && FR_YOU.has(at(t, k + 1))) p = k + 2;
  else if (FR_YOU.has(w)) {
    let j = skip(t, k + 1, OBJ);
    if (at(t, j) === 'ne') j = skip(t, j + 1, OBJ);
    if (at(t, j) !== 'as' && at(t, j) !== 'avez') return;
    p = j + 1;
  } else return;
  const end = Math.min(n, p + 4);
  const v = findIn(t, FR_TRIED, p, end);
  if (v < 0) return;
  const o = at(t, v + 1);
  if (FR_WH.has(o) || o === 'si' || o === '') return;
  // "tu as pensé à ta mère quand …" asks about a past moment
  if (at(t, v) === 'pensé' && findIn(t, WHEN, v, n) >= 0) return;
  add('have-you-tried', k, v, 0.9);
});

/** "Pourquoi ne pas …?", "Pourquoi tu (ne) lui dis pas …?", "Et pourquoi pas un congé ?". */
const whyNot = whyNotDetector('fr.why-dont-you', {
  why: wordSet('pourquoi'),
  not: 'pas',
  you: FR_YOU,
  negations: NEG,
  markers: MARKERS,
  stative: (v) => FR_STATIVE.has(v),
});

/** "Pourquoi ne l'invites-tu pas …?", "pourquoi tu ne lui dis pas …": negation around the verb. */
const whyNotInverted = detector('fr.why-not-inverted', ({ t, first, firstW, add }) => {
  if (firstW !== 'pourquoi') return;
  const end = clauseEnd(t, first);
  const ne = indexOfWord(t, 'ne', first + 1, end);
  const pas = findIn(t, NEG, first + 1, end);
  if (pas < 0 || at(t, first + 1) === 'pas') return;
  const you = findIn(t, FR_YOU, first + 1, pas);
  if (you < 0 && ne < 0) return;
  // the verb: first word after the pronouns following "ne" (or after "tu")
  const from = ne >= 0 ? ne + 1 : you + 1;
  const v = at(t, skip(t, from, OBJ));
  if (FR_STATIVE.has(v) || v === 'se' || v === 'te') return;
  add('why-dont-you', first, pas, 0.85);
});

/** "À ta place", "si j'étais toi", "moi, à votre place". */
const ifIWereYou = detector('fr.if-i-were-you', ({ t, n, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    if (w === 'à' && (w1 === 'ta' || w1 === 'votre') && w2 === 'place') add('if-i-were-you', i, i + 2, 0.95);
    else if (w === 'si' && w1 === 'je' && w2 === 'étais' && (at(t, i + 3) === 'toi' || at(t, i + 3) === 'vous' || at(t, i + 3) === 'à'))
      add('if-i-were-you', i, i + 3, 0.95);
  }
});

/** "Je demanderais …", "j'irais directement …", "moi, je lui renverrais …" (not "je voudrais savoir"). */
const firstPersonWould = detector('fr.first-person-would', ({ t, n, isQ, add }) => {
  for (let i = 0; i < n; i++) {
    if (t[i]!.w !== 'je') continue;
    let j = skip(t, i + 1, OBJ);
    const neg = at(t, j) === 'ne';
    if (neg) j = skip(t, j + 1, OBJ);
    const v = at(t, j);
    if (!firstPersonConditional(v)) continue;
    // "je ne l'aurais jamais deviné": surprise, not what the speaker would do
    if (v === 'aurais' && SURPRISE_PARTICIPLES.has(at(t, skip(t, j + 1, NEG)))) continue;
    if (v.endsWith('rai') && isQ) continue;
    if (findIn(t, IF_WHEN, Math.max(0, i - 4), i) >= 0 && v.endsWith('rai')) continue;
    add('first-person-would', i, j, v.endsWith('rais') ? 0.85 : 0.7);
  }
});

/** Explicit advice: "un conseil :", "je te conseille", "le mieux serait", "l'idéal c'est", "il vaut mieux", "il faut que tu". */
const explicitAdvice = detector('fr.explicit-advice', ({ t, n, isQ, whStart, add }) => {
  if (whStart) return;
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    const w2 = at(t, i + 2);
    if ((w === 'un' || w === 'mon' || w === 'petit') && ADVICE_NOUNS.has(w1) && at(t, i - 1) !== 'pas') add('explicit-advice', i, i + 1, 0.9);
    else if (w === 'je' && (OBJ.has(w1) ? ADVISE_VERBS.has(w2) : ADVISE_VERBS.has(w1))) add('explicit-advice', i, i + 2, 0.9);
    else if (w === 'le' && BEST.has(w1) && (w2 === 'serait' || w2 === 'est' || w2 === 'ce' || w2 === 'c' || w2 === ',')) add('explicit-advice', i, i + 1, 0.85);
    else if ((w === 'il' || w === 'ça') && (w1 === 'vaut' || w1 === 'vaudrait') && (w2 === 'mieux' || w2 === 'le'))
      add('impersonal-suggestion', i, i + 2, 0.85);
    else if (w === 'mieux' && w1 === 'vaut') add('impersonal-suggestion', i, i + 1, 0.85);
    else if ((w === 'il' || i === 0 || !isWord(t, i - 1)) && (w1 === 'faut' || w1 === 'faudrait' || w === 'faut' || w === 'faudrait') && !isQ) {
      const f = w === 'faut' || w === 'faudrait' ? i : i + 1;
      if (at(t, f + 1) !== 'pas' || w === 'il') add('impersonal-suggestion', i, f, 0.85);
    } else if (w === 'il' && (w1 === 'suffit' || w1 === 'suffirait') && w2 === 'de') add('impersonal-suggestion', i, i + 1, 0.85);
    else if (IMPERSONAL.has(w) && (w1 === 'serait' || w1 === 'est') && FR_EVAL.has(w2) && w2 !== 'possible' && w2 !== 'temps' && !isQ) {
      const k = skip(t, i + 3, wordSet('bien de idée une bonne plus sans doute peut-être'));
      if (at(t, k - 1) === 'de' || at(t, k) === 'de' || at(t, k) === 'que') add('impersonal-suggestion', i, i + 2, 0.8);
    } else if (w === 'ne' && (w1 === 'hésite' || w1 === 'hésitez') && w2 === 'pas') add('imperative', i, i + 2, 0.85);
  }
});

/** "Ne serait-il pas plus simple de …?", "N'est-il pas temps de …?", "Ça ne te dirait pas de …?". */
const wouldntItBeBetter = detector('fr.wouldnt-it-be-better', ({ t, n, isQ, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    if (w !== 'ne') continue;
    const v = at(t, i + 1);
    if ((v === 'serait' || v === 'est' || v === 'vaudrait') && (at(t, i + 2) === 'il' || at(t, i + 2) === 'ce') && at(t, i + 3) === 'pas') {
      const x = at(t, i + 4);
      if (x === 'temps') add('isnt-it-time', i, i + 4, 0.9);
      else if (FR_EVAL.has(x) && x !== 'possible') add('wouldnt-it-be-better', i, i + 4, 0.9);
    } else if (
      isQ &&
      (v === 'te' || v === 'vous') &&
      (at(t, i + 2) === 'dirait' || at(t, i + 2) === 'tente' || at(t, i + 2) === 'tenterait') &&
      at(t, i + 3) === 'pas'
    ) {
      add('could-you-not', i, i + 3, 0.85);
    } else if ((v === 'serait' || v === 'est') && at(t, i + 2) === 'pas' && FR_EVAL.has(at(t, i + 3)) && at(t, i + 3) !== 'possible') {
      add('wouldnt-it-be-better', i, i + 3, 0.85);
    }
  }
});

/** "Et si tu confiais …?", "Que dirais-tu de …?", "Ça te dirait de …?". */
const whatIfYouJust = detector('fr.what-if-you-just', ({ t, n, isQ, first, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    if (w === 'si' && FR_YOU.has(w1) && (i === first || at(t, i - 1) === 'et') && i <= first + 1) {
      // "Si tu avais le choix, dans quelle équipe … ?": the condition frames an open question
      if (isQ && findIn(t, FR_WH, clauseEnd(t, i), n) >= 0) continue;
      const v = at(t, skip(t, i + 2, OBJ));
      if (v.endsWith('ais') || v.endsWith('iez') || v.endsWith('ait')) add('what-if-you-just', i, i + 2, 0.85);
    } else if (w === 'que' && (w1 === 'dirais' || w1 === 'diriez') && FR_YOU.has(at(t, i + 2)) && at(t, i + 3) === 'de') {
      add('what-if-you-just', i, i + 3, 0.85);
    } else if ((w === 'ça' || w === 'cela') && (w1 === 'te' || w1 === 'vous') && at(t, i + 2) === 'dirait' && at(t, i + 3) === 'de') {
      add('what-if-you-just', i, i + 3, 0.8);
    }
  }
});

/** A noun phrase or a remedy offered as a question: "Une médiation, peut-être ?", "X pourrait prendre le relais, non ?". */
const proposalQuestion = detector('fr.proposal-question', ({ t, n, isQ, add }) => {
  if (!isQ || n < 2) return;
  let k = 0;
  if (at(t, k) === 'et') k++;
  const last = at(t, n - 1);
  const tag = last === 'non' || last === 'peut-être' || (last === 'pas' && at(t, n - 2) === 'ou');
  if (INDEF.has(at(t, k)) && n - k <= 8 && (tag || n - k <= 4)) {
    // a bare noun phrase: no verb of the sentence's own ("Une médiation, peut-être ?")
    add('impersonal-suggestion', k, n - 1, 0.8);
    return;
  }
  const modal = findIn(t, CONDITIONAL_MODALS, 0, n);
  if (tag && modal >= 0) add('impersonal-suggestion', modal, n - 1, 0.8);
});

/** Own experience: "chez nous, on a résolu ça …", "dans mon ancien service, on avait …", "ce qui m'a aidé, c'est …". */
const ownExperience = detector('fr.own-experience', ({ t, n, isQ, add }) => {
  for (let i = 0; i < n; i++) {
    const w = t[i]!.w;
    const w1 = at(t, i + 1);
    if (w === 'ce' && w1 === 'qui' && (at(t, i + 2) === 'me' || at(t, i + 2) === 'nous') && (at(t, i + 3) === 'a' || at(t, i + 3) === 'aide')) {
      add('own-experience', i, i + 3, 0.85);
      continue;
    }
    if (isQ) continue;
    if (FRAME.has(w) && FRAME_OWNER.has(w1)) {
      const p = practiceAfterFrame(t, n, i, FRAME_WORDS);
      if (p) add('own-experience', i, p.end, p.confidence);
    } else if (w === 'ce' && w1 === 'que' && at(t, i + 2) === 'je' && (at(t, i + 3) === 'fais' || at(t, i + 3) === 'faisais')) {
      add('own-experience', i, i + 3, 0.8);
    }
  }
});

/** The French advice detectors, in order. */
export const FR_ADVICE: readonly AdviceDetector[] = [
  imperative,
  modalSuggestion,
  couldYouNot,
  haveYouTried,
  whyNot,
  whyNotInverted,
  ifIWereYou,
  firstPersonWould,
  explicitAdvice,
  wouldntItBeBetter,
  whatIfYouJust,
  proposalQuestion,
  ownExperience,
  hypotheticalDetector('fr.hypothetical', {
    if: wordSet('si'),
    you: FR_YOU,
    markers: wordSet('simplement juste carrément'),
    nothing: wordSet('rien'),
    how: wordSet('comment'),
    would: wordSet('trouverais trouveriez serait dirais'),
    to: wordSet('à'),
    lose: wordSet('perdre'),
    helps: wordSet('aide'),
    it: wordSet('ça'),
    be: wordSet('être'),
    opinion: wordSet('penses pensez dis dites'),
    about: wordSet('de'),
    proposal: (w) => (w.length > 3 && (w.endsWith('er') || w.endsWith('ir') || w.endsWith('re'))) || w === 'un' || w === 'une',
  }),
  rhetoricalDetector('fr.rhetorical-negative', {
    not: wordSet('pas'),
    solution: wordSet('solution réponse issue'),
    rather: wordSet('plutôt'),
    youObject: wordSet('toi vous'),
    must: wordSet('doivent doit devraient devrait'),
    passive: wordSet('être'),
    persons: wordSet('je tu vous nous on'),
    wh: FR_WH,
  }),
  remedyDetector('fr.remedy-would-help', {
    articles: wordSet('un une des du plus quelques'),
    modals: wordSet('pourrait pourraient devrait serait ferait aiderait'),
    help: wordSet('aider aiderait bien soulager débloquer simplifier faciliter changer alléger'),
    wh: FR_WH,
    hedges: wordSet('peut-être éventuellement'),
  }),
  bareInfinitive,
  npProposalDetector('fr.elliptical-proposal', {
    hedges: wordSet('peut-être éventuellement'),
    or: wordSet('ou'),
    and: wordSet('et'),
    articles: wordSet('un une des'),
    blockers: wordSet(
      'je tu il elle on nous vous ils elles est sont es suis ai as a ont peux peut veux que qui quoi comment pourquoi quand où quel quelle pas ce c',
    ),
    infinitive: () => false,
  }),
  cuePhraseDetector(
    'fr.cue-phrase',
    [
      ['why-dont-you', 'est ce vraiment à toi'],
      ['why-dont-you', 'est ce vraiment ton rôle'],
      ['why-dont-you', 'est ce vraiment ton travail'],
      ['why-dont-you', 'est ce bien à toi'],
      ['imperative', 'quoi que tu fasses'],
      ['why-dont-you', 'que est ce qui te empêche', true],
      ['why-dont-you', 'que est ce qui vous empêche', true],
      ['why-dont-you', 'que est ce qui te retient', true],
      ['why-dont-you', 'qui te empêche', true],
      ['explicit-advice', 'règle de or'],
      ['explicit-advice', 'petit conseil'],
      ['explicit-advice', 'mon conseil'],
      ['explicit-advice', 'conseil de ami'],
      ['explicit-advice', 'astuce'],
      ['own-experience', 'ce qui me a aidé'],
      ['own-experience', 'ce qui me aide'],
      ['own-experience', 'ce que je fais toujours'],
      ['own-experience', 'ce que je ne ferais jamais'],
      ['own-experience', 'ce qui a marché'],
      ['own-experience', 'ce qui marche chez nous'],
      ['impersonal-suggestion', 'rien ne vaut'],
      ['impersonal-suggestion', 'rien de tel'],
      ['impersonal-suggestion', 'ne sous-estime jamais'],
      ['impersonal-suggestion', 'le plus sage'],
      ['impersonal-suggestion', 'le mieux ce est'],
      ['impersonal-suggestion', 'ta meilleure option'],
      ['impersonal-suggestion', 'la meilleure option'],
    ],
    wordSet('simplement juste carrément'),
  ),
  benefitConditionalDetector('fr.benefit-consequent', {
    if: wordSet('si'),
    conditionVerbs: wordSet(''),
    me: wordSet('je'),
    benefit: wordSet('moins libéré libérée gagnerais gagnes gagnerait économiserais réglé disparaîtrait tranquille souffler allégé allégée'),
  }),
  obligationDetector('fr.others-obligation', {
    modals: wordSet('devrait devraient faudrait'),
    pairs: new Map(),
    me: wordSet('je nous'),
    not: wordSet('pas'),
    wh: FR_WH,
  }),
  tipLabelDetector('fr.tip-label', {
    nouns: wordSet('astuce conseil idée suggestion piste'),
    notAfter: wordSet('que qu mais comment quoi pourquoi quand qui où quel quelle si'),
    not: wordSet('pas question'),
  }),
  outcomeDetector('fr.experience-outcome', {
    me: wordSet('je j nous moi me m mon ma mes notre nos'),
    outcome: wordSet('aidé aidée aidés merveille merveilles réglé résolu sauvé'),
    not: wordSet('pas jamais rien aucun aucune'),
  }),
  modelDetector('fr.model', FR_MODEL),
];
