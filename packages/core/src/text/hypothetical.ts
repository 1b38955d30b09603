/**
 * Shared shapes of advice that is put as a hypothesis or a rhetorical question, built per language from
 * its own words:
 *
 * - a condition on the listener's action with a suggestion marker: "what's the worst that could happen
 *   if you just told her?", "als je het haar gewoon vertelt", "wenn du es ihr einfach sagst";
 * - an evaluative question about such a condition: "how would it be if you met her before school?",
 *   "Wie fändest du es, wenn du …?", "Hoe zou het zijn als je …?";
 * - "what have you got to lose?": "was hast du zu verlieren", "wat heb je te verliezen";
 * - the listener's opinion on a proposed action: "What do you think about asking the GP …?", "Wat vind je
 *   ervan om …?", "Was hältst du davon, …?";
 * - an inverted impersonal remedy in a statement: "Manchmal hilft es, …", "Soms helpt het om …".
 */
import { type AdviceDetector, detector } from './detector.js';
import { at, clauseEnd, findIn } from './match.js';

/** The words of {@link hypotheticalDetector} in one language. */
export interface HypotheticalWords {
  /** Conditional conjunctions ("if", "als", "wenn", "si"). */
  if: ReadonlySet<string>;
  /** Second-person subject pronouns. */
  you: ReadonlySet<string>;
  /** Suggestion markers ("just", "gewoon", "einfach", "simplement"). */
  markers: ReadonlySet<string>;
  /** Question words that open an evaluative question ("how", "wie", "hoe", "comment"). */
  how: ReadonlySet<string>;
  /** Conditional verbs of evaluation ("would", "zou", "fändest", "trouverais"). */
  would: ReadonlySet<string>;
  /** The infinitive particle before "lose" ("to", "zu", "te", "à"). */
  to: ReadonlySet<string>;
  /** "lose" ("lose", "verlieren", "verliezen", "perdre"). */
  lose: ReadonlySet<string>;
  /** Inverted "helps" ("helps", "hilft", "helpt", "aide"). */
  helps: ReadonlySet<string>;
  /** The impersonal pronoun ("it", "es", "het", "ça"). */
  it: ReadonlySet<string>;
  /** Verbs asking for the listener's opinion ("think", "vind", "hältst", "penses"). */
  opinion: ReadonlySet<string>;
  /** The word that links the opinion to a proposal ("about", "ervan", "davon", "de"). */
  about: ReadonlySet<string>;
  /** Whether the word after that link opens a proposed action (a gerund, "om", a comma before a zu-infinitive, an infinitive). */
  proposal(word: string): boolean;
  /** Verbs of an evaluation after that pronoun ("how would it BE", "hoe zou het ZIJN", "hoe zou je het VINDEN"). */
  be: ReadonlySet<string>;
  /** "nothing" ("nichts", "niets", "rien"): "what would happen if you just did nothing?" proposes no remedy. */
  nothing?: ReadonlySet<string>;
}

/** Tokens a condition may reach from its conjunction to the marker ("if you, say, just …"). */
const CONDITION_SPAN = 8;

/** Builds the detector for one language (see the module comment for the shapes). */
export function hypotheticalDetector(id: string, W: HypotheticalWords): AdviceDetector {
  return detector(id, ({ t, n, isQ, first, firstW, add }) => {
    let condition = -1;
    for (let i = 0; i < n && i < 48; i++) {
      if (!W.if.has(t[i]!.w)) continue;
      const you = findIn(t, W.you, i + 1, i + 4);
      if (you < 0) continue;
      condition = i;
      const end = Math.min(clauseEnd(t, you), i + CONDITION_SPAN);
      const marker = findIn(t, W.markers, you + 1, end);
      if (marker >= 0 && W.nothing && findIn(t, W.nothing, you + 1, clauseEnd(t, you)) >= 0) return;
      if (marker >= 0) {
        add('what-if-you-just', i, marker, 0.8);
        return;
      }
    }
    if (!isQ) {
      // "Manchmal hilft es, …", "Soms helpt het om …"
      const h = findIn(t, W.helps, first, first + 3);
      if (h >= 0 && h > first && W.it.has(at(t, h + 1)) && at(t, h + 2) !== '') add('impersonal-suggestion', h, h + 1, 0.75);
      return;
    }
    // "how would IT be if you …" evaluates the listener's action; "how would the team manage if you …" asks about others
    const itAt = findIn(t, W.it, first + 1, condition);
    const after = at(t, itAt + 1);
    const evaluates = itAt >= 0 && (W.be.has(after) || after === ',' || W.if.has(after));
    if (W.how.has(firstW) && condition > first && evaluates && findIn(t, W.would, first + 1, condition) >= 0) {
      add('what-if-you-just', first, condition + 1, 0.75);
      return;
    }
    const op = findIn(t, W.opinion, first + 1, first + 4);
    const link = op >= 0 ? findIn(t, W.about, op + 1, op + 3) : -1;
    if (link >= 0 && W.proposal(at(t, link + 1))) {
      add('what-if-you-just', first, link + 1, 0.75);
      return;
    }
    const lose = findIn(t, W.lose, first + 1, n);
    if (lose > 0 && W.to.has(at(t, lose - 1)) && findIn(t, W.you, first, lose) >= 0) add('wouldnt-it-be-better', first, lose, 0.75);
  });
}
