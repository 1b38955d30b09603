import type { ReactNode } from 'react';
import { useSessionSelector } from '../hooks/use-session-selector.js';

/** Texts of {@link WrittenRoundStatus} (English by default). */
export interface WrittenRoundLabels {
  /** While writing. */
  progress: (written: number, total: number) => string;
  /** Once revealed. */
  revealed: string;
}

const DEFAULT_LABELS: WrittenRoundLabels = {
  progress: (written, total) => `${written} of ${total} have written`,
  revealed: 'All contributions are revealed',
};

/** Props of {@link WrittenRoundStatus}. */
export interface WrittenRoundStatusProps {
  /** Replace the texts (to translate them). */
  labels?: Partial<WrittenRoundLabels>;
  /** Class name (the component sets no styles). */
  className?: string;
}

type Progress = { written: number; total: number; revealed: boolean } | null;

/** In a written round: "3 of 5 have written", in a live region. Renders nothing in other phases. */
export function WrittenRoundStatus({ labels, className }: WrittenRoundStatusProps): ReactNode {
  const progress = useSessionSelector<Progress>(
    (view) =>
      view.turn?.policy === 'written-then-revealed'
        ? { written: view.turn.submitted.length, total: view.turn.order.length, revealed: view.turn.revealed }
        : null,
    null,
  );
  if (!progress) return null;
  const text = { ...DEFAULT_LABELS, ...labels };
  return (
    <p role="status" aria-live="polite" className={className}>
      {progress.revealed ? text.revealed : text.progress(progress.written, progress.total)}
    </p>
  );
}
