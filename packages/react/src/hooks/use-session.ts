import type { SessionView } from '@intervision/core';
import { useCallback, useSyncExternalStore } from 'react';
import type { CommandInput, ConnectionStatus, SessionSource, SourceResult, StepInfo, Viewer } from '../source/types.js';
import { useSource } from './context.js';

/** What {@link useSession} returns. */
export interface UseSessionResult {
  /** The viewer's projected view, or null until the first one arrives. */
  view: SessionView | null;
  /** The method's steps. */
  steps: readonly StepInfo[];
  /** Connection status (always `open` in process). */
  status: ConnectionStatus;
  /** Who is looking. */
  viewer: Viewer;
  /** Sends a command as the viewer; resolves to the result (never rejects). */
  send: (command: CommandInput) => Promise<SourceResult>;
  /** The source itself. */
  source: SessionSource;
}

/**
 * The viewer's projected view and a typed `send`. Re-renders on every change of the view; use
 * {@link useSessionSelector} to re-render only when a part changes.
 */
export function useSession(): UseSessionResult {
  const source = useSource();
  const view = useSyncExternalStore(source.subscribe, source.getView, source.getView);
  const steps = useSyncExternalStore(source.subscribe, source.getSteps, source.getSteps);
  const status = useSyncExternalStore(source.subscribe, source.getStatus, source.getStatus);
  const send = useCallback((command: CommandInput) => source.send(command), [source]);
  return { view, steps, status, viewer: source.viewer, send, source };
}
