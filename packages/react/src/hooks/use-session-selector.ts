import type { SessionView } from '@intervision/core';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useSource } from './context.js';
import { shallowEqual } from './shallow-equal.js';

/**
 * A part of the view, chosen by `selector`. The component re-renders only when the selected value
 * changes by `isEqual` (default: shallow equality), not on every change of the session.
 * Returns `fallback` until the first view arrives.
 *
 * @example
 * ```tsx
 * const phaseName = useSessionSelector((view) => view.phase?.name ?? null, null);
 * ```
 */
export function useSessionSelector<T>(selector: (view: SessionView) => T, fallback: T, isEqual: (a: T, b: T) => boolean = shallowEqual): T {
  const source = useSource();
  const memo = useRef<{ view: SessionView; selector: (view: SessionView) => T; value: T } | null>(null);
  const getSnapshot = useCallback((): T => {
    const view = source.getView();
    if (!view) return fallback;
    const last = memo.current;
    if (last && last.view === view && last.selector === selector) return last.value;
    const next = selector(view);
    const value = last && isEqual(last.value, next) ? last.value : next;
    memo.current = { view, selector, value };
    return value;
  }, [source, selector, fallback, isEqual]);
  return useSyncExternalStore(source.subscribe, getSnapshot, getSnapshot);
}
