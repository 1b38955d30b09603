import type { Action, Command } from '../engine/schemas.js';
import type { LocalizedText } from '../i18n/localized.js';
import type { ParticipantInput } from '../session/create.js';
import type { RejectionCode } from '../session/messages.js';

/** A command whose `text` may be given in several languages (English required). */
export type ScenarioCommand = Command extends infer C
  ? C extends { type: string }
    ? 'text' extends keyof C
      ? Omit<C, 'text'> & (undefined extends C['text'] ? { text?: string | LocalizedText } : { text: string | LocalizedText })
      : C
    : never
  : never;

/** One step of a scenario: a command with the outcome it must have, or time passing. */
export type ScenarioStep =
  | {
      /** The command to send. */
      send: ScenarioCommand;
      /** `accepted` (default), or the rejection code the engine must return. */
      expect?: 'accepted' | RejectionCode;
      /** What this step shows, for the narrated demo. */
      note?: LocalizedText;
    }
  | {
      /** Minutes that pass on the simulated clock (timers fire). */
      wait: number;
      /** What this step shows. */
      note?: LocalizedText;
    };

/** A realistic scripted run of a method: who takes part and what they do, step by step. */
export interface Scenario {
  /** The method it runs. */
  methodId: string;
  /** One line on the case, for the demo. */
  title: LocalizedText;
  /** Participants and their roles. */
  participants: ParticipantInput[];
  /** Open actions from an earlier session, for methods that open with a report-back. */
  carriedActions?: Action[];
  /** The steps, in order. */
  steps: ScenarioStep[];
}
