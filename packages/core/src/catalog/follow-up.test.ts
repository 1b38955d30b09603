import { describe, expect, it } from 'vitest';
import type { Action } from '../engine/schemas.js';
import { methods, scenarios } from '../methods/index.js';
import { runScenario } from '../scenario/run.js';
import type { Scenario } from '../scenario/types.js';
import { createManualClock } from '../session/clock.js';
import { createSession, restoreSession } from '../session/create.js';

const method = methods['action-learning']!;

/** The action-learning scenario with two more actions, one of them owned by a set member. */
function firstMeeting(): Scenario {
  const base = scenarios['action-learning']!;
  const at = base.steps.findIndex((s) => 'send' in s && s.send.type === 'add-action');
  const extra = [
    { send: { type: 'add-action' as const, by: 'lars', text: { en: 'Share the agenda a week ahead' }, due: '2026-03-03' } },
    { send: { type: 'add-action' as const, by: 'kim', owner: 'maya', text: 'Send Lars the article on shared leadership' } },
  ];
  return { ...base, steps: [...base.steps.slice(0, at + 1), ...extra, ...base.steps.slice(at + 1)] };
}

describe('follow-up across sessions (action learning)', () => {
  it('carries the open actions of one meeting into the next, where each is reported done, not done or changed', async () => {
    const first = await runScenario(method, firstMeeting());
    expect(first.ok).toBe(true);
    const open: Action[] = [...first.session.getState().openActions];
    expect(open.map((a) => a.owner)).toEqual(['lars', 'lars', 'maya']);
    expect(open.every((a) => a.sessionId === first.session.id)).toBe(true);

    const clock = createManualClock();
    const second = await createSession(method, {
      clock,
      carriedActions: open,
      participants: [
        { id: 'kim', role: 'facilitator' },
        { id: 'nils', role: 'introducer' },
        { id: 'lars', role: 'peer' },
        { id: 'maya', role: 'peer' },
        { id: 'olga', role: 'peer' },
      ],
    });
    const send = (command: object) => second.sendUnknown({ by: 'kim', ...command });
    expect((await send({ type: 'start' })).ok).toBe(true);
    expect(second.getState().phase?.kind).toBe('report-back');
    expect(await send({ type: 'advance' })).toMatchObject({ ok: false, code: 'output-missing' });

    const [coChair, agenda, article] = open as [Action, Action, Action];
    expect(await second.send({ type: 'report-action', by: 'olga', actionId: coChair.id, status: 'done' })).toMatchObject({ ok: false, code: 'forbidden-role' });
    expect((await second.send({ type: 'report-action', by: 'lars', actionId: coChair.id, status: 'done', note: 'Dr. Janssen co-chairs from April.' })).ok).toBe(
      true,
    );
    expect(await second.send({ type: 'report-action', by: 'lars', actionId: coChair.id, status: 'not-done' })).toMatchObject({
      ok: false,
      code: 'already-reported',
    });
    expect((await second.send({ type: 'report-action', by: 'lars', actionId: agenda.id, status: 'changed', note: 'The co-chair sends it now.' })).ok).toBe(
      true,
    );
    expect((await send({ type: 'report-action', actionId: article.id, status: 'not-done', note: 'Maya is ill; the set adviser reports for her.' })).ok).toBe(
      true,
    );
    expect(await send({ type: 'report-action', actionId: 'no-such-action', status: 'done' })).toMatchObject({ ok: false, code: 'unknown-reference' });

    const state = second.getState();
    expect(state.carriedActions.map((a) => a.report?.status)).toEqual(['done', 'changed', 'not-done']);
    expect(state.openActions.map((a) => a.id)).toEqual([agenda.id, article.id]);

    expect((await send({ type: 'advance' })).ok).toBe(true);
    expect(await send({ type: 'report-action', actionId: agenda.id, status: 'done' })).toMatchObject({ ok: false, code: 'wrong-phase' });
    for (const type of ['advance', 'advance', 'advance', 'advance']) expect((await send({ type })).ok).toBe(true);
    expect((await second.send({ type: 'add-action', by: 'nils', text: 'Ask the ward for one improvement idea' })).ok).toBe(true);
    const after = second.getState();
    expect(after.openActions.map((a) => a.owner)).toEqual(['lars', 'maya', 'nils']);
    expect(after.openActions.at(-1)?.sessionId).toBe(second.id);

    const restored = await restoreSession(method, { events: second.getEvents() }, { timers: false });
    expect(restored.getState()).toEqual(after);
    first.session.stop();
    second.stop();
    restored.stop();
  });

  it('explores report-back with carried actions: the phase cannot be left before every action is reported', async () => {
    const session = await createSession(method, {
      clock: createManualClock(),
      carriedActions: [{ id: 'old-1', text: 'Talk to the director', owner: 'maya', due: null }],
      participants: [
        { id: 'kim', role: 'facilitator' },
        { id: 'lars', role: 'introducer' },
        { id: 'maya', role: 'peer' },
        { id: 'nils', role: 'peer' },
      ],
    });
    await session.send({ type: 'start', by: 'kim' });
    expect(session.can({ type: 'advance', by: 'kim' })?.code).toBe('output-missing');
    expect((await session.send({ type: 'report-action', by: 'maya', actionId: 'old-1', status: 'done' })).ok).toBe(true);
    expect(session.can({ type: 'advance', by: 'kim' })).toBeNull();
    expect(session.getState().openActions).toEqual([]);
    session.stop();
  });
});
