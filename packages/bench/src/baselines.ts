import type { CreatedEvent, SessionEvent } from '@intervision/core';
import { assign, createActor, setup } from 'xstate';

/** The state the baselines keep: the same facts a session keeps, written by hand. */
interface PlainState {
  version: number;
  status: 'lobby' | 'running' | 'ended';
  phase: number;
  topic: string | null;
  contributions: { id: string; by: string; kind: string; text: string; phase: number }[];
  actions: { text: string; owner: string }[];
  evaluations: number;
}

const initial = (): PlainState => ({ version: 0, status: 'lobby', phase: -1, topic: null, contributions: [], actions: [], evaluations: 0 });

/**
 * A hand-written reducer folding a session's events (mutating one private state): the floor for
 * "replay at reducer speed". It checks nothing; the engine checks every event.
 */
export function handFold(events: readonly SessionEvent[]): PlainState {
  const state = initial();
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!;
    state.version = e.seq;
    switch (e.type) {
      case 'started':
        state.status = 'running';
        state.phase = 0;
        break;
      case 'phase-advanced':
        state.phase++;
        if (state.phase >= 4) state.status = 'ended';
        break;
      case 'topic-proposed':
        state.topic = e.text;
        break;
      case 'contributed':
        state.contributions.push({ id: `c-${e.seq}`, by: e.by, kind: e.kind, text: e.text, phase: state.phase });
        break;
      case 'action-added':
        state.actions.push({ text: e.text, owner: e.owner });
        break;
      case 'evaluated':
        state.evaluations++;
        break;
      default:
        break;
    }
  }
  return state;
}

/** Phase ids of the generic four-phase method, in order. */
const PHASES = ['topic', 'clarification', 'experiences', 'back-to-introducer'] as const;

/**
 * A bare XState v5 machine with plain `assign` (no immer, no guards) over the same events: the
 * baseline for `Session.send` throughput ("what XState alone costs").
 */
export const plainMachine = setup({
  types: {} as { context: PlainState; events: SessionEvent; input: CreatedEvent },
}).createMachine({
  id: 'plain',
  context: initial,
  initial: 'lobby',
  states: {
    lobby: { on: { started: { target: 'running', actions: assign({ status: 'running', phase: 0, version: ({ event }) => event.seq }) } } },
    running: {
      initial: 'topic',
      states: Object.fromEntries(
        PHASES.map((id, i) => [
          id,
          {
            on: {
              'phase-advanced': {
                target: i + 1 < PHASES.length ? PHASES[i + 1] : '#plain.ended',
                actions: assign({ phase: ({ context }) => context.phase + 1, version: ({ event }) => event.seq }),
              },
            },
          },
        ]),
      ),
      on: {
        'topic-proposed': { actions: assign({ topic: ({ event }) => (event as { text: string }).text, version: ({ event }) => event.seq }) },
        'topic-chosen': { actions: assign({ version: ({ event }) => event.seq }) },
        contributed: {
          actions: assign({
            contributions: ({ context, event }) => {
              const e = event as Extract<SessionEvent, { type: 'contributed' }>;
              return [...context.contributions, { id: `c-${e.seq}`, by: e.by, kind: e.kind, text: e.text, phase: context.phase }];
            },
            version: ({ event }) => event.seq,
          }),
        },
        'action-added': {
          actions: assign({
            actions: ({ context, event }) => [...context.actions, { text: (event as { text: string }).text, owner: (event as { owner: string }).owner }],
            version: ({ event }) => event.seq,
          }),
        },
        evaluated: { actions: assign({ evaluations: ({ context }) => context.evaluations + 1, version: ({ event }) => event.seq }) },
      },
    },
    ended: { type: 'final' },
  },
});

/** Feeds events to a fresh actor of {@link plainMachine}; returns the version reached. */
export function runPlainMachine(events: readonly SessionEvent[]): number {
  const actor = createActor(plainMachine, { input: events[0] as CreatedEvent }).start();
  for (let i = 1; i < events.length; i++) actor.send(events[i]!);
  const version = actor.getSnapshot().context.version;
  actor.stop();
  return version;
}
