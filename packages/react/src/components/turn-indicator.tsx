import type { ReactNode } from 'react';
import { useSession } from '../hooks/use-session.js';
import { participantOf } from '../source/local.js';
import { nameOf } from './names.js';

/** Texts of {@link TurnIndicator} (English by default). */
export interface TurnIndicatorLabels {
  /** When it is the viewer's turn. */
  yours: string;
  /** When it is someone else's turn. */
  theirs: (name: string) => string;
  /** When anyone allowed may speak. */
  anyone: string;
  /** In a written round. */
  written: string;
  /** Outside a phase. */
  none: string;
}

const DEFAULT_LABELS: TurnIndicatorLabels = {
  yours: 'It is your turn.',
  theirs: (name) => `It is ${name}’s turn.`,
  anyone: 'Anyone may speak.',
  written: 'Everyone writes; contributions are revealed together.',
  none: 'No phase is running.',
};

/** Props of {@link TurnIndicator}. */
export interface TurnIndicatorProps {
  /** Replace any of the texts (to translate them). */
  labels?: Partial<TurnIndicatorLabels>;
  /** Class name (the component sets no styles). */
  className?: string;
}

/** Says whose turn it is, in a polite live region so screen readers announce changes. */
export function TurnIndicator({ labels, className }: TurnIndicatorProps): ReactNode {
  const { view, viewer } = useSession();
  const text = { ...DEFAULT_LABELS, ...labels };
  const turn = view?.turn ?? null;
  const me = participantOf(viewer);
  let message = text.none;
  if (view && turn) {
    if (turn.policy === 'written-then-revealed') message = text.written;
    else if (turn.current === null) message = text.anyone;
    else message = turn.current === me ? text.yours : text.theirs(nameOf(view, turn.current));
  }
  return (
    <p role="status" aria-live="polite" className={className} data-mine={turn?.current != null && turn.current === me ? '' : undefined}>
      {message}
    </p>
  );
}
