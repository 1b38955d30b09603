/**
 * The contribution-level pass of the advice check: what a detector found in one sentence is read
 * again in the light of the whole contribution, so that the framing of a genuine question does not
 * block it. Each rule lowers a finding below the advice threshold and names itself in `framedBy`:
 *
 * - `talk`: an imperative that addresses the conversation, not the problem ("Take your time: …?",
 *   "Try to remember: …?", "Let me check …"), before a question; and the statistical back-off on a
 *   request to talk or a shared feeling anywhere in the sentence ("Give an example.", "I've been there.");
 * - `statement-before-question`: the statistical back-off on a statement that frames a later question
 *   (empathy, a summary, "I have two questions."); grammar detectors keep their findings there;
 * - `check`: the last step of a paraphrase that lists several, followed by a short confirmation
 *   question ("it goes to intake, then to you, and you must call within 24 hours. Is that right?");
 * - `check` also: an elliptical guess followed by another question ("The rota, perhaps? Is that what it
 *   is about?");
 * - `empathy`: "if I were in your place I'd be angry too" (a feeling, not a remedy);
 * - `assurance`: an obligation modal with a verb of knowing ("you should know we're on your side").
 */
import type { AdviceReason, FramingRule } from './advice-types.js';
import { MAX_SCAN, phraseAt } from './match.js';
import type { FramingLexicon } from './pack.js';
import type { Sentence, Token } from './sentences.js';

/** Confidence given to a finding the framing pass lowers (below the advice threshold, still reported as a weak reason). */
export const FRAMED_CONFIDENCE = 0.3;

/** Most words a confirmation question may have ("Is that right?", "Klopt dat?", "C'est bien ça ?"). */
const CHECK_MAX_WORDS = 4;
/** Clauses a paraphrase lists before the finding for a confirmation question to excuse it. */
const CHECK_MIN_CLAUSES = 2;

/** A conversational phrase, parsed: its words in order and whether it counts without a later question. */
interface Phrase {
  words: readonly string[];
  always: boolean;
}

const parsed = new WeakMap<readonly string[], readonly Phrase[]>();

function phrases(list: readonly string[]): readonly Phrase[] {
  let p = parsed.get(list);
  if (!p) {
    p = list.map((s) => {
      const always = s.startsWith('!');
      return { words: (always ? s.slice(1) : s).split(' ').filter(Boolean), always };
    });
    parsed.set(list, p);
  }
  return p;
}

/** Whether one of `list`'s phrases starts somewhere in the first MAX_SCAN tokens of `t`. */
function phraseAnywhere(t: readonly Token[], list: readonly string[] | undefined): boolean {
  if (!list) return false;
  const ps = phrases(list);
  const end = Math.min(t.length, MAX_SCAN);
  for (let a = 0; a < end; a++) for (const p of ps) if (phraseAt(t, a, p.words)) return true;
  return false;
}

function wordCount(s: Sentence): number {
  let n = 0;
  for (const tok of s.toks) if (tok.w !== ',') n++;
  return n;
}

function isCheck(s: Sentence | undefined, lex: FramingLexicon): boolean {
  if (s?.term !== '?' || wordCount(s) > CHECK_MAX_WORDS) return false;
  for (const tok of s.toks) if (lex.check.has(tok.w)) return true;
  return false;
}

/** Clause separators before token `a`: a paraphrase lists several steps before "… and you must …". */
function separatorsBefore(t: readonly Token[], a: number): number {
  let n = 0;
  for (let i = 0; i < a; i++) if (t[i]!.w === ',') n++;
  return n;
}

function tokenIndex(t: readonly Token[], offset: number): number {
  for (let i = 0; i < t.length; i++) if (t[i]!.start >= offset) return i;
  return t.length;
}

function hasFrom(t: readonly Token[], set: ReadonlySet<string>, from: number, window: number): boolean {
  const end = Math.min(t.length, from + window);
  for (let i = Math.max(0, from); i < end; i++) if (set.has(t[i]!.w)) return true;
  return false;
}

/** The framing rule that applies to finding `r`, or undefined. */
function ruleFor(r: AdviceReason, sentences: readonly Sentence[], questionAfter: readonly boolean[], lex: FramingLexicon): FramingRule | undefined {
  const si = r.sentence ?? 0;
  const s = sentences[si];
  if (!s) return undefined;
  const t = s.toks;
  const a = tokenIndex(t, r.span.start);
  const laterQuestion = s.term === '?' || questionAfter[si + 1] === true;
  if (r.pattern === 'imperative' || r.pattern === 'isnt-it-time') {
    for (const p of phrases(lex.talk)) if ((p.always || laterQuestion) && phraseAt(t, a, p.words)) return 'talk';
  }
  if (r.detector?.endsWith('.model') && s.term !== '?' && questionAfter[si + 1] === true) return 'statement-before-question';
  if (r.detector?.endsWith('.model') && phraseAnywhere(t, lex.noRemedy)) return 'talk';
  if (isCheck(sentences[si + 1], lex) && separatorsBefore(t, a) >= CHECK_MIN_CLAUSES) return 'check';
  // "The rota, perhaps? Is that what this is really about?": a guess checked by the next question
  if (r.detector?.endsWith('.elliptical-proposal') && questionAfter[si + 1] === true) return 'check';
  if (r.pattern === 'if-i-were-you' && hasFrom(t, lex.feelings, a, MAX_SCAN)) return 'empathy';
  if (r.pattern === 'modal-suggestion' && hasFrom(t, lex.know, a, 5)) return 'assurance';
  return undefined;
}

/**
 * Lowers the findings in `found` that the framing of the contribution explains (see the module
 * comment); returns how many it lowered. Linear in the number of findings times the sentence length.
 */
export function applyFraming(found: AdviceReason[], sentences: readonly Sentence[], lex: FramingLexicon | undefined): number {
  if (!lex || found.length === 0) return 0;
  // questionAfter[i]: some sentence at index ≥ i is a question
  const questionAfter: boolean[] = new Array(sentences.length + 1).fill(false);
  for (let i = sentences.length - 1; i >= 0; i--) questionAfter[i] = sentences[i]!.term === '?' || questionAfter[i + 1]!;
  let lowered = 0;
  for (let i = 0; i < found.length; i++) {
    const r = found[i]!;
    if (r.confidence < FRAMED_CONFIDENCE) continue;
    const rule = ruleFor(r, sentences, questionAfter, lex);
    if (!rule) continue;
    found[i] = { ...r, confidence: FRAMED_CONFIDENCE, framedBy: rule };
    lowered++;
  }
  return lowered;
}
