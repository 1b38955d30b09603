import { type ReactNode, useId, useState } from 'react';
import { useSource } from '../hooks/context.js';
import { useCan } from '../hooks/use-can.js';
import type { CommandInput, SourceResult } from '../source/types.js';

/** Props of {@link CommandButton}. */
export interface CommandButtonProps {
  /** The command the button sends (as the viewer). */
  command: CommandInput;
  /** The button text. */
  children: ReactNode;
  /** Told the result of every click. */
  onResult?: (result: SourceResult) => void;
  /** Class name (the component sets no styles). */
  className?: string;
}

/**
 * A button that sends one command. While the command would be refused it stays focusable but
 * `aria-disabled`, with the reason as its description (so keyboard and screen-reader users learn why);
 * while a send is in flight it is `aria-busy` and ignores further clicks (no double advance).
 */
export function CommandButton({ command, children, onResult, className }: CommandButtonProps): ReactNode {
  const source = useSource();
  const can = useCan(command);
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const disabled = !can.allowed || busy;
  return (
    <>
      <button
        type="button"
        className={className}
        aria-disabled={disabled ? 'true' : undefined}
        aria-busy={busy ? 'true' : undefined}
        aria-describedby={can.refusal ? reasonId : undefined}
        data-command={command.type}
        onClick={async () => {
          if (disabled) return;
          setBusy(true);
          try {
            const result = await source.send(command);
            onResult?.(result);
          } finally {
            setBusy(false);
          }
        }}
      >
        {children}
      </button>
      {can.refusal ? (
        <span id={reasonId} hidden>
          {can.refusal.message}
        </span>
      ) : null}
    </>
  );
}
