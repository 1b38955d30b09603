import type { Finding, SessionView } from '@intervision/core';
import type { CommandInput, Refusal, StepInfo, Viewer } from './types.js';

/** The wire protocol between {@link createRemoteSource} and `createSessionServer` (`@intervision/react/server`), below `<base>/<sessionId>`. */
export const ROUTES = {
  /** GET: the current {@link ViewMessage} and steps ({@link SnapshotMessage}). */
  view: 'view',
  /** GET: server-sent events `hello` ({@link HelloMessage}) then `view` ({@link ViewMessage}, id = version). `?after=<version>` skips a view the client has. */
  events: 'events',
  /** POST a command (`CommandInput`): answers a `SourceResult`. */
  commands: 'commands',
  /** POST `{ commands: CommandInput[] }`: answers `{ answers: (Refusal | null)[] }`. */
  can: 'can',
  /** POST a `CheckInput`: answers `{ findings }`. */
  check: 'check',
} as const;

/** A projected view with the server's time (for timers). */
export interface ViewMessage {
  /** The viewer's view. */
  view: SessionView;
  /** Server clock (epoch ms) when sent. */
  serverTime: number;
}

/** The first event on every event stream. */
export interface HelloMessage {
  /** Who the server says the viewer is. */
  viewer: Viewer;
  /** The method's steps. */
  steps: StepInfo[];
  /** Server clock (epoch ms) when sent. */
  serverTime: number;
}

/** What `GET <base>/<id>/view` answers: a hello and a view in one (for a first paint or server rendering). */
export type SnapshotMessage = HelloMessage & ViewMessage;

/** Body of a `can` request. */
export interface CanRequest {
  /** Commands to ask about (at most {@link MAX_CAN_BATCH}). */
  commands: CommandInput[];
}

/** Answer to a `can` request, in the same order. */
export interface CanResponse {
  /** Null where allowed. */
  answers: (Refusal | null)[];
}

/** Answer to a `check` request. */
export interface CheckResponse {
  /** The findings. */
  findings: Finding[];
}

/** Most commands one `can` request may ask about. */
export const MAX_CAN_BATCH = 50;
