import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { CommandInput, Refusal } from '../source/types.js';
import { useSource } from './context.js';

/** What {@link useCan} returns. */
export interface CanState {
  /** Whether the command would be accepted now (false while unknown). */
  allowed: boolean;
  /** Why not, when known. */
  refusal: Refusal | null;
  /** True while a remote answer is on its way and none was known before. */
  pending: boolean;
}

const UNKNOWN: CanState = { allowed: false, refusal: null, pending: true };
const NOTHING: CanState = { allowed: false, refusal: null, pending: false };

function same(a: CanState, b: CanState): boolean {
  return a.allowed === b.allowed && a.pending === b.pending && a.refusal?.code === b.refusal?.code && a.refusal?.message === b.refusal?.message;
}

/**
 * Whether the viewer may send `command` now (by role, turn and phase; rules are not run), for enabling
 * buttons and saying why not. Pass null for no command. While a remote answer is pending the last
 * known answer is kept, so buttons do not flicker.
 */
export function useCan(command: CommandInput | null): CanState {
  const source = useSource();
  const key = command ? JSON.stringify(command) : '';
  const last = useRef<{ key: string; state: CanState } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the command is read through its key
  const getSnapshot = useCallback((): CanState => {
    if (!command) return NOTHING;
    const answer = source.can(command);
    const previous = last.current?.key === key ? last.current.state : null;
    const next: CanState =
      answer === undefined ? (previous ? { ...previous, pending: false } : UNKNOWN) : { allowed: answer === null, refusal: answer, pending: false };
    if (previous && same(previous, next)) return previous;
    last.current = { key, state: next };
    return next;
  }, [source, key]);
  return useSyncExternalStore(source.subscribe, getSnapshot, getSnapshot);
}
