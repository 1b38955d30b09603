import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Session } from '@intervision/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createSessionServer, type SessionServer } from '../src/server/handler.js';
import { createRemoteSource } from '../src/source/remote.js';
import type { SessionSource } from '../src/source/types.js';
import { inClarification } from './fixtures.js';
import { nodeEventSource } from './node-event-source.js';

/** The participant id from an `x-user` header (a stand-in for the host's real authentication). */
const authenticate = (req: IncomingMessage) => (typeof req.headers['x-user'] === 'string' ? req.headers['x-user'] : null);

let server: Server | undefined;
let sessions: SessionServer | undefined;
const sources: SessionSource[] = [];

async function serve(session: Session): Promise<string> {
  sessions = createSessionServer({ getSession: (id) => (id === session.id ? session : undefined), authenticate, basePath: '/api/sessions' });
  const handler = sessions;
  server = createServer(async (req, res) => {
    if (!(await handler.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/api/sessions/${session.id}`;
}

function remoteAs(url: string, user: string) {
  const fetchAs: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-user': user } });
  const streams: ReturnType<typeof nodeEventSource>[] = [];
  const source = createRemoteSource({
    url,
    viewer: { participantId: user },
    fetch: fetchAs,
    eventSource: (u) => {
      const es = nodeEventSourceAs(u, user);
      streams.push(es);
      return es;
    },
    maxRetryMs: 50,
  });
  sources.push(source);
  return { source, streams };
}

/** {@link nodeEventSource} with the user header (the real browser sends a cookie instead). */
function nodeEventSourceAs(url: string, user: string) {
  const original = globalThis.fetch;
  globalThis.fetch = (input, init) => original(input, { ...init, headers: { 'x-user': user } });
  try {
    return nodeEventSource(url);
  } finally {
    globalThis.fetch = original;
  }
}

/** Resolves when `predicate` holds after a change of the source (bounded by the test timeout). */
function until(source: SessionSource, predicate: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (predicate()) return resolve();
    const stop = source.subscribe(() => {
      if (predicate()) {
        stop();
        resolve();
      }
    });
  });
}

afterEach(async () => {
  for (const source of sources.splice(0)) source.close();
  sessions?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

describe('remote source against the server helper', () => {
  it('streams projected views and sends commands as the authenticated participant', async () => {
    const { session } = await inClarification();
    const url = await serve(session);
    const { source } = remoteAs(url, 'pia');
    await until(source, () => source.getView() !== null && source.getSteps().length === 4);
    expect(source.getStatus()).toBe('open');
    expect(source.getView()!.phase?.id).toBe('clarification');

    const result = await source.send({ type: 'contribute', kind: 'question', text: 'What did you notice first?' });
    expect(result.ok).toBe(true);
    await until(source, () => source.getView()!.contributions.some((c) => c.text === 'What did you notice first?'));
    expect(session.getState().contributions.at(-1)?.by).toBe('pia');
  });

  it('never trusts `by` from the body, and refuses unauthenticated requests', async () => {
    const { session } = await inClarification();
    const url = await serve(session);
    const forged = await fetch(`${url}/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': 'pia' },
      body: JSON.stringify({ type: 'advance', by: 'fay' }),
    });
    expect(await forged.json()).toMatchObject({ ok: false, code: 'actor-mismatch' });
    const anonymous = await fetch(`${url}/commands`, { method: 'POST', body: '{"type":"advance"}' });
    expect(anonymous.status).toBe(401);
    const junk = await fetch(`${url}/commands`, { method: 'POST', headers: { 'x-user': 'fay' }, body: '{not json' });
    expect(junk.status).toBe(400);
    const huge = await fetch(`${url}/check`, { method: 'POST', headers: { 'x-user': 'fay' }, body: JSON.stringify({ kind: 'q', text: 'x'.repeat(70_000) }) });
    expect(huge.status).toBe(413);
    expect(session.getState().phase?.id).toBe('clarification');
  });

  it('answers can and check over HTTP, and a repeated command id once', async () => {
    const { session } = await inClarification();
    const url = await serve(session);
    const { source } = remoteAs(url, 'fay');
    expect(source.can({ type: 'advance' })).toBeUndefined();
    await until(source, () => source.can({ type: 'advance' }) !== undefined);
    expect(source.can({ type: 'advance' })).toBeNull();

    const { source: pia } = remoteAs(url, 'pia');
    const findings = await pia.check({ kind: 'question', text: 'Have you tried talking to HR?' });
    expect(findings.some((f) => f.ruleId === 'no-advice' && f.severity === 'block' && f.suggestion)).toBe(true);

    const command = { type: 'contribute', kind: 'question', text: 'Who else is involved?', commandId: 'retry-me' } as const;
    const first = await pia.send(command);
    const again = await pia.send(command);
    expect(again).toEqual(first);
    expect(session.getState().contributions.filter((c) => c.text === 'Who else is involved?')).toHaveLength(1);
  });

  it('catches up by version after the stream drops', async () => {
    const { session } = await inClarification();
    const url = await serve(session);
    const { source, streams } = remoteAs(url, 'pia');
    await until(source, () => source.getView() !== null);
    const before = source.getView()!.version;
    // Drop every stream, change the session while the client is away, and let it reconnect.
    sessions!.close();
    await session.send({ type: 'contribute', by: 'paul', kind: 'question', text: 'What did your manager say?' });
    await until(source, () => source.getView()!.version > before);
    expect(streams.length).toBeGreaterThanOrEqual(2);
    expect(source.getView()!.contributions.at(-1)?.text).toBe('What did your manager say?');
  });
});
