import { describe, expect, it } from 'vitest';
import { SessionEventSchema } from '../src/engine/schemas.js';
import { methods, runScenario, scenarios } from '../src/index.js';
import { fastEvent } from '../src/session/fast-event.js';
import { assertAgreesUnderMutation } from './fast-path-mutations.js';

/** Every event the catalog scenarios write, in en (a realistic sample of every event type). */
async function catalogEvents(): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const [id, scenario] of Object.entries(scenarios)) {
    const { session } = await runScenario(methods[id as keyof typeof methods], scenario, { lang: 'en' });
    out.push(...JSON.parse(JSON.stringify(session.getEvents())));
    session.stop();
  }
  return out;
}

/** The fast path may only accept what zod accepts, and must then give exactly zod's output (values and key order). */
function agrees(raw: unknown): boolean {
  const fast = fastEvent(raw);
  if (fast === undefined) return true;
  const zod = SessionEventSchema.safeParse(raw);
  return zod.success && JSON.stringify(zod.data) === JSON.stringify(fast);
}

describe('the fast event path agrees with the zod schema', () => {
  it('takes most events of the catalog scenarios, with the same output as zod', async () => {
    const events = await catalogEvents();
    const taken = events.filter((e) => fastEvent(e) !== undefined);
    expect(taken.length / events.length).toBeGreaterThan(0.8);
    for (const event of events) expect(agrees(event), JSON.stringify(event)).toBe(true);
  });

  it('never accepts a mutated event that zod refuses, nor gives another output', async () => {
    const events = (await catalogEvents()).filter((e) => fastEvent(e) !== undefined) as Record<string, unknown>[];
    assertAgreesUnderMutation(
      events,
      ['type', 'seq', 'at', 'by', 'text', 'kind', 'findings', 'replyTo', 'commandId', 'due', 'rating', 'minutes', 'run', 'phase', 'output', 'extra'],
      agrees,
    );
  });

  it('leaves a prototype-named or unknown type, a non-object and an own __proto__ key to zod', () => {
    for (const raw of [null, 1, 'x', [], { type: 'toString', seq: 1, at: 1, by: 'a' }, { type: 'created', seq: 0, at: 1 }])
      expect(fastEvent(raw)).toBeUndefined();
    const withProto = JSON.parse('{"type":"started","seq":1,"at":1,"by":"fay","__proto__":{"x":1}}');
    expect(fastEvent(withProto)).toBeUndefined();
  });

  it('returns a copy: changing the input later does not change the parsed event', () => {
    const raw = { type: 'contributed', seq: 3, at: 1, by: 'pia', kind: 'question', text: 'Why?', findings: [] as unknown[] };
    const parsed = fastEvent(raw) as { findings: unknown[]; text: string };
    raw.text = 'changed';
    raw.findings.push({});
    expect([parsed.text, parsed.findings.length]).toEqual(['Why?', 0]);
  });
});
