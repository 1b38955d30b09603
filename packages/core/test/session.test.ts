import { describe, expect, it } from 'vitest';
import {
  builtinRules,
  createRuleRegistry,
  createSession,
  defineMethod,
  MAX_TEXT_LENGTH,
  methods,
  type Rule,
  restoreSession,
  runScenario,
  SessionConfigError,
  scenarios,
} from '../src/index.js';
import { genericPeople, genericSession, inClarification } from './helpers.js';

describe('Session', () => {
  it('runs the incident-method scenario end to end, with the refused disguised advice', async () => {
    const method = methods['incident-method']!;
    const { session, steps, ok } = await runScenario(method, scenarios['incident-method']!);
    expect(steps.filter((s) => !s.asExpected).map((s) => [s.index, s.result && !s.result.ok ? s.result.code : 'accepted'])).toEqual([]);
    expect(ok).toBe(true);
    const state = session.getState();
    expect(state.status).toBe('ended');
    expect(state.completed).toBe(true);
    expect(state.introducerId).toBe('eva');
    expect(state.outputs.actions).toHaveLength(1);
    expect(state.openActions[0]).toMatchObject({ owner: 'eva', due: '2026-02-01' });
    expect(state.findings.find((f) => f.participantId === 'chris')?.findings[0]).toMatchObject({ ruleId: 'no-advice', severity: 'block' });
    const restored = await restoreSession(method, { events: session.getEvents() });
    expect(restored.getState()).toEqual(state);
  });

  it('answers every bad command with a stable code and a localised message, never a throw', async () => {
    const { session } = await inClarification({ lang: 'nl' });
    const cases: [unknown, string][] = [
      [null, 'invalid-command'],
      [{ type: 'dance', by: 'pia' }, 'invalid-command'],
      [{ type: 'contribute', by: 'pia', kind: 'question', text: '   ' }, 'invalid-command'],
      [{ type: 'contribute', by: 'pia', kind: 'question', text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, 'invalid-command'],
      [{ type: 'contribute', by: 'pia', kind: 'question', text: 'a\u0000b' }, 'invalid-command'],
      [{ type: 'contribute', by: 'mallory', kind: 'question', text: 'Who are you?' }, 'not-a-participant'],
      [{ type: 'contribute', by: 'pia', kind: 'advice', text: 'Talk to HR.' }, 'kind-not-allowed'],
      [{ type: 'advance', by: 'pia' }, 'forbidden-role'],
      [{ type: 'start', by: 'fay' }, 'already-started'],
      [{ type: 'choose-module', by: 'fay', module: 'x' }, 'wrong-phase'],
      [{ type: 'answer', by: 'ian', questionId: 'c-99', text: 'Yes' }, 'unknown-reference'],
      [{ type: 'resume', by: 'fay' }, 'not-paused'],
      [{ type: 'repeat', by: 'fay', phase: 'topic' }, 'not-repeatable'],
      [{ type: 'confirm-heard', by: 'ian', heard: true }, 'wrong-phase'],
      [{ type: 'override', by: 'fay', blockedId: 'b-1' }, 'unknown-reference'],
    ];
    for (const [command, code] of cases) {
      const result = await session.sendUnknown(command);
      expect(result.ok, JSON.stringify(command)?.slice(0, 80)).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe(code);
        expect(result.message.length).toBeGreaterThan(3);
      }
    }
    const turn = await session.send({ type: 'contribute', by: 'mallory', kind: 'question', text: 'x' });
    expect(!turn.ok && turn.message).toContain('doet niet mee');
    expect(session.getEvents()).toHaveLength(5);
  });

  it('blocks disguised advice in the clarification round, records it, and lets the facilitator override', async () => {
    const { session } = await inClarification();
    const blocked = await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'Have you tried talking to your manager about it?' });
    expect(blocked.ok).toBe(false);
    if (blocked.ok) return;
    expect(blocked.code).toBe('rule-violation');
    expect(blocked.findings[0]).toMatchObject({ ruleId: 'no-advice', severity: 'block' });
    expect(blocked.blockedId).toBe('b-5');
    expect(session.getState().blocked).toHaveLength(1);
    expect(session.getState().contributions).toHaveLength(0);

    expect((await session.send({ type: 'override', by: 'pia', blockedId: 'b-5' })).ok).toBe(false);
    const overridden = await session.send({ type: 'override', by: 'fay', blockedId: 'b-5' });
    expect(overridden.ok).toBe(true);
    const [contribution] = session.getState().contributions;
    expect(contribution).toMatchObject({ by: 'pia', overriddenBy: 'fay', text: 'Have you tried talking to your manager about it?' });
    expect(session.getState().blocked).toHaveLength(0);
    const again = await session.send({ type: 'override', by: 'fay', blockedId: 'b-5' });
    expect(!again.ok && again.code).toBe('already-overridden');
  });

  it('accepts genuine clarification and answers, and keeps warnings on the contribution', async () => {
    const { session } = await inClarification();
    const asked = await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What happened when you raised it with the team?' });
    expect(asked.ok).toBe(true);
    const answered = await session.send({ type: 'answer', by: 'ian', questionId: 'c-5', text: 'They nodded and nothing changed.' });
    expect(answered.ok).toBe(true);
    expect(
      session
        .getState()
        .contributionsByPhase.find((g) => g.phaseId === 'clarification')
        ?.contributions.map((c) => c.kind),
    ).toEqual(['question', 'answer']);
    const closed = await session.send({ type: 'contribute', by: 'paul', kind: 'question', text: 'Did you tell your manager? Was she angry?' });
    expect(closed.ok).toBe(true);
    if (closed.ok) expect(closed.findings.every((f) => f.severity === 'warn')).toBe(true);
  });

  it('refuses advancing past a phase whose required output is missing', async () => {
    const { session } = await genericSession();
    await session.send({ type: 'start', by: 'fay' });
    const result = await session.send({ type: 'advance', by: 'fay' });
    expect(!result.ok && result.code).toBe('output-missing');
  });

  it('repeats a repeatable phase up to its limit', async () => {
    const { session } = await inClarification();
    expect((await session.send({ type: 'repeat', by: 'fay' })).ok).toBe(true); // no phase: the current one
    expect(session.getState().phase).toMatchObject({ id: 'clarification', run: 2 });
    expect((await session.send({ type: 'repeat', by: 'fay', phase: 'clarification' })).ok).toBe(true);
    const third = await session.send({ type: 'repeat', by: 'fay', phase: 'clarification' });
    expect(!third.ok && third.code).toBe('repeat-limit');
  });

  it('pauses and resumes; only resume, end and abort work while paused', async () => {
    const { session } = await inClarification();
    expect((await session.send({ type: 'pause', by: 'fay' })).ok).toBe(true);
    expect(session.getState().status).toBe('paused');
    const refused = await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What do you want?' });
    expect(!refused.ok && refused.code).toBe('session-paused');
    expect((await session.send({ type: 'resume', by: 'fay' })).ok).toBe(true);
    expect((await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What do you want?' })).ok).toBe(true);
    expect((await session.send({ type: 'abort', by: 'fay', reason: 'fire alarm' })).ok).toBe(true);
    expect(session.getState()).toMatchObject({ status: 'aborted', abortReason: 'fire alarm', phase: null });
    const after = await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'Still there?' });
    expect(!after.ok && after.code).toBe('session-ended');
  });

  it('notifies subscribers with the view and the new events, and survives a throwing listener', async () => {
    const { session } = await genericSession();
    const seen: string[] = [];
    session.subscribe(() => {
      throw new Error('listener bug');
    });
    const unsubscribe = session.subscribe((view, events) => seen.push(`${view.status}:${events.map((e) => e.type).join(',')}`));
    await session.send({ type: 'start', by: 'fay' });
    unsubscribe();
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How can I say no more often?' });
    expect(seen).toEqual(['running:started']);
  });

  it('can() tells synchronously whether a command would be allowed', async () => {
    const { session } = await inClarification();
    expect(session.can({ type: 'advance', by: 'fay' })).toBeNull();
    expect(session.can({ type: 'advance', by: 'pia' })?.code).toBe('forbidden-role');
    expect(session.canUnknown({ type: 'nonsense' })?.code).toBe('invalid-command');
  });

  it('runs commands one at a time in the order sent', async () => {
    const { session } = await inClarification();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        session.send({ type: 'contribute', by: i % 2 ? 'pia' : 'paul', kind: 'question', text: `What was moment ${i} like for you?` }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(session.getEvents().map((e) => e.seq)).toEqual(session.getEvents().map((_, i) => i));
  });

  it('throws a typed error for participants that do not fit the method', async () => {
    await expect(createSession(methods['generic-four-phase']!, { participants: [{ id: 'a', role: 'wizard' }] })).rejects.toBeInstanceOf(SessionConfigError);
    await expect(createSession(methods['generic-four-phase']!, { participants: [...genericPeople, { id: 'ian', role: 'peer' }] })).rejects.toThrow(
      /listed twice/,
    );
    await expect(createSession(methods['generic-four-phase']!, { participants: [...genericPeople, { id: 'ivy', role: 'introducer' }] })).rejects.toThrow(
      /at most 1 introducer/,
    );
  });
});

describe('host-defined rules', () => {
  const slow: Rule = {
    id: 'llm-advice',
    target: 'contribution',
    timeoutMs: 50,
    fallback: 'no-advice',
    check: () => new Promise((resolve) => setTimeout(() => resolve([]), 5_000)),
  };
  const failing: Rule = { id: 'llm-advice', target: 'contribution', fallback: 'no-advice', check: async () => Promise.reject(new Error('model down')) };
  const shouting: Rule = {
    id: 'no-shouting',
    target: 'contribution',
    check: ({ text }) => (text === text.toUpperCase() && /[A-Z]/.test(text) ? [{ messageKey: 'no-shouting', message: 'Please do not shout.' }] : []),
  };

  /** The generic method with `ruleId` as the only blocking rule of the clarification round. */
  async function clarificationWith(ruleId: string, rule: Rule, onRuleError?: (e: unknown, id: string) => void) {
    const rules = createRuleRegistry([...builtinRules, rule]);
    const method = defineMethod(
      {
        id: 'with-host-rule',
        extends: 'generic-four-phase',
        name: { en: 'With a host rule' },
        changes: [
          { op: 'remove-rule', phase: 'clarification', rule: 'no-advice' },
          { op: 'set-rule', phase: 'clarification', rule: ruleId, setting: 'block' },
        ],
      },
      { rules },
    );
    const session = await createSession(method, { participants: genericPeople, rules, ...(onRuleError ? { onRuleError } : {}) });
    await session.send({ type: 'start', by: 'fay' });
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I keep my evenings free?' });
    await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await session.send({ type: 'advance', by: 'fay' });
    return session;
  }

  for (const [name, rule] of [
    ['a slow', slow],
    ['a failing', failing],
  ] as const) {
    it(`falls back to the built-in rule when ${name} async classifier does not answer`, async () => {
      const errors: string[] = [];
      const session = await clarificationWith('llm-advice', rule, (_e, id) => errors.push(id));
      const started = Date.now();
      const result = await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'Why don’t you just switch off your phone at six?' });
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(errors).toEqual(['llm-advice']);
      expect(!result.ok && result.code).toBe('rule-violation');
      expect(!result.ok && result.findings[0]?.ruleId).toBe('llm-advice');
      session.stop();
    });
  }

  it('runs a sync host rule registered by id', async () => {
    const session = await clarificationWith('no-shouting', shouting);
    const result = await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'WHAT DID YOU DO THEN?' });
    expect(!result.ok && result.findings[0]).toMatchObject({ ruleId: 'no-shouting', severity: 'block', message: 'Please do not shout.' });
    expect((await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What did you do then?' })).ok).toBe(true);
    session.stop();
  });
});
