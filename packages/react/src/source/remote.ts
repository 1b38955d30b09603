import type { Finding, SessionView } from '@intervision/core';
import { newCommandId } from './command-id.js';
import { createListeners } from './listeners.js';
import { sourceMessage } from './messages.js';
import { type CanResponse, type CheckResponse, type HelloMessage, MAX_CAN_BATCH, ROUTES, type SnapshotMessage, type ViewMessage } from './protocol.js';
import type { CommandInput, ConnectionStatus, Refusal, SessionSource, SourceCode, SourceResult, StepInfo, Viewer } from './types.js';

/** The parts of `EventSource` the remote source uses (inject one outside browsers). */
export interface EventSourceLike {
  /** Listens for a named event. */
  addEventListener(type: string, listener: (event: { data?: unknown; lastEventId?: string }) => void): void;
  /** Called on a connection error. */
  onerror: ((event: unknown) => void) | null;
  /** Called when the connection opens. */
  onopen: ((event: unknown) => void) | null;
  /** 2 once closed for good. */
  readonly readyState: number;
  /** Closes the connection. */
  close(): void;
}

/** Options for {@link createRemoteSource}. */
export interface RemoteSourceOptions {
  /** URL of the session on the server, e.g. `/api/sessions/abc` (the server helper's base path plus the session id). */
  url: string;
  /** Who the signed-in user is (the server decides; this is for display until the server's hello arrives). */
  viewer: Viewer;
  /** A view to start from (from server rendering), so the first paint needs no round trip. */
  initialView?: SessionView;
  /** Steps to start from (from server rendering). */
  initialSteps?: StepInfo[];
  /** `fetch` to use. Default: the global one. */
  fetch?: typeof fetch;
  /** Creates the event stream. Default: the global `EventSource` (with credentials when `withCredentials`). */
  eventSource?: (url: string) => EventSourceLike;
  /** Send cookies cross-origin. Default false (same-origin cookies are always sent). */
  withCredentials?: boolean;
  /** Longest wait between reconnect attempts, ms. Default 10 000. */
  maxRetryMs?: number;
}

/** Whether a value looks like a source result (a server or proxy may answer anything). */
function isResult(value: unknown): value is SourceResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * A {@link SessionSource} for a session that runs on a server (`createSessionServer` (`@intervision/react/server`)): commands go
 * over HTTP POST, projected views come over server-sent events, and after a reconnect the server sends
 * the view only if it is newer than the version the client has. Safe to create during server rendering:
 * nothing touches `window` or opens a connection until the first subscriber.
 */
export function createRemoteSource(options: RemoteSourceOptions): SessionSource {
  const base = options.url.replace(/\/+$/, '');
  const doFetch = (input: string, init?: RequestInit) => (options.fetch ?? globalThis.fetch)(input, init);
  const credentials: RequestCredentials = options.withCredentials ? 'include' : 'same-origin';
  const maxRetryMs = options.maxRetryMs ?? 10_000;
  const listeners = createListeners();
  let viewer = options.viewer;
  let view: SessionView | null = options.initialView ?? null;
  let steps: readonly StepInfo[] = options.initialSteps ?? [];
  let status: ConnectionStatus = 'connecting';
  let offset = 0;
  let stream: EventSourceLike | undefined;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  // `can` answers for the current version, keyed by the command without its id.
  let answers = new Map<string, Refusal | null>();
  let answersFor = view?.version ?? -1;
  // Questions not yet sent, keyed by version and command.
  const asked = new Map<string, { version: number; key: string; command: CommandInput }>();
  let flushing = false;

  const setStatus = (next: ConnectionStatus) => {
    if (status === next) return;
    status = next;
    listeners.notify();
  };
  const own = (code: SourceCode): Refusal => ({ code, message: sourceMessage(code, view?.lang) });
  const post = async <T>(route: string, body: unknown): Promise<{ status: number; body: T | undefined }> => {
    const response = await doFetch(`${base}/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials,
    });
    const text = await response.text();
    let parsed: T | undefined;
    try {
      parsed = text ? (JSON.parse(text) as T) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed };
  };

  const receiveView = (message: ViewMessage) => {
    if (!message?.view || (view && message.view.version < view.version && message.view.id === view.id)) return;
    offset = message.serverTime - Date.now();
    view = message.view;
    listeners.notify();
  };
  const receiveHello = (message: HelloMessage) => {
    offset = message.serverTime - Date.now();
    viewer = message.viewer;
    steps = message.steps;
    retries = 0;
    setStatus('open');
    listeners.notify();
  };
  const parse = <T>(data: unknown): T | undefined => {
    try {
      return typeof data === 'string' ? (JSON.parse(data) as T) : undefined;
    } catch {
      return undefined;
    }
  };

  const connect = () => {
    if (closed || stream) return;
    const after = view ? `?after=${view.version}` : '';
    const url = `${base}/${ROUTES.events}${after}`;
    const create =
      options.eventSource ??
      ((u: string) => {
        const ES = (globalThis as { EventSource?: new (url: string, init?: { withCredentials?: boolean }) => EventSourceLike }).EventSource;
        if (!ES) throw new Error('No EventSource in this environment: pass options.eventSource');
        return new ES(u, { withCredentials: options.withCredentials ?? false });
      });
    let es: EventSourceLike;
    try {
      es = create(url);
    } catch {
      setStatus('closed');
      return;
    }
    stream = es;
    es.addEventListener('hello', (event) => {
      const message = parse<HelloMessage>(event.data);
      if (message) receiveHello(message);
    });
    es.addEventListener('view', (event) => {
      const message = parse<ViewMessage>(event.data);
      if (message) receiveView(message);
    });
    es.onerror = () => {
      if (closed) return;
      setStatus('reconnecting');
      // The browser retries by itself (sending Last-Event-ID) unless the stream is closed for good.
      if (es.readyState !== 2) return;
      es.close();
      stream = undefined;
      const delay = Math.min(maxRetryMs, 250 * 2 ** Math.min(retries, 10));
      retries += 1;
      retryTimer = setTimeout(connect, delay);
    };
  };

  const flushCan = async () => {
    if (flushing || asked.size === 0) return;
    flushing = true;
    const batch = [...asked.entries()].slice(0, MAX_CAN_BATCH);
    try {
      const { body } = await post<CanResponse>(ROUTES.can, { commands: batch.map(([, ask]) => ask.command) });
      let changed = false;
      if (body && Array.isArray(body.answers))
        batch.forEach(([, ask], i) => {
          // Answers about an older version are dropped; the next render asks again.
          if (ask.version !== answersFor) return;
          answers.set(ask.key, body.answers[i] ?? null);
          changed = true;
        });
      if (changed) listeners.notify();
    } catch {
      // Unknown stays unknown; asked again on the next change.
    } finally {
      for (const [askKey] of batch) asked.delete(askKey);
      flushing = false;
      if (asked.size > 0) void flushCan();
    }
  };

  const sendOnce = async (command: CommandInput & { commandId: string }): Promise<SourceResult> => {
    const { status: code, body } = await post<SourceResult>(ROUTES.commands, command);
    if (isResult(body)) return body;
    const refusal = own(code === 401 || code === 403 ? 'unauthenticated' : code === 404 ? 'unknown-session' : 'network-error');
    return { ok: false, commandId: command.commandId, findings: [], ...refusal };
  };

  return {
    get viewer() {
      return viewer;
    },
    getView: () => view,
    getSteps: () => steps,
    getStatus: () => status,
    subscribe(listener) {
      const remove = listeners.add(listener);
      connect();
      return remove;
    },
    async send(command) {
      const withId = { ...command, commandId: command.commandId ?? newCommandId() };
      // One retry on a network failure is safe: the server answers a repeated command id with the first outcome.
      for (let attempt = 0; ; attempt++) {
        try {
          return await sendOnce(withId);
        } catch {
          if (attempt >= 1) return { ok: false, commandId: withId.commandId, findings: [], ...own('network-error') };
        }
      }
    },
    can(command) {
      const version = view?.version ?? -1;
      if (version !== answersFor) {
        answers = new Map();
        answersFor = version;
      }
      const { commandId: _id, ...rest } = command;
      const key = JSON.stringify(rest);
      if (answers.has(key)) return answers.get(key);
      const askKey = `${version}\u0000${key}`;
      if (!asked.has(askKey)) {
        asked.set(askKey, { version, key, command: rest as CommandInput });
        queueMicrotask(() => void flushCan());
      }
      return undefined;
    },
    async check(input): Promise<Finding[]> {
      try {
        const { body } = await post<CheckResponse>(ROUTES.check, input);
        return Array.isArray(body?.findings) ? body.findings : [];
      } catch {
        return [];
      }
    },
    now: () => Date.now() + offset,
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      stream?.close();
      stream = undefined;
      setStatus('closed');
    },
  };
}

/** Loads the first view and steps over HTTP (for server rendering or a first paint before the stream opens). */
export async function fetchSnapshot(url: string, init?: RequestInit & { fetch?: typeof fetch }): Promise<SnapshotMessage> {
  const response = await (init?.fetch ?? globalThis.fetch)(`${url.replace(/\/+$/, '')}/${ROUTES.view}`, init);
  if (!response.ok) throw new Error(`GET ${url}/${ROUTES.view} answered ${response.status}`);
  return (await response.json()) as SnapshotMessage;
}
