import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Session } from '@intervision/core';
import { type BindOptions, bindViewer, type ViewerHandle } from '../source/local.js';
import { sourceMessage } from '../source/messages.js';
import { type CanRequest, type CheckResponse, type HelloMessage, MAX_CAN_BATCH, ROUTES, type SnapshotMessage } from '../source/protocol.js';
import type { CommandInput, SourceCode, Viewer } from '../source/types.js';
import { BodyError, readJson } from './body.js';
import { openStream, writeEvent, writeHeartbeat } from './sse.js';

/** Options for {@link createSessionServer}. */
export interface SessionServerOptions {
  /** Finds a running session by id (undefined when there is none). */
  getSession(sessionId: string): Session | undefined | Promise<Session | undefined>;
  /**
   * Who sends this request, as the host's own authentication says (a cookie, a token). Return a participant
   * id, a viewer, or null to answer 401. The `by` of a command body is never trusted: a different one is refused.
   */
  authenticate(req: IncomingMessage, sessionId: string): string | Viewer | null | Promise<string | Viewer | null>;
  /** Path prefix of session routes. Default `/sessions`: `/sessions/<id>/events`, `/sessions/<id>/commands`, … */
  basePath?: string;
  /** Clock and rules per session (the ones it was created with). */
  bindOptions?(session: Session): BindOptions;
  /** Largest accepted request body in bytes. Default 64 KiB. */
  maxBodyBytes?: number;
  /** Interval of keep-alive comments on event streams, ms. Default 15 000. */
  heartbeatMs?: number;
}

/** A node `http` request handler for session routes. */
export interface SessionServer {
  /** Handles the request if it is a session route; resolves to false (untouched) otherwise, so hosts can chain handlers. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Closes every open event stream. */
  close(): void;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stable key for a viewer (for the handle cache). */
function viewerKey(viewer: Viewer): string {
  return 'participantId' in viewer ? `p:${viewer.participantId}` : `a:${viewer.audience}`;
}

/**
 * Serves sessions to `createRemoteSource` (`@intervision/react`) clients over node `http`: commands by POST (acting as the
 * authenticated participant only), projected views by server-sent events, draft checks and `can`
 * questions. Each request is authenticated by the host's callback; the Session stays the authority.
 *
 * @example
 * ```ts
 * const sessions = createSessionServer({ getSession: (id) => running.get(id), authenticate: (req) => userIdFromCookie(req) });
 * http.createServer(async (req, res) => { if (!(await sessions.handle(req, res))) res.writeHead(404).end(); }).listen(3000);
 * ```
 */
export function createSessionServer(options: SessionServerOptions): SessionServer {
  const basePath = (options.basePath ?? '/sessions').replace(/\/+$/, '');
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  // One handle per session and viewer (a repeated command id is answered by the Session, which keeps command ids in its log).
  const handles = new WeakMap<Session, Map<string, ViewerHandle>>();
  // Open event streams, each with what stops it.
  const streams = new Map<ServerResponse, () => void>();

  const handleFor = (session: Session, viewer: Viewer): ViewerHandle => {
    let byViewer = handles.get(session);
    if (!byViewer) {
      byViewer = new Map();
      handles.set(session, byViewer);
    }
    const key = viewerKey(viewer);
    let handle = byViewer.get(key);
    if (!handle) {
      handle = bindViewer(session, viewer, options.bindOptions?.(session));
      byViewer.set(key, handle);
    }
    return handle;
  };

  const refuse = (res: ServerResponse, status: number, code: SourceCode | 'invalid-command', message: string) =>
    sendJson(res, status, { ok: false, commandId: '', findings: [], code, message });

  const stream = (req: IncomingMessage, res: ServerResponse, handle: ViewerHandle, url: URL) => {
    const header = Number(req.headers['last-event-id']);
    const query = Number(url.searchParams.get('after'));
    const known = Math.max(Number.isInteger(header) ? header : -1, Number.isInteger(query) && url.searchParams.has('after') ? query : -1);
    openStream(res);
    const hello: HelloMessage = { viewer: handle.viewer, steps: handle.steps(), serverTime: handle.now() };
    writeEvent(res, 'hello', hello);
    let sent = known;
    const push = (view = handle.view()) => {
      if (view.version <= sent || res.writableEnded) return;
      sent = view.version;
      writeEvent(res, 'view', { view, serverTime: handle.now() }, view.version);
    };
    push();
    const unsubscribe = handle.subscribe((view) => push(view));
    const beat = setInterval(() => writeHeartbeat(res), heartbeatMs);
    (beat as { unref?: () => void }).unref?.();
    const stop = () => {
      clearInterval(beat);
      unsubscribe();
      streams.delete(res);
      if (!res.writableEnded) res.end();
    };
    streams.set(res, stop);
    req.on('close', stop);
    res.on('close', stop);
  };

  const route = async (req: IncomingMessage, res: ServerResponse, sessionId: string, action: string, url: URL): Promise<void> => {
    const session = await options.getSession(sessionId);
    if (!session) return refuse(res, 404, 'unknown-session', sourceMessage('unknown-session', undefined));
    const who = await options.authenticate(req, sessionId);
    if (who === null || who === undefined) return refuse(res, 401, 'unauthenticated', sourceMessage('unauthenticated', session.getState().lang));
    const handle = handleFor(session, typeof who === 'string' ? { participantId: who } : who);

    if (req.method === 'GET' && action === ROUTES.events) return stream(req, res, handle, url);
    if (req.method === 'GET' && action === ROUTES.view) {
      const snapshot: SnapshotMessage = { viewer: handle.viewer, steps: handle.steps(), view: handle.view(), serverTime: handle.now() };
      return sendJson(res, 200, snapshot);
    }
    if (req.method !== 'POST') return refuse(res, 405, 'invalid-command', `${req.method} is not allowed here`);
    let body: unknown;
    try {
      body = await readJson(req, maxBodyBytes);
    } catch (error) {
      const status = error instanceof BodyError ? error.status : 400;
      return refuse(res, status, 'invalid-command', error instanceof Error ? error.message : 'unreadable body');
    }
    if (action === ROUTES.commands) {
      if (!isObject(body)) return refuse(res, 400, 'invalid-command', 'the command must be a JSON object');
      return sendJson(res, 200, await handle.send(body as CommandInput));
    }
    if (action === ROUTES.can) {
      const commands = isObject(body) ? (body as Partial<CanRequest>).commands : undefined;
      if (!Array.isArray(commands) || commands.length > MAX_CAN_BATCH)
        return refuse(res, 400, 'invalid-command', `send { commands: [...] } with at most ${MAX_CAN_BATCH} commands`);
      return sendJson(res, 200, { answers: commands.map((c) => (isObject(c) ? handle.can(c as CommandInput) : null)) });
    }
    if (action === ROUTES.check) {
      if (!isObject(body) || typeof body.kind !== 'string' || typeof body.text !== 'string')
        return refuse(res, 400, 'invalid-command', 'send { kind, text } as strings');
      const response: CheckResponse = { findings: await handle.check({ kind: body.kind, text: body.text }) };
      return sendJson(res, 200, response);
    }
    return refuse(res, 404, 'invalid-command', `no route ${action}`);
  };

  return {
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(`${basePath}/`)) return false;
      const parts = url.pathname.slice(basePath.length + 1).split('/');
      if (parts.length !== 2 || !parts[0] || !parts[1]) return false;
      let sessionId: string;
      try {
        sessionId = decodeURIComponent(parts[0]);
      } catch {
        return false;
      }
      try {
        await route(req, res, sessionId, parts[1], url);
      } catch (error) {
        if (!res.headersSent) refuse(res, 500, 'network-error', error instanceof Error ? error.message : 'server error');
        else res.end();
      }
      return true;
    },
    close() {
      for (const stop of [...streams.values()]) stop();
    },
  };
}
