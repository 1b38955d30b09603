import type { ReactNode } from 'react';
import { useSession } from '../hooks/use-session.js';
import { nameOf } from './names.js';

/** Props of {@link RoundQueue}. */
export interface RoundQueueProps {
  /** Accessible name of the list. Default `Turn order`. */
  label?: string;
  /** Class name (the component sets no styles). */
  className?: string;
}

/**
 * Who takes turns in the current phase, in order; the current speaker has `aria-current="true"`,
 * those who have written or passed `data-submitted`. Renders nothing in a phase without a turn order.
 */
export function RoundQueue({ label = 'Turn order', className }: RoundQueueProps): ReactNode {
  const { view } = useSession();
  const turn = view?.turn;
  if (!view || !turn || turn.order.length === 0) return null;
  return (
    <ol aria-label={label} className={className}>
      {turn.order.map((id) => (
        <li key={id} aria-current={turn.current === id ? 'true' : undefined} data-submitted={turn.submitted.includes(id) ? '' : undefined}>
          {nameOf(view, id)}
        </li>
      ))}
    </ol>
  );
}
