import {
  type Command,
  type CreatedEvent,
  createManualClock,
  createMemoryStore,
  createSession,
  defineMethod,
  type MethodDefinition,
  methods,
  restoreSession,
  type SessionEvent,
} from '@intervision/core';
import { createSessionMachine } from '@intervision/core/machine';
import { createActor } from 'xstate';
import { handFold, runPlainMachine } from './baselines.js';
import { gc, timeMedian } from './measure.js';
import { people, recordEvents, sessionCommands } from './session-script.js';

/** Untimed runs before measuring, so both sides are measured with optimised (JIT-compiled) code. */
const WARMUP = 25;

const method = methods['generic-four-phase']!;
const machine = createSessionMachine(method);

/** The same method with every text rule off: measures the engine's own overhead. */
const withoutRules = defineMethod({
  id: 'generic-no-rules',
  extends: 'generic-four-phase',
  name: { en: 'Generic, rules off' },
  changes: [
    { op: 'set-rule', phase: '*', rule: 'no-advice', setting: 'off' },
    { op: 'set-rule', phase: '*', rule: 'open-question', setting: 'off' },
    { op: 'set-rule', phase: '*', rule: 'sphere-of-influence', setting: 'off' },
  ],
});

async function runSession(commands: Command[], on: MethodDefinition = method) {
  const session = await createSession(on, { participants: people, clock: createManualClock(), timers: false });
  for (const command of commands) await session.send(command);
  return session;
}

function runActor(created: CreatedEvent, events: readonly SessionEvent[], on = machine) {
  const actor = createActor(on, { input: created }).start();
  for (let i = 1; i < events.length; i++) actor.send(events[i] as never);
  const version = actor.getSnapshot().context.version;
  actor.stop();
  return version;
}

/** Session.send vs a bare actor of the same machine fed the same events; rebuild time; heap per session. */
export async function engineBench(rounds = 30) {
  const commands = sessionCommands(200);
  const events = await recordEvents(commands);
  const created = events[0] as CreatedEvent;
  if (runActor(created, events) !== events.length - 1) throw new Error('the bare actor did not accept every event');

  // Interleave the two sides so noise hits both alike.
  const sessionTimes: number[] = [];
  const actorTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    sessionTimes.push(await timeMedian(() => runSession(commands), 1, i === 0 ? WARMUP : 0));
    actorTimes.push(await timeMedian(() => runActor(created, events), 1, i === 0 ? WARMUP : 0));
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const sessionMs = med(sessionTimes);
  const actorMs = med(actorTimes);

  // The same comparison with the text rules off: the engine's own overhead.
  const bareMachine = createSessionMachine(withoutRules);
  const bareSession: number[] = [];
  const bareActor: number[] = [];
  for (let i = 0; i < rounds; i++) {
    bareSession.push(await timeMedian(() => runSession(commands, withoutRules), 1, i === 0 ? WARMUP : 0));
    bareActor.push(await timeMedian(() => runActor(created, events, bareMachine), 1, i === 0 ? WARMUP : 0));
  }

  // Session.send with text rules off vs a bare XState machine with plain `assign` on the same script.
  const plainSession: number[] = [];
  const plainActor: number[] = [];
  for (let i = 0; i < rounds; i++) {
    plainSession.push(await timeMedian(() => runSession(commands, withoutRules), 1, i === 0 ? WARMUP : 0));
    plainActor.push(await timeMedian(() => runPlainMachine(events), 1, i === 0 ? WARMUP : 0));
  }
  const sendThroughputVsPlainXState = commands.length / med(plainSession) / (events.length / med(plainActor));

  // Rebuild a 1,000-event session from its log (check + evolve folded, then hydrated), vs a hand-written reducer.
  const longEvents = await recordEvents(sessionCommands(1000));
  const rebuildTimes: number[] = [];
  const handTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    rebuildTimes.push(await timeMedian(() => restoreSession(method, { events: longEvents }, { timers: false }), 1, i === 0 ? WARMUP : 0));
    handTimes.push(await timeMedian(() => handFold(longEvents), 1, i === 0 ? WARMUP : 0));
  }
  const rebuildMs = med(rebuildTimes);
  const handFoldMs = med(handTimes);
  const foldBaselineMs = await timeMedian(() => runActor(longEvents[0] as CreatedEvent, longEvents), rounds);
  const store = createMemoryStore();
  const snapshotted = await createSession(method, {
    participants: people,
    clock: createManualClock(),
    timers: false,
    store,
    snapshotEvery: 100,
    sessionId: 'snap',
  });
  for (const command of sessionCommands(1000)) await snapshotted.send(command);
  // Restore from a store that also keeps a snapshot every 100 events: restore still reads and checks the
  // whole log (a stored snapshot is never trusted over it), so this is the log rebuild plus the store's reads.
  const fromStoreMs = await timeMedian(() => restoreSession(method, { store, sessionId: 'snap' }, { timers: false, follow: false }), rounds);

  // Heap per live session, 1,000 sessions of 60 commands each.
  const heapCommands = sessionCommands(60);
  gc();
  const before = process.memoryUsage().heapUsed;
  const live = [];
  for (let i = 0; i < 1000; i++) live.push(await runSession(heapCommands));
  gc();
  const after = process.memoryUsage().heapUsed;
  const perSessionKB = (after - before) / 1000 / 1024;
  const eventsPerSession = live[0]!.getEvents().length;
  for (const s of live) s.stop();

  return {
    name: 'engine',
    commands: commands.length,
    sessionMsPer200: +sessionMs.toFixed(3),
    actorMsPer200: +actorMs.toFixed(3),
    sessionCommandsPerSec: Math.round((commands.length / sessionMs) * 1000),
    actorEventsPerSec: Math.round((events.length / actorMs) * 1000),
    ratioSessionToActor: +(sessionMs / actorMs).toFixed(2),
    ratioSessionToActorWithoutTextRules: +(med(bareSession) / med(bareActor)).toFixed(2),
    sendThroughputVsPlainXStateRulesOff: +sendThroughputVsPlainXState.toFixed(2),
    rebuild1000EventsMs: +rebuildMs.toFixed(2),
    rebuild1000HandReducerMs: +handFoldMs.toFixed(3),
    ratioRebuildToHandReducer: +(rebuildMs / handFoldMs).toFixed(1),
    rebuildBaselineBareActorMs: +foldBaselineMs.toFixed(2),
    rebuild1000EventsFromStoreWithSnapshotsMs: +fromStoreMs.toFixed(2),
    heapPerLiveSessionKB: +perSessionKB.toFixed(1),
    eventsPerLiveSession: eventsPerSession,
    targets: { ratioRebuildToHandReducer: 10, sendThroughputVsPlainXStateRulesOff: 0.5, heapKB: 30 },
  };
}
