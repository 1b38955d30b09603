import * as z from 'zod/mini';

/** Built-in contribution kinds: what can be said in a phase. Methods may declare more in `kinds`. */
export const CONTRIBUTION_KINDS = [
  'check-in',
  'narrative',
  'question',
  'answer',
  'summary',
  'hypothesis',
  'perception',
  'feeling',
  'identification',
  'experience',
  'idea',
  'advice',
  'appreciation',
  'statement',
  'reflect-back',
  'reflection',
  'note',
  'action',
  'evaluation',
] as const;

/** A built-in contribution kind. */
export type BuiltinContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Descriptive phase kinds, used by renderers and pickers. Only `choice` changes how the engine runs a phase. */
export const PHASE_KINDS = [
  'check-in',
  'report-back',
  'casting',
  'topic',
  'narrative',
  'clarification',
  'key-question',
  'analysis',
  'consultation',
  'experience',
  'advice',
  'response',
  'reflection',
  'pause',
  'mirroring',
  'action-plan',
  'evaluation',
  'closing',
  'custom',
] as const;

/** A descriptive phase kind. */
export type PhaseKind = (typeof PHASE_KINDS)[number];

/**
 * How turns are taken in a phase.
 * - `free`: any allowed speaker, any time (quota permitting).
 * - `round-robin`: allowed speakers in participant order; a contribution or a pass moves the turn on.
 * - `one-per-turn`: anyone allowed, but nobody twice in a row.
 * - `written-then-revealed`: everyone writes once, hidden, until all have written or a facilitator reveals.
 * - `pair-until-heard`: a speaker and one listener; the listener reflects back until the speaker confirms
 *   being heard, then the listener becomes the speaker.
 */
export const TURN_POLICIES = ['free', 'round-robin', 'one-per-turn', 'written-then-revealed', 'pair-until-heard'] as const;

/** A turn policy. */
export type TurnPolicy = (typeof TURN_POLICIES)[number];

/** Where the introducer is during a phase. Anything but `present` means they cannot contribute. */
export const INTRODUCER_PRESENCE = ['present', 'silent', 'back-turned', 'absent'] as const;

/** Where the introducer is during a phase. */
export type IntroducerPresence = (typeof INTRODUCER_PRESENCE)[number];

/** What a phase produces. Each output unlocks the commands that set it. */
export const OUTPUT_KINDS = ['topic', 'problem-definition', 'key-question', 'notes', 'report-back', 'action-plan', 'evaluation'] as const;

/** An output a phase produces. */
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Outputs that hold one text, set with the `set-output` command. */
export const TEXT_OUTPUTS = ['problem-definition', 'key-question'] as const;

/** An output that holds one text. */
export type TextOutput = (typeof TEXT_OUTPUTS)[number];

/** Conventional role ids. `introducer` is required in every method; `facilitator` controls the session by default. */
export const ROLE_IDS = ['introducer', 'facilitator', 'peer', 'timekeeper', 'scribe', 'observer'] as const;

/** zod schema for a kebab-case identifier (`incident-method`, `clarification`). */
export const IdSchema = z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single dashes'));
