/**
 * An elliptical proposal: a noun phrase (or a bare infinitive phrase) offered as a question, with no
 * subject and no finite verb — "Tough love, maybe?", "Vielleicht ein Putzplan für die Küche?",
 * "Misschien beginnen met de makkelijkste cliënt?", "Einen Dolmetscher dazuholen?", an alternative ("Oder eine
 * Mediation?") or an added proposal ("And a shared rota for weekends?").
 */
import { type AdviceDetector, detector } from './detector.js';
import { at } from './match.js';

/** The words of {@link npProposalDetector} in one language. */
export interface ProposalWords {
  /** Hedges that make a noun phrase an offer ("maybe", "vielleicht", "misschien", "peut-être"). */
  hedges: ReadonlySet<string>;
  /** Indefinite articles ("a", "ein", "een", "un"). */
  articles: ReadonlySet<string>;
  /** Subjects, finite verbs and question words: with one of them it is a full question, not an ellipsis. */
  blockers: ReadonlySet<string>;
  /** Whether a word is an infinitive that can close the phrase ("dazuholen", "beginnen"). */
  infinitive(word: string): boolean;
  /** "or" ("oder", "of", "ou"): a verbless question opening with it offers an alternative ("Oder eine Mediation?"). */
  or?: ReadonlySet<string>;
  /** "and" ("und", "en", "et"): with an indefinite article next it adds a proposal ("And a shared rota for weekends?"). */
  and?: ReadonlySet<string>;
}

/** Longest elliptical proposal, in words. */
const MAX_WORDS = 8;

/** Builds the detector for one language. */
export function npProposalDetector(id: string, W: ProposalWords): AdviceDetector {
  return detector(id, ({ t, n, isQ, first, add }) => {
    if (!isQ || n > MAX_WORDS * 2) return;
    let words = 0;
    let hedge = -1;
    let last = -1;
    for (let i = first; i < n; i++) {
      const w = t[i]!.w;
      if (w === ',') continue;
      if (W.blockers.has(w)) return;
      if (W.hedges.has(w) && hedge < 0) hedge = i;
      words++;
      last = i;
    }
    if (words < 2 || words > MAX_WORDS) return;
    const opener = at(t, 0);
    if (hedge >= 0) add('suggestion', first, last, 0.75);
    else if (W.or?.has(opener) || (W.and?.has(opener) && W.articles.has(at(t, 1)))) add('suggestion', 0, last, 0.7);
    else if (W.articles.has(at(t, first)) && words >= 3 && W.infinitive(at(t, last))) add('suggestion', first, last, 0.75);
  });
}
