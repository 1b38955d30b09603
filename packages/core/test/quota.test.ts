import { describe, expect, it } from 'vitest';
import { createManualClock, createSession, defineMethod, type Phase, parseMethod, restoreSession } from '../src/index.js';
import { genericPeople, walkToExperiences } from './helpers.js';

/** The generic method with the clarification round changed as given, walked to that round. */
async function clarificationWith(set: Partial<Phase>) {
  const method = defineMethod({
    id: 'quota-variant',
    extends: 'generic-four-phase',
    name: { en: 'Quota variant' },
    changes: [{ op: 'update', phase: 'clarification', set }],
  });
  const session = await createSession(method, { participants: genericPeople, clock: createManualClock() });
  await session.send({ type: 'start', by: 'fay' });
  await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I keep my evenings free?' });
  await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
  await session.send({ type: 'advance', by: 'fay' });
  return session;
}

const ask = (by: string, n: number) => ({ type: 'contribute', by, kind: 'question', text: `What happened at moment ${n}?` }) as const;
const summarise = (by: string) => ({ type: 'contribute', by, kind: 'summary', text: 'So far we heard about the evenings.' }) as const;

describe('quotas', () => {
  it('caps contributions per participant, counting only the quota’s kinds', async () => {
    const session = await clarificationWith({ quota: { max: 2, kinds: ['question'] } });
    expect((await session.send(summarise('pia'))).ok).toBe(true);
    expect((await session.send(ask('pia', 1))).ok).toBe(true);
    expect((await session.send(ask('pia', 2))).ok).toBe(true);
    const third = await session.send(ask('pia', 3));
    expect(!third.ok && third.code).toBe('quota-exceeded');
    expect((await session.send(summarise('pia'))).ok).toBe(true);
    expect((await session.send(ask('paul', 1))).ok).toBe(true);
  });

  it('caps the phase as a whole with a total', async () => {
    const session = await clarificationWith({ quota: { total: 3, kinds: ['question'] } });
    for (const [by, n] of [
      ['pia', 1],
      ['paul', 2],
      ['pia', 3],
    ] as const)
      expect((await session.send(ask(by, n))).ok).toBe(true);
    const fourth = await session.send(ask('paul', 4));
    expect(!fourth.ok && fourth.code).toBe('phase-quota-reached');
    expect(!fourth.ok && fourth.message).toContain('3');
  });

  it('keeps the phase open until everyone who takes turns has made the minimum', async () => {
    const session = await clarificationWith({ quota: { min: 1, kinds: ['question'] }, turnRoles: ['peer'] });
    expect((await session.send(ask('pia', 1))).ok).toBe(true);
    const early = await session.send({ type: 'advance', by: 'fay' });
    expect(!early.ok && early.code).toBe('quota-not-met');
    expect(!early.ok && early.message).toContain('paul');
    expect((await session.send(ask('paul', 2))).ok).toBe(true);
    expect((await session.send({ type: 'advance', by: 'fay' })).ok).toBe(true);
  });

  it('lets everyone write several hidden contributions in a written round, revealed when all are done', async () => {
    const session = await clarificationWith({ turnPolicy: 'written-then-revealed', turnRoles: ['peer'], quota: { max: 2, kinds: ['question'] } });
    await session.send(ask('pia', 1));
    await session.send(ask('pia', 2));
    const more = await session.send(ask('pia', 3));
    expect(!more.ok && more.code).toBe('already-submitted');
    await session.send(ask('paul', 1));
    expect(session.getState().contributions.every((c) => c.hidden && c.text === null)).toBe(true);
    await session.send(ask('paul', 2));
    expect(session.getState().turn?.revealed).toBe(true);
    expect(session.getState().contributions.map((c) => c.text)).toEqual([
      'What happened at moment 1?',
      'What happened at moment 2?',
      'What happened at moment 1?',
      'What happened at moment 2?',
    ]);
  });

  it('reports impossible quotas when the method is defined', () => {
    const result = parseMethod({
      id: 'bad-quota',
      extends: 'generic-four-phase',
      name: { en: 'Bad' },
      changes: [{ op: 'update', phase: 'clarification', set: { quota: { min: 3, max: 2, total: 1 } } }],
    });
    expect(result.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['changes.0.set.quota.min', 'changes.0.set.quota.max']));
    expect(
      parseMethod({
        id: 'empty-quota',
        extends: 'generic-four-phase',
        name: { en: 'Empty' },
        changes: [{ op: 'update', phase: 'clarification', set: { quota: {} } }],
      }).success,
    ).toBe(false);
  });
});

describe('quotas per role', () => {
  it('counts only the quota’s roles: the facilitator’s summaries are neither limited nor counted in the total', async () => {
    const session = await clarificationWith({ quota: { total: 2, kinds: ['question', 'summary'], roles: ['peer'] } });
    const summaries = [1, 2, 3].map(() => summarise('fay'));
    for (const s of summaries) expect((await session.send(s)).ok).toBe(true);
    expect((await session.send(ask('pia', 1))).ok).toBe(true);
    expect((await session.send(summarise('paul'))).ok).toBe(true);
    const third = await session.send(ask('pia', 2));
    expect(!third.ok && third.code).toBe('phase-quota-reached');
    expect((await session.send(summarise('fay'))).ok).toBe(true);
  });

  it('gives a role its own maximum per participant', async () => {
    const session = await clarificationWith({ quota: { max: 1, perRole: { facilitator: 3 }, kinds: ['question', 'summary'] } });
    expect((await session.send(ask('pia', 1))).ok).toBe(true);
    const second = await session.send(ask('pia', 2));
    expect(!second.ok && second.code).toBe('quota-exceeded');
    expect(!second.ok && second.params).toEqual({ max: 1 });
    for (let i = 0; i < 3; i++) expect((await session.send(summarise('fay'))).ok).toBe(true);
    const fourth = await session.send(summarise('fay'));
    expect(!fourth.ok && fourth.params).toEqual({ max: 3 });
  });

  it('asks the minimum only of the quota’s roles before the phase can be left', async () => {
    const session = await clarificationWith({ quota: { min: 1, kinds: ['question'], roles: ['peer'] } });
    expect((await session.send(ask('pia', 1))).ok).toBe(true);
    const early = await session.send({ type: 'advance', by: 'fay' });
    expect(!early.ok && early.code).toBe('quota-not-met');
    expect((await session.send(ask('paul', 2))).ok).toBe(true);
    expect((await session.send({ type: 'advance', by: 'fay' })).ok).toBe(true);
  });

  it('counts the participant behind a pseudonym in a strict session’s anonymous phase, and restores', async () => {
    const method = defineMethod({
      id: 'anonymous-role-quota',
      extends: 'generic-four-phase',
      name: { en: 'Anonymous role quota' },
      changes: [{ op: 'update', phase: 'experiences', set: { anonymous: true, quota: { total: 2, roles: ['peer'] } } }],
    });
    const pseudonymKey = { key: new Uint8Array(32).fill(3), keyId: 'k1' };
    const session = await createSession(method, { participants: genericPeople, clock: createManualClock(), pseudonymKey });
    await walkToExperiences(session, 'How do I keep my evenings free?');
    const tell = (by: string) => session.as(by).send({ type: 'contribute', kind: 'experience', text: `${by} once said no.` });
    for (const by of ['fay', 'fay', 'pia', 'paul']) expect((await tell(by)).ok).toBe(true);
    const third = await tell('pia');
    expect(!third.ok && third.code).toBe('phase-quota-reached');
    expect((await tell('fay')).ok).toBe(true);
    const restored = await restoreSession(method, { events: session.getEvents() }, { timers: false, pseudonymKey });
    expect(restored.getState()).toEqual(session.getState());
  });

  it('refuses unknown roles, perRole outside roles, and roles in a written round', () => {
    const issues = (quota: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
      const result = parseMethod({
        id: 'role-quota',
        extends: 'generic-four-phase',
        name: { en: 'Role quota' },
        changes: [{ op: 'update', phase: 'clarification', set: { quota, ...extra } }],
      });
      return result.success ? [] : result.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    };
    expect(issues({ perRole: { facilitor: 2 } })).toContain('unknown-role changes.0.set.quota.perRole.facilitor');
    expect(issues({ max: 2, roles: ['peer'], perRole: { facilitator: 2 } })).toContain('invalid-reference changes.0.set.quota.perRole.facilitator');
    expect(issues({ max: 2, roles: ['peer'] }, { turnPolicy: 'written-then-revealed' })).toContain('invalid-reference changes.0.set.quota.roles');
    expect(issues({ perRole: { peer: 2 } })).toEqual([]);
  });
});
