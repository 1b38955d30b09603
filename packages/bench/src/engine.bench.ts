import {
  type Command,
  type CreatedEvent,
  createManualClock,
  createSession,
  createSessionMachine,
  methods,
  restoreSession,
  type SessionEvent,
} from '@intervision/core';
import { createActor } from 'xstate';
import { gc, timeMedian } from './measure.js';
import { people, recordEvents, sessionCommands } from './session-script.js';

const method = methods['generic-four-phase']!;
const machine = createSessionMachine(method);

async function runSession(commands: Command[]) {
  const session = await createSession(method, { participants: people, clock: createManualClock(), timers: false });
  for (const command of commands) await session.send(command);
  return session;
}

function runActor(created: CreatedEvent, events: readonly SessionEvent[]) {
  const actor = createActor(machine, { input: created }).start();
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
    sessionTimes.push(await timeMedian(() => runSession(commands), 1, i === 0 ? 3 : 0));
    actorTimes.push(await timeMedian(() => runActor(created, events), 1, i === 0 ? 3 : 0));
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const sessionMs = med(sessionTimes);
  const actorMs = med(actorTimes);

  // The same comparison without text rules: the engine's own overhead.
  const noRuleCommands = commands.map((c) => (c.type === 'contribute' && c.kind === 'question' ? { ...c, kind: 'summary' as const } : c));
  const noRuleEvents = await recordEvents(noRuleCommands);
  const bareSession: number[] = [];
  const bareActor: number[] = [];
  for (let i = 0; i < rounds; i++) {
    bareSession.push(await timeMedian(() => runSession(noRuleCommands), 1, i === 0 ? 3 : 0));
    bareActor.push(await timeMedian(() => runActor(noRuleEvents[0] as CreatedEvent, noRuleEvents), 1, i === 0 ? 3 : 0));
  }

  // Rebuild a 1,000-event session from its log.
  const longEvents = await recordEvents(sessionCommands(1000));
  const rebuildMs = await timeMedian(() => restoreSession(method, { events: longEvents }, { timers: false }), rounds);
  const foldBaselineMs = await timeMedian(() => runActor(longEvents[0] as CreatedEvent, longEvents), rounds);

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
    rebuild1000EventsMs: +rebuildMs.toFixed(2),
    rebuildBaselineBareActorMs: +foldBaselineMs.toFixed(2),
    heapPerLiveSessionKB: +perSessionKB.toFixed(1),
    eventsPerLiveSession: eventsPerSession,
    targets: { ratio: 1.5, rebuildMs: 10, heapKB: 30 },
  };
}
