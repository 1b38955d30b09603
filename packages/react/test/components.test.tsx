// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionPlanEditor } from '../src/components/action-plan-editor.js';
import { CommandButton } from '../src/components/command-button.js';
import { ContributionComposer } from '../src/components/contribution-composer.js';
import { FacilitatorControls } from '../src/components/facilitator-controls.js';
import { PhaseStepper } from '../src/components/phase-stepper.js';
import { RoundQueue } from '../src/components/round-queue.js';
import { TurnIndicator } from '../src/components/turn-indicator.js';
import { WrittenRoundStatus } from '../src/components/written-round-status.js';
import { SessionProvider } from '../src/hooks/context.js';
import { createLocalSource } from '../src/source/local-source.js';
import type { Viewer } from '../src/source/types.js';
import { inAwayPhase, inClarification } from './fixtures.js';

afterEach(cleanup);

type AnySession = Parameters<typeof createLocalSource>[0];
const renderAs = (session: AnySession, viewer: Viewer, ui: ReactNode) =>
  render(<SessionProvider source={createLocalSource(session, viewer)}>{ui}</SessionProvider>);

describe('headless components', () => {
  it('the phase stepper marks the current step for assistive technology', async () => {
    const { session } = await inClarification();
    renderAs(session, { participantId: 'pia' }, <PhaseStepper />);
    const nav = screen.getByRole('navigation', { name: 'Phases' });
    const items = within(nav).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-state'))).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    expect(items[1]!.getAttribute('aria-current')).toBe('step');
  });

  it('the composer shows a blocked draft’s finding inline, offers the rewording and sends it', async () => {
    const { session } = await inClarification();
    renderAs(session, { participantId: 'pia' }, <ContributionComposer debounceMs={1} />);
    const field = screen.getByLabelText('Your contribution');
    fireEvent.change(field, { target: { value: 'Have you tried talking to HR?' } });
    const [use] = await screen.findAllByRole('button', { name: /^Use “/ });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('mark[data-rule="no-advice"]')?.textContent).toBeTruthy();
    fireEvent.click(use!);
    expect((field as HTMLTextAreaElement).value).not.toBe('Have you tried talking to HR?');
    expect(document.activeElement).toBe(field);
    const suggestion = (field as HTMLTextAreaElement).value;
    await act(async () => {
      fireEvent.submit(field.closest('form')!);
    });
    await waitFor(() => expect(session.getState().contributions.at(-1)?.text).toBe(suggestion));
    expect((field as HTMLTextAreaElement).value).toBe('');
  });

  it('a blocked send is announced and the facilitator can override it', async () => {
    const { session } = await inClarification();
    renderAs(session, { participantId: 'pia' }, <ContributionComposer debounceMs={1} />);
    fireEvent.change(screen.getByLabelText('Your contribution'), { target: { value: 'Have you tried talking to HR?' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('form', { name: 'Contribute' }));
    });
    expect((await screen.findByRole('alert')).getAttribute('data-code')).toBe('rule-violation');
    cleanup();

    renderAs(session, { participantId: 'fay' }, <FacilitatorControls />);
    const blocked = screen.getByRole('region', { name: 'Blocked by the rules' });
    expect(blocked.textContent).toContain('Have you tried talking to HR?');
    await act(async () => {
      fireEvent.click(within(blocked).getByRole('button', { name: /Accept Pia’s input anyway/ }));
    });
    await waitFor(() => expect(session.getState().contributions.at(-1)?.text).toBe('Have you tried talking to HR?'));
    expect(screen.queryByRole('region', { name: 'Blocked by the rules' })).toBeNull();
  });

  it.each(['silent', 'back-turned', 'absent'] as const)('the introducer’s composer is disabled with the reason when %s', async (presence) => {
    const session = await inAwayPhase(presence);
    renderAs(session, { participantId: 'ian' }, <ContributionComposer />);
    const field = screen.getByLabelText('Your contribution');
    expect((field as HTMLTextAreaElement).disabled).toBe(true);
    const reason = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(reason?.textContent).toMatch(presence === 'absent' ? /not present/ : presence === 'silent' ? /silence/ : /back turned/);
    cleanup();
    renderAs(session, { participantId: 'pia' }, <ContributionComposer />);
    expect((screen.getByLabelText('Your contribution') as HTMLTextAreaElement).disabled).toBe(false);
  });

  it('the written-round status counts who has written, and the round queue marks them', async () => {
    const session = await inAwayPhase('silent');
    renderAs(
      session,
      { participantId: 'fay' },
      <>
        <WrittenRoundStatus />
        <RoundQueue />
        <TurnIndicator />
      </>,
    );
    const total = session.getState().turn!.order.length;
    expect(screen.getAllByRole('status')[0]!.textContent).toBe(`0 of ${total} have written`);
    await act(async () => {
      await session.send({ type: 'contribute', by: 'pia', kind: 'hypothesis', text: 'Maybe the deadline is the real issue.' });
    });
    expect(screen.getAllByRole('status')[0]!.textContent).toBe(`1 of ${total} have written`);
    const queue = screen.getByRole('list', { name: 'Turn order' });
    expect(within(queue).getByText('Pia').hasAttribute('data-submitted')).toBe(true);
  });

  it('facilitator controls: aria-disabled with a reason, arrow keys move focus, a stale advance is refused', async () => {
    const { session } = await inClarification();
    renderAs(session, { participantId: 'pia' }, <FacilitatorControls />);
    const next = screen.getByRole('button', { name: 'Next phase' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(next.getAttribute('aria-describedby')!)?.textContent).toMatch(/role/);
    cleanup();

    const source = createLocalSource(session, { participantId: 'fay' });
    render(
      <SessionProvider source={source}>
        <FacilitatorControls />
      </SessionProvider>,
    );
    const toolbar = screen.getByRole('toolbar', { name: 'Facilitator controls' });
    const buttons = within(toolbar).getAllByRole('button');
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons.at(-1));

    const expected = { phase: 'clarification', run: 1 };
    const [first, second] = await act(() =>
      Promise.all([source.send({ type: 'advance', expect: expected }), source.send({ type: 'advance', expect: expected })]),
    );
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, code: 'stale-phase' });
    expect(session.getState().phase?.id).toBe('experiences');
  });

  it('a command button sends its command, with or without a result callback', async () => {
    const { session } = await inClarification();
    renderAs(session, { participantId: 'fay' }, <CommandButton command={{ type: 'advance' }}>Next</CommandButton>);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    });
    await waitFor(() => expect(session.getState().phase?.id).toBe('experiences'));
  });

  it('the action-plan editor adds an action with owner and due date', async () => {
    const { session } = await inClarification();
    await session.send({ type: 'advance', by: 'fay' });
    await session.send({ type: 'advance', by: 'fay' });
    renderAs(session, { participantId: 'ian' }, <ActionPlanEditor />);
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'Ask my manager for a priority list' } });
    fireEvent.change(screen.getByLabelText('Due'), { target: { value: '2026-12-15' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('form', { name: 'Add action' }));
    });
    await waitFor(() => expect(session.getState().outputs.actions).toHaveLength(1));
    expect(session.getState().outputs.actions[0]).toMatchObject({ owner: 'ian', due: '2026-12-15', text: 'Ask my manager for a priority list' });
    expect(screen.getByText('Ask my manager for a priority list')).toBeTruthy();
  });
});
