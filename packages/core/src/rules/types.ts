import type { z } from 'zod';

/** The languages the SDK ships texts and text rules for. */
export type Lang = 'en' | 'nl' | 'de';

/** A half-open character range `[start, end)` in a text, for underlining in a UI. */
export interface Span {
  /** Index of the first character. */
  start: number;
  /** Index one past the last character. */
  end: number;
}

/** How a rule is applied in a phase: refuse the input, accept it with a warning, or skip the rule. */
export type RuleMode = 'block' | 'warn' | 'off';

/** What a rule checks: a contribution said in a phase, or a topic / problem definition / key question. */
export type RuleTarget = 'contribution' | 'topic';

/** A finding as a rule reports it, before the engine stamps the mode-derived severity on it. */
export interface RuleHit {
  /** Stable key of the message, e.g. `no-advice.modal-suggestion`. */
  messageKey: string;
  /** Human message in the language the rule was asked for. */
  message: string;
  /** Where in the text the problem is. */
  span?: Span;
  /** A rewording the UI can offer, in the same language. */
  suggestion?: string;
  /** How sure the rule is, 0..1. */
  confidence?: number;
}

/** A finding attached to an event or a rejection: what a rule reported, with its rule id and severity. */
export interface Finding extends RuleHit {
  /** Id of the rule that reported it (`no-advice`, `open-question`, …). */
  ruleId: string;
  /** `block` refuses the input (unless a facilitator overrides); `warn` lets it through. */
  severity: 'block' | 'warn';
}

/** What a rule's `check` receives. */
export interface RuleInput<Options = unknown> {
  /** The text to check. */
  text: string;
  /** The contribution kind (`question`, `experience`, …), or `topic` / `problem-definition` / `key-question`. */
  kind: string;
  /** The session language; rules may detect the language of the text themselves when it differs. */
  lang: Lang;
  /** Id of the phase the input was made in. */
  phaseId: string;
  /** The options the method sets for this rule in this phase, already validated by `optionsSchema`. */
  options: Options;
}

/**
 * A rule: a check on contributions or topics, looked up by id from a {@link RuleRegistry}.
 * A rule may be async (for example a host's classifier); the engine then applies `timeoutMs`
 * and falls back to `fallback` (another rule id) when it is slow or fails.
 */
export interface Rule<Options = unknown> {
  /** Stable id used in method definitions, e.g. `no-advice`. */
  id: string;
  /** Whether it checks contributions or topics. */
  target: RuleTarget;
  /** Only check inputs of these kinds; all kinds when omitted. */
  kinds?: readonly string[];
  /** zod schema for the options a method may set for this rule in a phase. */
  optionsSchema?: z.ZodType<Options>;
  /** Human description for docs and CLI listings (English). */
  description?: string;
  /** The check itself. Pure and deterministic for built-in rules. */
  check(input: RuleInput<Options>): readonly RuleHit[] | Promise<readonly RuleHit[]>;
  /** For async rules: how long the engine waits before using the fallback. Default 2000 ms. */
  timeoutMs?: number;
  /** For async rules: id of a rule to run instead when this one times out or throws. */
  fallback?: string;
}
