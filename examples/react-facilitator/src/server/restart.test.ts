// The example's server restarted mid-session: the sessions come back from the SQLite file and carry on.
// Real HTTP, a real SQLite file in a temporary folder, the real routes (no browser: the e2e suite drives one).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionView } from '@intervision/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StartedServer, startServer } from './app.js';

const PARTICIPANTS = [
  { id: 'fay', name: 'Fay', role: 'facilitator' },
  { id: 'ian', name: 'Ian', role: 'introducer' },
  { id: 'pia', name: 'Pia', role: 'peer' },
  { id: 'paul', name: 'Paul', role: 'peer' },
];

/** One participant's HTTP client for a session: signs in (a cookie), sends commands, reads the view and the report. */
async function client(server: StartedServer, sessionId: string, as: string) {
  const base = `${server.url}/api/sessions/${encodeURIComponent(sessionId)}`;
  const signIn = await fetch(`${base}/sign-in`, { method: 'POST', body: JSON.stringify({ as }) });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  return {
    async send(command: Record<string, unknown>) {
      const response = await fetch(`${base}/commands`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(command),
      });
      return (await response.json()) as { ok: boolean; code?: string; commandId: string };
    },
    async view(): Promise<SessionView> {
      return ((await (await fetch(`${base}/view`, { headers: { cookie } })).json()) as { view: SessionView }).view;
    },
    async report(format: string): Promise<string> {
      const response = await fetch(`${base}/report?format=${format}`, { headers: { cookie } });
      expect(response.status).toBe(200);
      return response.text();
    },
  };
}

describe('the example server over SQLite', () => {
  let dataDir = '';
  let server: StartedServer | undefined;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'iv-restart-'));
  });
  afterEach(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const start = async () => {
    server = await startServer({ root: dataDir, dataDir, port: 0, prod: true });
    return server;
  };

  it('restores a running session after a restart, answers a retried command with its first outcome, and carries on', async () => {
    let first = await start();
    const created = await fetch(`${first.url}/api/sessions`, {
      method: 'POST',
      body: JSON.stringify({ methodId: 'generic-four-phase', participants: PARTICIPANTS, lang: 'en' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const fay = await client(first, id, 'fay');
    const ian = await client(first, id, 'ian');
    expect((await fay.send({ type: 'start' })).ok).toBe(true);
    expect((await ian.send({ type: 'propose-topic', text: 'How do I keep my evenings free?' })).ok).toBe(true);
    const proposalId = (await fay.view()).proposals[0]!.id;
    expect((await fay.send({ type: 'choose-topic', proposalId })).ok).toBe(true);
    const story = { type: 'contribute', kind: 'narrative', text: 'My calendar fills up after six.', commandId: 'story-1' };
    expect((await ian.send(story)).ok).toBe(true);
    const before = await fay.view();

    // Restart: a new server process state over the same file (nothing carried over in memory).
    await first.close();
    server = undefined;
    first = await start();
    const fayAgain = await client(first, id, 'fay');
    const ianAgain = await client(first, id, 'ian');
    const pia = await client(first, id, 'pia');
    const after = await fayAgain.view();
    expect(after.version).toBe(before.version);
    expect(after.phase?.id).toBe('topic');
    expect(after.topic?.text).toBe('How do I keep my evenings free?');
    expect(after.contributions.map((c) => c.text)).toEqual(['My calendar fills up after six.']);

    // The store kept the command id: the retry is answered with the first outcome and adds nothing.
    const retried = await ianAgain.send(story);
    expect(retried).toMatchObject({ ok: true, commandId: 'story-1' });
    expect((await fayAgain.view()).version).toBe(before.version);

    // And the session carries on where it was.
    expect((await fayAgain.send({ type: 'advance', expect: { phase: 'topic', run: after.phase!.run } })).ok).toBe(true);
    expect((await pia.send({ type: 'contribute', kind: 'question', text: 'What happens at six?' })).ok).toBe(true);
    const carried = await pia.view();
    expect(carried.phase?.id).toBe('clarification');
    expect(carried.contributions.map((c) => c.text)).toEqual(['My calendar fills up after six.', 'What happens at six?']);
    expect(await pia.report('markdown')).toContain('What happens at six?');
  });

  it('restores a finished session on demand, so its report can still be downloaded', async () => {
    let first = await start();
    const created = await fetch(`${first.url}/api/sessions`, {
      method: 'POST',
      body: JSON.stringify({ methodId: 'generic-four-phase', participants: PARTICIPANTS, lang: 'nl' }),
    });
    const { id } = (await created.json()) as { id: string };
    const fay = await client(first, id, 'fay');
    expect((await fay.send({ type: 'start' })).ok).toBe(true);
    expect((await fay.send({ type: 'end' })).ok).toBe(true);
    await first.close();
    server = undefined;
    first = await start();
    const report = await (await client(first, id, 'pia')).report('markdown');
    expect(report).toContain('# Verslag: Algemene intervisie in vier fasen');
    expect(report).toContain('**Status:** Vroegtijdig beëindigd');
  });
});
