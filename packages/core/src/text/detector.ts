/**
 * The shared skeleton of the advice detectors: a sentence is read once (where it starts, whether it
 * is a question, whether it reports speech), then every detector of the language pack looks at it and
 * adds findings. A finding names the detector that made it and the pattern it found; the pattern
 * decides the message key (`no-advice.<pattern>`), so renaming a detector never breaks stored events.
 */
import type { AdvicePattern, AdviceReason } from './advice-types.js';
import { at, skip, spanOf } from './match.js';
import type { StartLexicon } from './pack.js';
import type { Sentence, Token } from './sentences.js';

/** One sentence as the detectors see it. */
export interface SentenceContext {
  /** The sentence. */
  readonly s: Sentence;
  /** Its tokens (contractions expanded). */
  readonly t: readonly Token[];
  /** Number of tokens. */
  readonly n: number;
  /** Whether it ends with a question mark. */
  readonly isQ: boolean;
  /** Index of the first word after leading fillers. */
  readonly first: number;
  /** That word. */
  readonly firstW: string;
  /** Index of the first word after leading conjunctions. */
  readonly qFirst: number;
  /** That word. */
  readonly qFirstW: string;
  /** Whether the sentence reports speech ("you said you might …"). */
  readonly reported: boolean;
  /** Whether it starts with a question word. */
  readonly whStart: boolean;
  /** How many findings the detectors before this one made in this sentence. */
  readonly findings: number;
  /** Whether statistical detectors may speak (see `DetectAdviceOptions.backoff`). */
  readonly backoff: boolean;
  /** Adds a finding of `pattern` spanning tokens `a`..`b` with the given confidence. */
  add(pattern: AdvicePattern, a: number, b: number, confidence: number): void;
}

/** One advice detector: a named pattern of one language. */
export interface AdviceDetector {
  /** Stable name, `<lang>.<pattern-name>` ("en.have-you-tried"); reported on every finding. */
  readonly id: string;
  /** Looks at one sentence and adds findings through `ctx.add`. Must be linear in the sentence length. */
  detect(ctx: SentenceContext): void;
}

/** The context the skeleton builds once per sentence and hands to every detector. */
class Context implements SentenceContext {
  readonly t: readonly Token[];
  readonly n: number;
  readonly isQ: boolean;
  readonly first: number;
  readonly firstW: string;
  readonly qFirst: number;
  readonly qFirstW: string;
  readonly reported: boolean;
  readonly whStart: boolean;
  /** The detector running now (named on its findings). */
  detector = '';
  findings = 0;
  backoff = true;
  readonly add: SentenceContext['add'];

  constructor(
    readonly s: Sentence,
    si: number,
    lex: StartLexicon,
    out: AdviceReason[],
  ) {
    const t = s.toks;
    this.t = t;
    this.n = t.length;
    this.isQ = s.term === '?';
    this.first = skip(t, 0, lex.lead);
    this.firstW = at(t, this.first);
    this.qFirst = skip(t, 0, lex.conj);
    this.qFirstW = at(t, this.qFirst);
    let reported = false;
    for (const tok of t) if (lex.reporting.has(tok.w)) reported = true;
    this.reported = reported;
    this.whStart = lex.wh.has(this.firstW);
    this.add = (pattern, a, b, confidence) => {
      if (confidence >= 0.5) this.findings++;
      out.push({ pattern, span: spanOf(t, a, b), sentence: si, confidence, detector: this.detector });
    };
  }
}

/** Runs `detectors` on sentence `si` and appends their findings to `out`. */
export function runDetectors(detectors: readonly AdviceDetector[], lex: StartLexicon, s: Sentence, si: number, out: AdviceReason[], backoff = true): void {
  if (s.toks.length === 0) return;
  const ctx = new Context(s, si, lex, out);
  ctx.backoff = backoff;
  for (const d of detectors) {
    ctx.detector = d.id;
    d.detect(ctx);
  }
}

/** Shorthand for defining a detector. */
export function detector(id: string, detect: (ctx: SentenceContext) => void): AdviceDetector {
  return { id, detect };
}
