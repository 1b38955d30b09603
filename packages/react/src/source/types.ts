import type { Command, Finding, RejectionCode, SessionView } from '@intervision/core';

/**
 * Who looks at a session: a participant, or an audience that only reads (an observer screen, a report).
 * Every view a source hands out is projected for its viewer.
 */
export type Viewer = { participantId: string } | { audience: 'observer' | 'report' };

/** Removes the keys `K` from each member of the union `T` (as `Omit` does for one type). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** When a command was meant: a phase and its run. A stale double-click of `advance` is refused with `stale-phase`. */
export interface PhaseExpectation {
  /** Phase id the sender saw. */
  phase: string;
  /** Run of that phase the sender saw. */
  run: number;
}

/**
 * A command as a UI sends it: `by` is optional (the source's viewer acts; a different `by` is refused
 * with `actor-mismatch`), with an optional client-made `commandId` (a repeat returns the first outcome)
 * and an optional phase expectation.
 */
export type CommandInput = DistributiveOmit<Command, 'by'> & {
  /** Who acts; must be the source's participant when given. */
  by?: string;
  /** Client-made id; retries with the same id return the first outcome. Generated when missing. */
  commandId?: string;
  /** Refuse with `stale-phase` unless the session is still in this phase and run. */
  expect?: PhaseExpectation;
};

/** Codes a source adds to the core's rejection codes. */
export const SOURCE_CODES = ['actor-mismatch', 'stale-phase', 'read-only', 'unauthenticated', 'unknown-session', 'network-error'] as const;

/** A code a source adds: `network-error` (no answer from the server), `unauthenticated`, `read-only` (an audience, not a participant), … */
export type SourceCode = (typeof SOURCE_CODES)[number];

/** Why a command was or would be refused: a stable code and a human message. */
export interface Refusal {
  /** Stable code. */
  code: RejectionCode | SourceCode;
  /** Human message in the session language. */
  message: string;
}

/** What {@link SessionSource.send} resolves to. Views arrive through `subscribe`, never in the result. */
export type SourceResult =
  | {
      ok: true;
      /** The command id that was used. */
      commandId: string;
      /** Warnings the rules reported. */
      findings: Finding[];
    }
  | ({
      ok: false;
      /** The command id that was used. */
      commandId: string;
      /** What the rules reported (for `rule-violation`). */
      findings: Finding[];
      /** Id of the blocked input, which a facilitator may `override`. */
      blockedId?: string;
    } & Refusal);

/** One step of the method, as a phase stepper lists it. */
export interface StepInfo {
  /** Phase id. */
  id: string;
  /** Localised phase name. */
  name: string;
  /** Module the phase belongs to, or null. */
  module: string | null;
  /** Whether it is a choice between modules. */
  choice: boolean;
}

/** What to check while the user types: the contribution kind (or `topic`, `problem-definition`, `key-question`) and the text. */
export interface CheckInput {
  /** Contribution kind, or `topic` / an output kind. */
  kind: string;
  /** The draft text. */
  text: string;
}

/** Whether a remote source is connected. In-process sources are always `open`. */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/**
 * Where a UI gets one viewer's projected view of a session from, and sends commands to. Three
 * implementations ship: {@link createLocalSource} (a Session in the same process),
 * {@link createRemoteSource} (HTTP + server-sent events against `createSessionServer` (`@intervision/react/server`))
 * and {@link fromActor} (a plain XState actor of the compiled machine).
 */
export interface SessionSource {
  /** Who this source is for. */
  readonly viewer: Viewer;
  /** The current projected view, or null until the first one arrives. Stable until it changes. */
  getView(): SessionView | null;
  /** The method's steps in order (empty until known). Stable until it changes. */
  getSteps(): readonly StepInfo[];
  /** Connection status. */
  getStatus(): ConnectionStatus;
  /** Calls `listener` after any change of view, steps, status or known `can` answers. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Sends a command as the viewer, with a generated command id unless one is given. Never rejects. */
  send(command: CommandInput): Promise<SourceResult>;
  /**
   * Whether a command would be accepted now (rules not run): null when allowed, the refusal when not,
   * `undefined` while a remote answer is on its way (subscribers are told when it arrives).
   */
  can(command: CommandInput): Refusal | null | undefined;
  /** Runs the current phase's rules on a draft without sending it. Never rejects (no findings on failure). */
  check(input: CheckInput): Promise<Finding[]>;
  /** The session clock's current time (epoch ms), for timers. */
  now(): number;
  /** Stops listening (closes the event stream). */
  close(): void;
}
