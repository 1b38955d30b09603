import type { $ZodType } from 'zod/v4/core';
import type { Lang } from '../shared/lang.js';
import type { RuleHit } from '../shared/span.js';

/** How a rule is applied in a phase: refuse the input, accept it with a warning, or skip the rule. */
export type RuleMode = 'block' | 'warn' | 'off';

/** What a rule checks: a contribution said in a phase, or a topic / problem definition / key question. */
export type RuleTarget = 'contribution' | 'topic';

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
  /** zod schema (zod 4, classic or mini) for the options a method may set for this rule in a phase. */
  optionsSchema?: $ZodType<Options>;
  /** Human description for docs and CLI listings (English). */
  description?: string;
  /** The check itself. Pure and deterministic for built-in rules. */
  check(input: RuleInput<Options>): readonly RuleHit[] | Promise<readonly RuleHit[]>;
  /** For async rules: how long the engine waits before using the fallback. Default 2000 ms. */
  timeoutMs?: number;
  /** For async rules: id of a rule to run instead when this one times out or throws. */
  fallback?: string;
}
