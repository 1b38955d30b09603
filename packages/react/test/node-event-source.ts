import type { EventSourceLike } from '../src/source/remote.js';

/**
 * A small EventSource over `fetch` for tests in Node (which has no EventSource): parses `event:`,
 * `data:` and `id:` lines, and closes for good (readyState 2, then `onerror`) when the stream ends,
 * so the remote source's own reconnect (with `?after=`) is what gets tested.
 */
export function nodeEventSource(url: string): EventSourceLike & { opened: Promise<void> } {
  const handlers = new Map<string, ((event: { data?: unknown; lastEventId?: string }) => void)[]>();
  const controller = new AbortController();
  let readyState = 0;
  let resolveOpened!: () => void;
  const es = {
    onerror: null as ((event: unknown) => void) | null,
    onopen: null as ((event: unknown) => void) | null,
    get readyState() {
      return readyState;
    },
    opened: new Promise<void>((resolve) => {
      resolveOpened = resolve;
    }),
    addEventListener(type: string, listener: (event: { data?: unknown; lastEventId?: string }) => void) {
      handlers.set(type, [...(handlers.get(type) ?? []), listener]);
    },
    close() {
      readyState = 2;
      controller.abort();
    },
  };
  const dispatch = (block: string) => {
    let type = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) type = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
      else if (line.startsWith('id: ')) id = line.slice(4);
    }
    if (data.length === 0) return;
    for (const handler of handlers.get(type) ?? []) handler({ data: data.join('\n'), ...(id ? { lastEventId: id } : {}) });
  };
  void (async () => {
    try {
      const response = await fetch(url, { signal: controller.signal });
      readyState = 1;
      resolveOpened();
      es.onopen?.({});
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (let i = 0; i < 100_000; i++) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted or refused: reported below.
    }
    if (readyState === 2 && controller.signal.aborted) return;
    readyState = 2;
    es.onerror?.({});
  })();
  return es;
}
