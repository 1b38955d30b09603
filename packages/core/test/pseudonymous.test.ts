import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  createMemoryStore,
  createSession,
  defineMethod,
  isRestoreError,
  isSessionConfigError,
  type MethodDefinition,
  restoreSession,
  type Session,
} from '../src/index.js';
import { genericPeople, walkToExperiences } from './helpers.js';

/** The generic method with an anonymous experiences round, one story per person. */
const anonymousMethod: MethodDefinition = defineMethod({
  extends: 'generic-four-phase',
  id: 'anonymous-strict',
  version: '1.0.0',
  name: { en: 'Anonymous experiences' },
  changes: [{ op: 'update', phase: 'experiences', set: { anonymous: true, quota: { max: 1 } } }],
} as never);

const KEY = { key: new Uint8Array(32).fill(7), keyId: 'k1' };
const OTHER_KEY = { key: new Uint8Array(32).fill(8), keyId: 'k1' };

async function inExperiences(options: { sessionId?: string; store?: ReturnType<typeof createMemoryStore> } = {}): Promise<Session> {
  const session = await createSession(anonymousMethod, { participants: genericPeople, clock: createManualClock(), pseudonymKey: KEY, ...options });
  await walkToExperiences(session);
  return session;
}

const experiences = (session: Session) => session.getEvents().filter((e) => e.type === 'contributed' && e.kind === 'experience');

describe('strict anonymity: anonymous phases logged under per-session pseudonyms (HMAC under the host key)', () => {
  it('logs no participant id for what is said in the anonymous phase, and keeps ids elsewhere', async () => {
    const session = await inExperiences();
    expect((await session.as('pia').send({ type: 'contribute', kind: 'experience', text: 'I once took a week off.' })).ok).toBe(true);
    expect((await session.as('paul').send({ type: 'contribute', kind: 'experience', text: 'I asked for help.' })).ok).toBe(true);
    const stories = experiences(session);
    expect(stories).toHaveLength(2);
    for (const e of stories) expect('by' in e && e.by).toMatch(/^~[A-Za-z0-9_-]{22}$/);
    expect(new Set(stories.map((e) => ('by' in e ? e.by : '')))).toHaveProperty('size', 2);
    const log = JSON.stringify(stories);
    for (const id of ['pia', 'paul', 'Pia', 'Paul']) expect(log).not.toContain(`"${id}"`);
    expect(JSON.stringify(session.getEvents()[0])).not.toContain(String(KEY.key));
    expect(session.getEvents()[0]).toMatchObject({ anonymity: { mode: 'pseudonymous', keyId: 'k1' } });
    // Outside the anonymous phase the log names its authors as usual.
    expect(session.getEvents().find((e) => e.type === 'topic-proposed')).toMatchObject({ by: 'ian' });
  });

  it('still enforces quotas and roles on the participant behind the pseudonym', async () => {
    const session = await inExperiences();
    expect((await session.as('pia').send({ type: 'contribute', kind: 'experience', text: 'First story.' })).ok).toBe(true);
    const again = await session.as('pia').send({ type: 'contribute', kind: 'experience', text: 'Second story.' });
    expect(again.ok ? 'accepted' : again.code).toBe('quota-exceeded');
    const introducer = await session.as('ian').send({ type: 'contribute', kind: 'experience', text: 'Mine too.' });
    expect(introducer.ok ? 'accepted' : introducer.code).not.toBe('accepted');
    expect((await session.as('paul').send({ type: 'contribute', kind: 'experience', text: 'Paul’s story.' })).ok).toBe(true);
  });

  it('shows the author their own contribution as theirs, and nobody else who wrote it — not even the server view', async () => {
    const session = await inExperiences();
    await session.as('pia').send({ type: 'contribute', kind: 'experience', text: 'Pia’s story.' });
    const own = session
      .as('pia')
      .getState()
      .contributions.find((c) => c.text === 'Pia’s story.');
    expect(own).toMatchObject({ by: 'pia', mine: true });
    for (const viewer of ['fay', 'ian', 'paul'])
      expect(
        session
          .as(viewer)
          .getState()
          .contributions.find((c) => c.text === 'Pia’s story.'),
      ).toMatchObject({ by: null, mine: false });
    // Trusted server code sees what the log holds: the pseudonym, not the person.
    expect(session.getState().contributions.find((c) => c.text === 'Pia’s story.')?.by).toBe(session.pseudonymOf('pia'));
  });

  it('restores only with the same key, to an equal state', async () => {
    const session = await inExperiences();
    await session.as('pia').send({ type: 'contribute', kind: 'experience', text: 'Pia’s story.' });
    const events = session.getEvents();
    const restored = await restoreSession(anonymousMethod, { events }, { pseudonymKey: KEY, timers: false });
    expect(restored.getState()).toEqual(session.getState());
    expect(restored.pseudonymOf('pia')).toBe(session.pseudonymOf('pia'));
    const again = await restored.as('pia').send({ type: 'contribute', kind: 'experience', text: 'Again.' });
    expect(again.ok ? 'accepted' : again.code).toBe('quota-exceeded');
    const missing = await restoreSession(anonymousMethod, { events }, { timers: false }).catch((e: unknown) => e);
    expect(isRestoreError(missing) && missing.code).toBe('pseudonym-key-required');
    const wrong = await restoreSession(anonymousMethod, { events }, { pseudonymKey: OTHER_KEY, timers: false }).catch((e: unknown) => e);
    expect(isRestoreError(wrong) && wrong.code).toBe('pseudonym-key-mismatch');
  });

  it('round-trips through a store', async () => {
    const store = createMemoryStore();
    const session = await inExperiences({ store, sessionId: 's-strict' });
    await session.as('paul').send({ type: 'contribute', kind: 'experience', text: 'Paul’s story.' });
    const restored = await restoreSession(anonymousMethod, { store, sessionId: 's-strict' }, { pseudonymKey: KEY, timers: false });
    expect(restored.getState()).toEqual(session.getState());
    const raw = JSON.stringify(await store.load('default', 's-strict'));
    expect(raw).toContain('Paul’s story.');
    expect(raw).not.toMatch(/"by":"paul"[^}]*Paul’s story/);
  });

  it('gives a participant a different pseudonym in every session', async () => {
    const a = await createSession(anonymousMethod, { participants: genericPeople, pseudonymKey: KEY, sessionId: 'a' });
    const b = await createSession(anonymousMethod, { participants: genericPeople, pseudonymKey: KEY, sessionId: 'b' });
    expect(a.pseudonymOf('pia')).not.toBe(b.pseudonymOf('pia'));
    expect(a.pseudonymOf('pia')).not.toBe(a.pseudonymOf('paul'));
    const plain = await createSession(anonymousMethod, { participants: genericPeople });
    expect(plain.pseudonymOf('pia')).toBeUndefined();
  });

  it('refuses forged logs: a real id where a pseudonym must stand, a pseudonym elsewhere, an unknown pseudonym', async () => {
    const session = await inExperiences();
    await session.as('pia').send({ type: 'contribute', kind: 'experience', text: 'Pia’s story.' });
    const events = session.getEvents();
    const at = events.findIndex((e) => e.type === 'contributed' && e.kind === 'experience');
    const forge = (patch: (e: Record<string, unknown>) => void, index = at) => {
      const copy = structuredClone(events) as unknown as Record<string, unknown>[];
      patch(copy[index]!);
      return copy;
    };
    const outcomes = [];
    for (const log of [
      forge((e) => (e.by = 'pia')),
      forge((e) => (e.by = '~AAAAAAAAAAAAAAAAAAAAAA')),
      forge(
        (e) => (e.by = session.pseudonymOf('ian')),
        events.findIndex((e) => e.type === 'topic-proposed'),
      ),
    ]) {
      const result = await restoreSession(anonymousMethod, { events: log }, { pseudonymKey: KEY, timers: false }).catch((e: unknown) => e);
      outcomes.push(isRestoreError(result) ? `${result.code}: ${result.message.split(': ').at(-1)}` : 'restored');
    }
    expect(outcomes).toEqual(['corrupt-log: not-pseudonymous', 'corrupt-log: not-pseudonymous', 'corrupt-log: not-pseudonymous']);
  });

  it('refuses participant ids that look like pseudonyms, and keys shorter than 32 bytes', async () => {
    const clash = await createSession(anonymousMethod, {
      participants: [...genericPeople, { id: '~AAAAAAAAAAAAAAAAAAAAAA', role: 'peer' }],
    }).catch((e: unknown) => e);
    expect(isSessionConfigError(clash)).toBe(true);
    const short = await createSession(anonymousMethod, { participants: genericPeople, pseudonymKey: { key: new Uint8Array(16), keyId: 'short' } }).catch(
      (e: unknown) => e,
    );
    expect(isSessionConfigError(short)).toBe(true);
  });
});

describe('strict anonymity and quota.min', () => {
  it('counts a participant’s pseudonymous contributions towards the minimum before advancing', async () => {
    const method = defineMethod({
      extends: 'generic-four-phase',
      id: 'anonymous-min',
      version: '1.0.0',
      name: { en: 'Anonymous experiences, one each' },
      changes: [{ op: 'update', phase: 'experiences', set: { anonymous: true, quota: { min: 1, roles: ['peer'] } } }],
    } as never);
    const session = await createSession(method, { participants: genericPeople, clock: createManualClock(), pseudonymKey: KEY });
    await walkToExperiences(session);
    await session.as('pia').send({ type: 'contribute', kind: 'experience', text: 'Pia’s story.' });
    const early = await session.send({ type: 'advance', by: 'fay' });
    expect(early.ok ? 'accepted' : [early.code, early.params?.by]).toEqual(['quota-not-met', 'paul']);
    await session.as('paul').send({ type: 'contribute', kind: 'experience', text: 'Paul’s story.' });
    expect((await session.send({ type: 'advance', by: 'fay' })).ok).toBe(true);
  });
});

describe('strict anonymity and redaction', () => {
  it('redacts a participant’s pseudonymous contributions through the store, restores, and shows viewers no link', async () => {
    const store = createMemoryStore();
    const session = await inExperiences({ store, sessionId: 's-redact' });
    const seen: string[] = [];
    session.as('paul').subscribe((_view, events) => seen.push(JSON.stringify(events)));
    await session.as('pia').send({ type: 'contribute', kind: 'experience', text: 'Pia’s secret story.' });
    await store.redact('default', 's-redact', 'pia', { by: 'dpo' });
    await store.redact('default', 's-redact', session.pseudonymOf('pia')!, { by: 'dpo' });
    expect(JSON.stringify(await store.load('default', 's-redact'))).not.toContain('secret story');
    const restored = await restoreSession(anonymousMethod, { store, sessionId: 's-redact' }, { pseudonymKey: KEY, timers: false });
    expect(restored.getState().contributions.some((c) => c.text?.includes('secret story'))).toBe(false);
    await session.refresh();
    expect(session.getState().contributions.some((c) => c.text?.includes('secret story'))).toBe(false);
    expect(seen.join('')).not.toContain(session.pseudonymOf('pia')!);
  });
});
