import type { KeyboardEvent, ReactNode } from 'react';

/** Props of {@link RovingToolbar}. */
export interface RovingToolbarProps {
  /** Accessible name. */
  label: string;
  /** The buttons. */
  children: ReactNode;
  /** Class name (the component sets no styles). */
  className?: string;
}

const KEYS = new Set(['ArrowRight', 'ArrowLeft', 'Home', 'End']);

/** A `role="toolbar"` whose buttons the arrow keys, Home and End move between (WAI-ARIA toolbar pattern). */
export function RovingToolbar({ label, children, className }: RovingToolbarProps): ReactNode {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!KEYS.has(event.key)) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    if (buttons.length === 0) return;
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (at + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
    event.preventDefault();
  };
  return (
    <div role="toolbar" aria-label={label} aria-orientation="horizontal" className={className} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
