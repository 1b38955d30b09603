/**
 * A remedy offered as the subject of a hedged modal: "A short walk might help", "Maybe a fixed
 * break would help you?", "Een vaste pauze zou kunnen helpen", "Vielleicht würde dir ein Spaziergang
 * helfen?". Shared by the three advice grammars: the shape is the same in each language — an
 * article-led noun phrase, a modal (would / could / might …) and a verb of helping or working —
 * while "what would help you?" (a question word), "it / that would help" (no remedy named) and
 * unhedged questions ("would a colleague help you?") stay out.
 */
import type { Lang } from '../shared/lang.js';
import type { AdviceReason } from './advice-types.js';
import { addReason, at, findIn, MAX_SCAN } from './match.js';
import type { Sentence } from './sentences.js';
import { wordSet } from './words.js';

interface RemedyLexicon {
  /** Articles and quantifiers that open a noun phrase naming a remedy. */
  articles: ReadonlySet<string>;
  /** Hedging modals. */
  modals: ReadonlySet<string>;
  /** Verbs of helping or working. */
  help: ReadonlySet<string>;
  /** Question words: a sentence that starts with one asks, it does not propose. */
  wh: ReadonlySet<string>;
  /** Hedges that turn a question into an offer ("maybe a walk would help?"). */
  hedges: ReadonlySet<string>;
}

const LEXICON: Readonly<Record<Lang, RemedyLexicon>> = {
  en: {
    articles: wordSet('a an some more regular fixed another'),
    modals: wordSet('would could might may will'),
    help: wordSet('help work benefit'),
    wh: wordSet('what how why when where who which whom whose'),
    hedges: wordSet('maybe perhaps possibly'),
  },
  nl: {
    articles: wordSet('een wat meer vaste extra'),
    modals: wordSet('zou zouden kan kunnen zal zullen'),
    help: wordSet('helpen werken schelen'),
    wh: wordSet('wat hoe waarom wanneer waar wie welke welk'),
    hedges: wordSet('misschien wellicht mogelijk'),
  },
  de: {
    articles: wordSet('ein eine einen einem einer mehr feste fester festes regelmäßige'),
    modals: wordSet('würde würden könnte könnten dürfte wird'),
    help: wordSet('helfen wirken nützen'),
    wh: wordSet('was wie warum wann wo wer welche welcher welches wieso weshalb'),
    hedges: wordSet('vielleicht eventuell möglicherweise'),
  },
};

/** Finds a remedy offered with a hedged modal in one sentence and appends it to `out`. */
export function remedyWouldHelp(s: Sentence, si: number, lang: Lang, out: AdviceReason[]): void {
  const L = LEXICON[lang];
  const t = s.toks;
  const n = Math.min(t.length, MAX_SCAN);
  if (n < 3 || L.wh.has(at(t, 0)) || L.wh.has(at(t, 1))) return;
  const help = findIn(t, L.help, 1, n);
  if (help < 0) return;
  const modal = findIn(t, L.modals, 0, help);
  const article = findIn(t, L.articles, 0, help);
  if (modal < 0 || article < 0) return;
  // A question proposes only when hedged ("maybe a walk would help?"); "would a colleague help you?" and
  // "is there someone who could help?" ask about facts and resources.
  if (s.term === '?' ? !L.hedges.has(at(t, 0)) : !(article < modal)) return;
  addReason(out, t, si, 'impersonal-suggestion', Math.min(modal, article), help, 0.75);
}
