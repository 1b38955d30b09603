import type { Session, SessionView } from '@intervision/core';
import { createListeners } from './listeners.js';
import { type BindOptions, bindViewer } from './local.js';
import type { SessionSource, StepInfo, Viewer } from './types.js';

/**
 * A {@link SessionSource} over a Session in the same process (tests, single-user tools, server
 * rendering, an Electron app). The view is the viewer's projection, updated synchronously after each change.
 *
 * @example
 * ```tsx
 * const source = createLocalSource(session, { participantId: 'fay' });
 * root.render(<SessionProvider source={source}><App /></SessionProvider>);
 * ```
 */
export function createLocalSource(session: Session, viewer: Viewer, options: BindOptions = {}): SessionSource {
  const handle = bindViewer(session, viewer, options);
  const listeners = createListeners();
  let view: SessionView = handle.view();
  let steps: readonly StepInfo[] = handle.steps();
  let unsubscribe: (() => void) | undefined;
  const start = () => {
    unsubscribe ??= handle.subscribe((next) => {
      if (next.lang !== view.lang) steps = handle.steps();
      view = next;
      listeners.notify();
    });
  };
  return {
    viewer,
    getView: () => view,
    getSteps: () => steps,
    getStatus: () => 'open',
    subscribe(listener) {
      start();
      view = handle.view();
      return listeners.add(listener);
    },
    send: (command) => handle.send(command),
    can: (command) => handle.can(command),
    check: (input) => handle.check(input),
    now: () => handle.now(),
    close() {
      unsubscribe?.();
      unsubscribe = undefined;
    },
  };
}
