import type { ReactNode } from 'react';
import { useState } from 'react';
import { useSession } from '../hooks/use-session.js';
import type { Refusal, SourceResult } from '../source/types.js';
import { CommandButton } from './command-button.js';
import { nameOf } from './names.js';
import { RovingToolbar } from './roving-toolbar.js';

/** Texts of {@link FacilitatorControls} (English by default). */
export interface FacilitatorLabels {
  /** Toolbar name. */
  toolbar: string;
  /** Buttons. */
  start: string;
  advance: string;
  repeat: string;
  extend: (minutes: number) => string;
  pause: string;
  resume: string;
  reveal: string;
  end: string;
  /** Heading of the module choice. */
  modules: string;
  /** Heading of the blocked inputs. */
  blocked: string;
  /** The override button of a blocked input. */
  override: (author: string) => string;
}

const DEFAULT_LABELS: FacilitatorLabels = {
  toolbar: 'Facilitator controls',
  start: 'Start',
  advance: 'Next phase',
  repeat: 'Repeat phase',
  extend: (minutes) => `+${minutes} min`,
  pause: 'Pause',
  resume: 'Resume',
  reveal: 'Reveal',
  end: 'End session',
  modules: 'Choose a module',
  blocked: 'Blocked by the rules',
  override: (author) => `Accept ${author}’s input anyway`,
};

/** Props of {@link FacilitatorControls}. */
export interface FacilitatorControlsProps {
  /** Minutes added by the extend button. Default 5. */
  extendMinutes?: number;
  /** Replace any of the texts (to translate them). */
  labels?: Partial<FacilitatorLabels>;
  /** Told the result of every command. */
  onResult?: (result: SourceResult) => void;
  /** Class name of the wrapper (the component sets no styles). */
  className?: string;
}

/**
 * The facilitator's controls: start, next phase (sent with the phase it was meant for, so a stale double
 * click is refused), repeat, extend time, pause/resume, reveal, end; the module choice in a choice phase;
 * and the inputs the rules blocked in this phase, each with an override. Buttons the viewer may not use
 * now are `aria-disabled` with the reason.
 */
export function FacilitatorControls({ extendMinutes = 5, labels, onResult, className }: FacilitatorControlsProps): ReactNode {
  const { view } = useSession();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  if (!view) return null;
  const text = { ...DEFAULT_LABELS, ...labels };
  const phase = view.phase;
  const expect = phase ? { phase: phase.id, run: phase.run } : undefined;
  const report = (result: SourceResult) => {
    setRefusal(result.ok ? null : result);
    onResult?.(result);
  };
  const blocked = phase ? view.blocked.filter((b) => b.phaseId === phase.id && b.run === phase.run && !b.overriddenBy) : [];
  return (
    <section aria-label={text.toolbar} className={className}>
      <RovingToolbar label={text.toolbar}>
        {view.status === 'lobby' ? (
          <CommandButton command={{ type: 'start' }} onResult={report}>
            {text.start}
          </CommandButton>
        ) : null}
        <CommandButton command={{ type: 'advance', ...(expect ? { expect } : {}) }} onResult={report}>
          {text.advance}
        </CommandButton>
        <CommandButton command={{ type: 'repeat' }} onResult={report}>
          {text.repeat}
        </CommandButton>
        <CommandButton command={{ type: 'extend-time', minutes: extendMinutes }} onResult={report}>
          {text.extend(extendMinutes)}
        </CommandButton>
        {view.status === 'paused' ? (
          <CommandButton command={{ type: 'resume' }} onResult={report}>
            {text.resume}
          </CommandButton>
        ) : (
          <CommandButton command={{ type: 'pause' }} onResult={report}>
            {text.pause}
          </CommandButton>
        )}
        {view.turn?.policy === 'written-then-revealed' ? (
          <CommandButton command={{ type: 'reveal' }} onResult={report}>
            {text.reveal}
          </CommandButton>
        ) : null}
        <CommandButton command={{ type: 'end' }} onResult={report}>
          {text.end}
        </CommandButton>
      </RovingToolbar>
      {phase && phase.modules.length > 0 ? (
        <fieldset>
          <legend>{text.modules}</legend>
          {phase.modules.map((m) => (
            <CommandButton key={m.id} command={{ type: 'choose-module', module: m.id }} onResult={report}>
              {m.name}
            </CommandButton>
          ))}
        </fieldset>
      ) : null}
      {blocked.length > 0 ? (
        <section aria-label={text.blocked}>
          <h3>{text.blocked}</h3>
          <ul>
            {blocked.map((b) => (
              <li key={b.id} data-blocked-id={b.id}>
                <q>{b.command.text}</q> <span>{b.findings.map((f) => f.message).join(' ')}</span>{' '}
                <CommandButton command={{ type: 'override', blockedId: b.id }} onResult={report}>
                  {text.override(b.by === null ? '…' : nameOf(view, b.by))}
                </CommandButton>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {refusal ? (
        <p role="alert" data-code={refusal.code}>
          {refusal.message}
        </p>
      ) : null}
    </section>
  );
}
