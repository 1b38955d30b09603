import type { LocalizedText } from '../../i18n/localized.js';
import type { TextOutput } from '../../method/vocabulary.js';
import type { ScenarioStep } from '../../scenario/types.js';
import type { RejectionCode } from '../../session/messages.js';

/** A scenario step that sends a command. */
export type SendStep = Extract<ScenarioStep, { send: unknown }>;

/** The controlling participant starts the session. */
export const start = (by: string): SendStep => ({ send: { type: 'start', by } });

/** The controlling participant moves to the next phase. */
export const advance = (by: string, note?: LocalizedText): SendStep => ({ send: { type: 'advance', by }, ...(note ? { note } : {}) });

/** A contribution of a kind. */
export const say = (by: string, kind: string, text: LocalizedText): SendStep => ({ send: { type: 'contribute', by, kind, text } });

/** An answer to a question (`c-<seq>` of the question). */
export const answer = (by: string, questionId: string, text: LocalizedText): SendStep => ({ send: { type: 'answer', by, questionId, text } });

/** A topic proposal. */
export const propose = (by: string, text: LocalizedText): SendStep => ({ send: { type: 'propose-topic', by, text } });

/** The controlling participant chooses a proposal (`t-<seq>`); its proposer becomes the introducer. */
export const choose = (by: string, proposalId: string): SendStep => ({ send: { type: 'choose-topic', by, proposalId } });

/** Sets a text output (problem definition or key question). */
export const output = (by: string, kind: TextOutput, text: LocalizedText): SendStep => ({ send: { type: 'set-output', by, output: kind, text } });

/** Adds an action item for the introducer. */
export const action = (by: string, text: LocalizedText, due?: string): SendStep => ({ send: { type: 'add-action', by, text, ...(due ? { due } : {}) } });

/** An evaluation with a rating and an optional comment. */
export const evaluate = (by: string, rating: number, text?: LocalizedText): SendStep => ({ send: { type: 'evaluate', by, rating, ...(text ? { text } : {}) } });

/** The same step, expected to be refused with `code`, with what the refusal shows. */
export const refused = (step: SendStep, code: RejectionCode, note: LocalizedText): SendStep => ({ ...step, expect: code, note });

/** The same step with a narration note. */
export const noted = (step: SendStep, note: LocalizedText): SendStep => ({ ...step, note });
