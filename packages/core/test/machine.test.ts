import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createManualClock, createSession, defineMethod, methods } from '../src/index.js';
import { createSessionMachine, type MachineEvent } from '../src/machine.js';
import { createdFor, genericPeople } from './helpers.js';

const created = createdFor('generic-four-phase', ['fay:facilitator', 'ian:introducer', 'pia:peer']);

describe('the compiled machine, used bare with createActor', () => {
  it('runs, and refuses what the method forbids without any Session', () => {
    const actor = createActor(createSessionMachine(methods['generic-four-phase']!), { input: created }).start();
    const send = (event: MachineEvent) => {
      actor.send(event);
      return actor.getSnapshot();
    };
    expect(send({ type: 'started', seq: 1, at: 1, by: 'pia' }).value).toBe('lobby'); // a peer cannot start
    expect(send({ type: 'started', seq: 1, at: 1, by: 'fay' }).value).toEqual({ running: 'topic' });
    expect(send({ type: 'phase-advanced', seq: 2, at: 2, by: 'fay' }).value).toEqual({ running: 'topic' }); // topic missing
    send({ type: 'topic-proposed', seq: 2, at: 2, by: 'ian', text: 'How do I say no?', findings: [] });
    send({ type: 'topic-chosen', seq: 3, at: 3, by: 'fay', proposalId: 't-2' });
    expect(send({ type: 'phase-advanced', seq: 4, at: 4, by: 'fay' }).value).toEqual({ running: 'clarification' });
    const before = actor.getSnapshot().context;
    send({ type: 'contributed', seq: 5, at: 5, by: 'pia', kind: 'advice', text: 'Just say no.', findings: [] });
    send({ type: 'contributed', seq: 5, at: 5, by: 'ian', kind: 'question', text: 'Can I ask?', findings: [] });
    send({
      type: 'contributed',
      seq: 5,
      at: 5,
      by: 'pia',
      kind: 'question',
      text: 'Why?',
      findings: [{ ruleId: 'no-advice', severity: 'block', messageKey: 'x', message: 'x' }],
    });
    expect(actor.getSnapshot().context).toBe(before);
    expect(send({ type: 'contributed', seq: 5, at: 5, by: 'pia', kind: 'question', text: 'What happened?', findings: [] }).context.contributions).toHaveLength(
      1,
    );
    actor.stop();
  });

  it('carries each phase definition as state meta, for inspectors and diagrams', () => {
    const machine = createSessionMachine(methods['incident-method']!);
    expect(machine.id).toBe('incident-method');
    expect(machine.getStateNodeById('incident-method.running.questions').meta).toMatchObject({ phase: { id: 'questions', turnPolicy: 'round-robin' } });
    expect(createSessionMachine(methods['incident-method']!)).toBe(machine);
  });

  it('judges a phase’s `when` condition once, on entry, not after every event inside it', async () => {
    const method = defineMethod({
      id: 'with-when',
      extends: 'generic-four-phase',
      name: { en: 'With when' },
      changes: [
        {
          op: 'insert',
          after: 'clarification',
          with: {
            id: 'find-problem',
            kind: 'key-question',
            name: { en: 'Find the problem' },
            instructions: { en: 'If there is no problem definition yet, find one together.' },
            speakers: ['peer', 'introducer'],
            contributionKinds: ['idea'],
            when: { outputMissing: 'problem-definition' },
            outputs: ['problem-definition'],
          },
        },
      ],
    });
    const session = await createSession(method, { participants: genericPeople, clock: createManualClock() });
    await session.send({ type: 'start', by: 'fay' });
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I keep my evenings free?' });
    await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await session.send({ type: 'advance', by: 'fay' });
    await session.send({ type: 'advance', by: 'fay' });
    expect(session.getState().phase?.id).toBe('find-problem');
    await session.send({ type: 'set-output', by: 'ian', output: 'problem-definition', text: 'I take on too much.' });
    expect(session.getState().phase?.id).toBe('find-problem');
    await session.send({ type: 'advance', by: 'fay' });
    expect(session.getState().phase?.id).toBe('experiences');

    // With the output set before, the phase is skipped.
    const again = await createSession(method, { participants: genericPeople, clock: createManualClock() });
    await again.send({ type: 'start', by: 'fay' });
    await again.send({ type: 'propose-topic', by: 'ian', text: 'How do I keep my evenings free?' });
    await again.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await again.send({ type: 'advance', by: 'fay' });
    await again.send({ type: 'set-output', by: 'ian', output: 'problem-definition', text: 'I take on too much.' });
    await again.send({ type: 'advance', by: 'fay' });
    expect(again.getState().phase?.id).toBe('experiences');
    expect(again.getState().timeline.map((t) => t.phaseId)).not.toContain('find-problem');
  });
});
