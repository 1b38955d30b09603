// @vitest-environment happy-dom
import { type CreatedEvent, createManualClock, type MethodDefinition, methods, parseMethod } from '@intervision/core';
import { createSessionMachine } from '@intervision/core/machine';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { SessionProvider } from '../src/hooks/context.js';
import { useCan } from '../src/hooks/use-can.js';
import { useContributionCheck } from '../src/hooks/use-contribution-check.js';
import { useSession } from '../src/hooks/use-session.js';
import { fromActor } from '../src/source/actor-source.js';
import type { SessionSource, Viewer } from '../src/source/types.js';
import { PEOPLE } from './fixtures.js';

afterEach(cleanup);

const clock = createManualClock(1_700_000_000_000);

/** The compiled machine's input: a session's `created` event. */
function created(method: MethodDefinition): CreatedEvent {
  return {
    type: 'created',
    seq: 0,
    at: clock.now(),
    sessionId: 'bare',
    tenantId: 'default',
    method: { id: method.id, version: method.version },
    participants: PEOPLE.map((p) => ({ id: p.id, name: p.name, roles: [p.role] })),
    lang: 'en',
    carriedActions: [],
  };
}

/** A plain XState actor of the compiled machine (no Session, no store), and a source per viewer over it. */
function bareActor(method: MethodDefinition = methods['generic-four-phase']!) {
  const actor = createActor(createSessionMachine(method), { input: created(method) }).start();
  return { actor, sourceFor: (viewer: Viewer) => fromActor(actor, method, viewer, { clock }) };
}

const wrapperFor =
  (source: SessionSource) =>
  ({ children }: { children: ReactNode }) => <SessionProvider source={source}>{children}</SessionProvider>;

/** Drives the bare machine to the clarification round through sources, as a UI would. */
async function toClarification(sourceFor: (viewer: Viewer) => SessionSource) {
  const fay = sourceFor({ participantId: 'fay' });
  const ian = sourceFor({ participantId: 'ian' });
  expect((await fay.send({ type: 'start' })).ok).toBe(true);
  expect((await ian.send({ type: 'propose-topic', text: 'How do I deal with the extra workload?' })).ok).toBe(true);
  expect((await fay.send({ type: 'choose-topic', proposalId: fay.getView()!.proposals[0]!.id })).ok).toBe(true);
  expect((await fay.send({ type: 'advance' })).ok).toBe(true);
}

describe('fromActor: the hooks over a plain XState actor of the compiled machine', () => {
  it('useSession shows the projected view and sends commands that move the actor', async () => {
    const { actor, sourceFor } = bareActor();
    const { result } = renderHook(() => useSession(), { wrapper: wrapperFor(sourceFor({ participantId: 'fay' })) });
    expect(result.current.view?.status).toBe('lobby');
    expect(result.current.steps.map((s) => s.name)).toEqual(['Topic and introduction', 'Clarification round', 'Sharing experiences', 'Back to the introducer']);
    await act(async () => {
      expect((await result.current.send({ type: 'start' })).ok).toBe(true);
    });
    expect(result.current.view?.phase?.id).toBe('topic');
    expect(actor.getSnapshot().value).toEqual({ running: 'topic' });
    expect(actor.getSnapshot().context.version).toBe(1);
  });

  it('refuses what the method forbids with the core’s codes, and acting for someone else', async () => {
    const { actor, sourceFor } = bareActor();
    const pia = sourceFor({ participantId: 'pia' });
    expect(await pia.send({ type: 'start' })).toMatchObject({ ok: false, code: 'forbidden-role' });
    expect(await pia.send({ type: 'start', by: 'fay' })).toMatchObject({ ok: false, code: 'actor-mismatch' });
    expect(await sourceFor({ audience: 'observer' }).send({ type: 'start' })).toMatchObject({ ok: false, code: 'read-only' });
    expect(actor.getSnapshot().context.version).toBe(0);
    const fay = sourceFor({ participantId: 'fay' });
    expect(await fay.send({ type: 'advance', expect: { phase: 'topic', run: 1 } })).toMatchObject({ ok: false, code: 'stale-phase' });
  });

  it('useCan enables buttons by role and phase', async () => {
    const { sourceFor } = bareActor();
    const fay = renderHook(() => useCan({ type: 'start' }), { wrapper: wrapperFor(sourceFor({ participantId: 'fay' })) });
    const pia = renderHook(() => useCan({ type: 'start' }), { wrapper: wrapperFor(sourceFor({ participantId: 'pia' })) });
    expect(fay.result.current.allowed).toBe(true);
    expect(pia.result.current).toMatchObject({ allowed: false, refusal: { code: 'forbidden-role' } });
    await act(async () => {
      await sourceFor({ participantId: 'fay' }).send({ type: 'start' });
    });
    expect(fay.result.current).toMatchObject({ allowed: false, refusal: { code: 'already-started' } });
  });

  it('runs the phase’s rules: disguised advice is checked while typing, blocked on send, and the facilitator may let it through', async () => {
    const { actor, sourceFor } = bareActor();
    await toClarification(sourceFor);
    const pia = sourceFor({ participantId: 'pia' });
    const draft = renderHook(() => useContributionCheck('Have you tried talking to HR?', { kind: 'question', debounceMs: 0 }), { wrapper: wrapperFor(pia) });
    await waitFor(() => expect(draft.result.current.blocked).toBe(true));
    expect(draft.result.current.findings.some((f) => f.ruleId === 'no-advice')).toBe(true);
    const sent = await pia.send({ type: 'contribute', kind: 'question', text: 'Have you tried talking to HR?' });
    expect(sent).toMatchObject({ ok: false, code: 'rule-violation' });
    const blockedId = sent.ok ? '' : sent.blockedId!;
    expect(blockedId).toMatch(/^b-\d+$/);
    expect(pia.getView()!.contributions).toHaveLength(0);
    expect((await sourceFor({ participantId: 'fay' }).send({ type: 'override', blockedId })).ok).toBe(true);
    expect(pia.getView()!.contributions.map((c) => [c.text, c.overriddenBy])).toEqual([['Have you tried talking to HR?', 'fay']]);
    expect(actor.getSnapshot().context.version).toBe(6);
  });

  it('answers a repeated command id with its first outcome and sends the event once', async () => {
    const { actor, sourceFor } = bareActor();
    const fay = sourceFor({ participantId: 'fay' });
    const [first, again] = await Promise.all([fay.send({ type: 'start', commandId: 'go' }), fay.send({ type: 'start', commandId: 'go' })]);
    expect(first).toEqual({ ok: true, commandId: 'go', findings: [] });
    expect(again).toBe(first);
    expect(actor.getSnapshot().context.version).toBe(1);
  });

  it('projects each viewer’s view: an anonymous round names no author, even to the facilitator', async () => {
    const parsed = parseMethod({
      extends: 'generic-four-phase',
      id: 'anonymous-experiences',
      version: '1.0.0',
      name: { en: 'Anonymous experiences' },
      changes: [{ op: 'update', phase: 'experiences', set: { anonymous: true } }],
    });
    if (!parsed.success) throw new Error('variant');
    const { actor, sourceFor } = bareActor(parsed.method);
    await toClarification(sourceFor);
    expect((await sourceFor({ participantId: 'fay' }).send({ type: 'advance' })).ok).toBe(true);
    expect((await sourceFor({ participantId: 'pia' }).send({ type: 'contribute', kind: 'experience', text: 'I blocked my calendar.' })).ok).toBe(true);
    const fay = sourceFor({ participantId: 'fay' });
    render(
      <SessionProvider source={fay}>
        <Authors />
      </SessionProvider>,
    );
    expect(screen.getByText('I blocked my calendar.').textContent).toBe('I blocked my calendar.');
    expect(screen.getByRole('list').textContent).not.toContain('pia');
    // The raw context still knows (it is the server's state): the projection is what keeps it out.
    expect(actor.getSnapshot().context.contributions.at(-1)?.by).toBe('pia');
  });

  it('renders on the server from the actor with no DOM work', () => {
    const { sourceFor } = bareActor();
    const html = renderToString(
      <SessionProvider source={sourceFor({ audience: 'observer' })}>
        <Authors />
      </SessionProvider>,
    );
    expect(html).toContain('lobby');
  });
});

/** The contributions with their authors as the viewer sees them, and the status. */
function Authors() {
  const { view } = useSession();
  return (
    <section>
      <p>{view?.status}</p>
      <ul>
        {view?.contributions.map((c) => (
          <li key={c.id}>
            <span>{c.by ?? 'anonymous'}</span>: <span>{c.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
