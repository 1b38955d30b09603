import { describe, expect, it } from 'vitest';
import { createManualClock, createMemoryStore, createSession, defineMethod, methods, restoreSession } from '../src/index.js';
import { genericPeople, inClarification } from './helpers.js';

const MIN = 60_000;

describe('timers on a simulated clock', () => {
  it('warns when a warn-mode timebox runs out, and records the expiry as an event', async () => {
    const { session, clock } = await inClarification();
    expect(session.remainingMs()).toBe(15 * MIN);
    clock.advance(15 * MIN - 1);
    await session.refresh();
    expect(session.getState().phase?.expired).toBe(false);
    clock.advance(1);
    await session.tick();
    expect(session.getState().phase).toMatchObject({ id: 'clarification', expired: true });
    expect(session.getEvents().at(-1)).toMatchObject({ type: 'timer-expired', phase: 'clarification', run: 1, at: clock.now() });
    expect(session.getEvents().filter((e) => e.type === 'timer-expired')).toHaveLength(1);
  });

  it('advances when an advance-mode timebox runs out', async () => {
    const method = defineMethod({
      id: 'auto',
      extends: 'generic-four-phase',
      name: { en: 'Auto' },
      changes: [{ op: 'update', phase: 'clarification', set: { onTimeout: 'advance', timebox: { minutes: 3 } } }],
    });
    const clock = createManualClock();
    const session = await createSession(method, { participants: genericPeople, clock });
    await session.send({ type: 'start', by: 'fay' });
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How can I plan my week better?' });
    await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await session.send({ type: 'advance', by: 'fay' });
    clock.advance(3 * MIN);
    await session.tick();
    expect(session.getState().phase?.id).toBe('experiences');
    expect(session.getState().timeline.find((t) => t.phaseId === 'clarification')).toMatchObject({ expired: true, endedAt: clock.now() });
  });

  it('records a due expiry before the next command even without a scheduler', async () => {
    const { session, clock } = await inClarification({ timers: false });
    clock.advance(20 * MIN);
    const result = await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What would help you most today?' });
    expect(result.ok && result.events.map((e) => e.type)).toEqual(['timer-expired', 'contributed']);
  });

  it('stops the clock while paused', async () => {
    const { session, clock } = await inClarification();
    clock.advance(5 * MIN);
    await session.send({ type: 'pause', by: 'fay' });
    clock.advance(60 * MIN);
    await session.tick();
    expect(session.getState().phase?.expired).toBe(false);
    expect(session.remainingMs()).toBe(10 * MIN);
    await session.send({ type: 'resume', by: 'fay' });
    expect(session.getState().phase?.deadline).toBe(clock.now() + 10 * MIN);
    clock.advance(10 * MIN);
    await session.tick();
    expect(session.getState().phase?.expired).toBe(true);
  });

  it('extends time, which re-arms an expired timebox', async () => {
    const { session, clock } = await inClarification();
    clock.advance(15 * MIN);
    await session.tick();
    expect(session.getState().phase?.expired).toBe(true);
    await session.send({ type: 'extend-time', by: 'fay', minutes: 5 });
    expect(session.getState().phase?.expired).toBe(false);
    expect(session.remainingMs()).toBe(5 * MIN);
    clock.advance(5 * MIN);
    await session.tick();
    expect(session.getEvents().filter((e) => e.type === 'timer-expired')).toHaveLength(2);
  });

  it('keeps the deadline across a restore, and fires it afterwards', async () => {
    const store = createMemoryStore();
    const { session, clock } = await inClarification({ store });
    clock.advance(4 * MIN);
    const deadline = session.getState().phase?.deadline;
    session.stop();
    const restored = await restoreSession(methods['generic-four-phase']!, { store, sessionId: session.id }, { clock });
    expect(restored.getState().phase?.deadline).toBe(deadline);
    expect(restored.remainingMs()).toBe(11 * MIN);
    clock.advance(11 * MIN);
    await restored.tick();
    expect(restored.getState().phase?.expired).toBe(true);
    expect((await store.load('default', session.id)).at(-1)).toMatchObject({ type: 'timer-expired' });
    restored.stop();
  });

  it('scales a per-participant timebox with the number of speakers', async () => {
    const method = defineMethod({
      id: 'per',
      extends: 'generic-four-phase',
      name: { en: 'Per' },
      changes: [{ op: 'update', phase: 'experiences', set: { timebox: { minutesPerParticipant: 2 } } }],
    });
    const clock = createManualClock();
    const session = await createSession(method, { participants: genericPeople, clock });
    await session.send({ type: 'start', by: 'fay' });
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How can I plan my week better?' });
    await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await session.send({ type: 'advance', by: 'fay' });
    await session.send({ type: 'advance', by: 'fay' });
    // speakers: peer (pia, paul) and facilitator (fay) → 3 × 2 minutes
    expect(session.remainingMs()).toBe(6 * MIN);
  });
});
