import { describe, expect, it } from 'vitest';
import { createLocalSource } from '../src/source/local-source.js';
import { inClarification } from './fixtures.js';

describe('createLocalSource', () => {
  it('sends as its participant with a generated command id and tells subscribers', async () => {
    const { session } = await inClarification();
    const source = createLocalSource(session, { participantId: 'pia' });
    let calls = 0;
    source.subscribe(() => calls++);
    const result = await source.send({ type: 'contribute', kind: 'question', text: 'What did you notice first?' });
    expect(result.ok).toBe(true);
    expect(result.commandId).toMatch(/\S{8,}/);
    expect(calls).toBe(1);
    expect(source.getView()!.contributions.at(-1)).toMatchObject({ by: 'pia', text: 'What did you notice first?' });
  });

  it('answers a repeated command id with the first outcome and records it once', async () => {
    const { session } = await inClarification();
    const source = createLocalSource(session, { participantId: 'pia' });
    const command = { type: 'contribute', kind: 'question', text: 'What happened next?', commandId: 'click-1' } as const;
    const [first, second] = await Promise.all([source.send(command), source.send(command)]);
    expect(second).toEqual(first);
    expect(session.getState().contributions.filter((c) => c.text === 'What happened next?')).toHaveLength(1);
  });

  it('leaves retries to the Session: a new source (another tab, a restarted server) gets the first outcome too', async () => {
    const { session } = await inClarification();
    const command = { type: 'contribute', kind: 'question', text: 'Have you tried talking to HR?', commandId: 'tab-1' } as const;
    const first = await createLocalSource(session, { participantId: 'pia' }).send(command);
    expect(first).toMatchObject({ ok: false, code: 'rule-violation', blockedId: expect.stringMatching(/^b-\d+$/) });
    const version = session.version;
    const again = await createLocalSource(session, { participantId: 'pia' }).send(command);
    expect(again).toEqual(first);
    expect(session.version).toBe(version);
    // The same id for another command is refused by the core, not answered with the old outcome.
    const reused = await createLocalSource(session, { participantId: 'pia' }).send({ ...command, text: 'What did HR say?' });
    expect(reused).toMatchObject({ ok: false, code: 'command-id-reused' });
  });

  it('refuses acting for someone else, stale phases and audiences', async () => {
    const { session } = await inClarification();
    const pia = createLocalSource(session, { participantId: 'pia' });
    const refused = await pia.send({ type: 'contribute', kind: 'question', text: 'What now?', by: 'paul' });
    expect(refused).toMatchObject({ ok: false, code: 'actor-mismatch' });
    expect(pia.can({ type: 'advance', by: 'fay' })).toMatchObject({ code: 'actor-mismatch' });

    const fay = createLocalSource(session, { participantId: 'fay' });
    const expect1 = { phase: 'clarification', run: 1 };
    expect((await fay.send({ type: 'advance', expect: expect1 })).ok).toBe(true);
    expect(await fay.send({ type: 'advance', expect: expect1 })).toMatchObject({ ok: false, code: 'stale-phase' });
    expect(session.getState().phase?.id).toBe('experiences');

    const observer = createLocalSource(session, { audience: 'observer' });
    expect(await observer.send({ type: 'pause' })).toMatchObject({ ok: false, code: 'read-only' });
    expect(observer.getView()!.phase?.id).toBe('experiences');
  });

  it('says whether a command would be accepted, without running rules', async () => {
    const { session } = await inClarification();
    expect(createLocalSource(session, { participantId: 'fay' }).can({ type: 'advance' })).toBeNull();
    expect(createLocalSource(session, { participantId: 'pia' }).can({ type: 'advance' })).toMatchObject({ code: 'forbidden-role' });
  });

  it('checks a draft with the phase rules: disguised advice is blocked with a suggestion', async () => {
    const { session } = await inClarification();
    const source = createLocalSource(session, { participantId: 'pia' });
    const findings = await source.check({ kind: 'question', text: 'Have you tried talking to HR?' });
    const advice = findings.find((f) => f.ruleId === 'no-advice');
    expect(advice).toMatchObject({ severity: 'block' });
    expect(advice?.suggestion).toBeTruthy();
    expect(advice?.span?.end).toBeGreaterThan(advice?.span?.start ?? 0);
    expect(await source.check({ kind: 'question', text: 'What have you already tried?' })).toEqual([]);
    // The check agrees with the real send.
    const sent = await source.send({ type: 'contribute', kind: 'question', text: 'Have you tried talking to HR?' });
    expect(sent).toMatchObject({ ok: false, code: 'rule-violation' });
  });

  it('lists the method steps in the session language', async () => {
    const { session } = await inClarification();
    const steps = createLocalSource(session, { participantId: 'pia' }).getSteps();
    expect(steps.map((s) => s.id)).toEqual(['topic', 'clarification', 'experiences', 'back-to-introducer']);
    expect(steps[1]!.name).toBe('Clarification round');
  });
});
