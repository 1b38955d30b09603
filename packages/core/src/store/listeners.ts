/**
 * Calls every listener with `value`, each in isolation: a listener that throws cannot stop the others,
 * nor turn the operation that triggered it into a failure. Errors are reported asynchronously via
 * `reportError` where the platform has it, and otherwise dropped.
 */
export function isolate<T>(listeners: readonly ((value: T) => void)[], value: T): void {
  for (const listener of listeners) {
    try {
      listener(value);
    } catch (error) {
      const report = (globalThis as { reportError?: (e: unknown) => void }).reportError;
      if (report) queueMicrotask(() => report(error));
    }
  }
}
