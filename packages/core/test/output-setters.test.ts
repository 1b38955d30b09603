import { describe, expect, it } from 'vitest';
import { createManualClock, createSession, defineMethod } from '../src/index.js';
import { genericPeople } from './helpers.js';

/** A generic variant in which only the introducer sets the action plan, and every action needs an owner and a due date. */
const method = defineMethod({
  extends: 'generic-four-phase',
  id: 'owned-actions',
  version: '1.0.0',
  name: { en: 'Owned actions' },
  changes: [
    {
      op: 'update',
      phase: 'back-to-introducer',
      set: { outputSetters: { 'action-plan': ['introducer'] }, actionPlan: { requireOwner: true, requireDue: true } },
    },
  ],
} as never);

async function atActionPlan() {
  const session = await createSession(method, { participants: genericPeople, clock: createManualClock() });
  await session.send({ type: 'start', by: 'fay' });
  await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I plan my week?' });
  await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
  await session.send({ type: 'advance', by: 'fay' });
  await session.send({ type: 'set-output', by: 'fay', output: 'problem-definition', text: 'Planning.' });
  await session.send({ type: 'advance', by: 'fay' });
  await session.send({ type: 'advance', by: 'fay' });
  expect(session.getState().phase?.id).toBe('back-to-introducer');
  return session;
}

describe('output setters and the action plan’s required fields', () => {
  it('lets only the named roles set an output (the facilitator too is refused)', async () => {
    const session = await atActionPlan();
    const byFacilitator = await session.send({ type: 'add-action', by: 'fay', text: 'Call HR', owner: 'ian', due: '2026-03-01' });
    expect(!byFacilitator.ok && byFacilitator.code).toBe('forbidden-role');
    const byIntroducer = await session.send({ type: 'add-action', by: 'ian', text: 'Call HR', owner: 'ian', due: '2026-03-01' });
    expect(byIntroducer.ok).toBe(true);
  });

  it('refuses an action without an owner or a due date with action-incomplete', async () => {
    const session = await atActionPlan();
    const noOwner = await session.send({ type: 'add-action', by: 'ian', text: 'Call HR', due: '2026-03-01' });
    expect(!noOwner.ok && noOwner.code).toBe('action-incomplete');
    expect(!noOwner.ok && noOwner.params).toEqual({ missing: 'owner' });
    const noDue = await session.send({ type: 'add-action', by: 'ian', text: 'Call HR', owner: 'ian' });
    expect(!noDue.ok && noDue.code).toBe('action-incomplete');
  });
});
