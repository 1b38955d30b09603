// @vitest-environment happy-dom
import type { SessionView } from '@intervision/core';
import { act, cleanup, render, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionProvider } from '../src/hooks/context.js';
import { useCan } from '../src/hooks/use-can.js';
import { useContributionCheck } from '../src/hooks/use-contribution-check.js';
import { usePhaseTimer } from '../src/hooks/use-phase-timer.js';
import { useSession } from '../src/hooks/use-session.js';
import { useSessionSelector } from '../src/hooks/use-session-selector.js';
import { createLocalSource } from '../src/source/local-source.js';
import type { SessionSource } from '../src/source/types.js';
import { inClarification } from './fixtures.js';

afterEach(cleanup);

const wrapperFor =
  (source: SessionSource) =>
  ({ children }: { children: ReactNode }) => <SessionProvider source={source}>{children}</SessionProvider>;

const selectPhase = (view: SessionView) => view.phase?.id ?? null;

/** Shows the phase id and counts its own renders. */
function PhaseName({ renders }: { renders: { count: number } }) {
  renders.count++;
  return <p>{useSessionSelector(selectPhase, null)}</p>;
}

describe('hooks', () => {
  it('useSession gives the projected view and a send that resolves to the result', async () => {
    const { session } = await inClarification();
    const source = createLocalSource(session, { participantId: 'pia' });
    const { result } = renderHook(() => useSession(), { wrapper: wrapperFor(source) });
    expect(result.current.view?.phase?.id).toBe('clarification');
    let sent: Awaited<ReturnType<typeof result.current.send>> | undefined;
    await act(async () => {
      sent = await result.current.send({ type: 'contribute', kind: 'question', text: 'What did you try so far?' });
    });
    expect(sent?.ok).toBe(true);
    expect(result.current.view?.contributions.at(-1)?.text).toBe('What did you try so far?');
  });

  it('useSessionSelector re-renders only when the selected part changes', async () => {
    const { session } = await inClarification();
    const source = createLocalSource(session, { participantId: 'fay' });
    const renders = { count: 0 };
    const { container } = render(
      <SessionProvider source={source}>
        <PhaseName renders={renders} />
      </SessionProvider>,
    );
    expect(container.textContent).toBe('clarification');
    const before = renders.count;
    await act(async () => {
      await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'What happened then?' });
      await session.send({ type: 'contribute', by: 'ian', kind: 'answer', text: 'We talked.' });
    });
    expect(session.getState().version).toBeGreaterThan(5);
    expect(renders.count).toBe(before);
    await act(async () => {
      await session.send({ type: 'advance', by: 'fay' });
    });
    expect(container.textContent).toBe('experiences');
    expect(renders.count).toBe(before + 1);
  });

  it('useCan follows the session: advance is the facilitator’s, and not after the end', async () => {
    const { session } = await inClarification();
    const fay = renderHook(() => useCan({ type: 'advance' }), { wrapper: wrapperFor(createLocalSource(session, { participantId: 'fay' })) });
    const pia = renderHook(() => useCan({ type: 'advance' }), { wrapper: wrapperFor(createLocalSource(session, { participantId: 'pia' })) });
    expect(fay.result.current).toMatchObject({ allowed: true, pending: false });
    expect(pia.result.current).toMatchObject({ allowed: false, refusal: { code: 'forbidden-role' } });
    await act(async () => {
      await session.send({ type: 'end', by: 'fay' });
    });
    expect(fay.result.current).toMatchObject({ allowed: false, refusal: { code: 'session-ended' } });
  });

  it('useContributionCheck reports the phase rules’ findings for the draft, debounced', async () => {
    const { session } = await inClarification();
    const source = createLocalSource(session, { participantId: 'pia' });
    const { result, rerender } = renderHook(({ text }) => useContributionCheck(text, { kind: 'question', debounceMs: 5 }), {
      wrapper: wrapperFor(source),
      initialProps: { text: 'Have you tried' },
    });
    rerender({ text: 'Have you tried talking to HR?' });
    await waitFor(() => expect(result.current.checking).toBe(false));
    expect(result.current.blocked).toBe(true);
    expect(result.current.suggestion).toBeTruthy();
    expect(result.current.checkedText).toBe('Have you tried talking to HR?');
    rerender({ text: 'What have you already tried?' });
    await waitFor(() => expect(result.current.checkedText).toBe('What have you already tried?'));
    expect(result.current.findings).toEqual([]);
    expect(result.current.blocked).toBe(false);
  });

  it('usePhaseTimer counts down on the session clock, stands still while paused and shows over time', async () => {
    const { session, clock } = await inClarification();
    const source = createLocalSource(session, { participantId: 'fay' }, { clock });
    const { result } = renderHook(() => usePhaseTimer(5), { wrapper: wrapperFor(source) });
    expect(result.current?.remainingMs).toBe(15 * 60_000);
    act(() => clock.advance(60_000));
    await waitFor(() => expect(result.current?.remainingMs).toBe(14 * 60_000));
    await act(async () => {
      await session.send({ type: 'pause', by: 'fay' });
      clock.advance(5 * 60_000);
    });
    await waitFor(() => expect(result.current?.paused).toBe(true));
    expect(result.current?.remainingMs).toBe(14 * 60_000);
    await act(async () => {
      await session.send({ type: 'resume', by: 'fay' });
      clock.advance(15 * 60_000);
    });
    await waitFor(() => expect(result.current?.overMs).toBe(60_000));
    expect(result.current?.remainingMs).toBe(0);
  });
});
