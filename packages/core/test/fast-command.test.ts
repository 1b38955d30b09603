import { describe, expect, it } from 'vitest';
import { CommandSchema } from '../src/engine/schemas.js';
import { fastCommand } from '../src/session/fast-command.js';
import { safeParse } from '../src/shared/parse.js';
import { assertAgreesUnderMutation } from './fast-path-mutations.js';

/** One valid command of every type the fast path takes, and a few it leaves to zod. */
const COMMANDS: Record<string, unknown>[] = [
  { type: 'start', by: 'fay' },
  { type: 'start', by: 'fay', commandId: 'c-1', expect: { phase: 'lobby', run: 1 } },
  { type: 'propose-topic', by: 'ian', text: 'How do I deal with the extra workload?' },
  { type: 'choose-topic', by: 'fay', proposalId: 't-2' },
  { type: 'contribute', by: 'pia', kind: 'question', text: 'Who else was there?' },
  { type: 'contribute', by: 'pia', kind: 'experience', text: 'I had that too.', replyTo: 'c-4', commandId: 'x' },
  { type: 'answer', by: 'ian', questionId: 'c-5', text: 'Nobody.' },
  { type: 'pass', by: 'paul' },
  { type: 'confirm-heard', by: 'ian', heard: true },
  { type: 'choose-listener', by: 'pia', listener: 'paul' },
  { type: 'reveal', by: 'fay' },
  { type: 'advance', by: 'fay', expect: { phase: 'clarification', run: 2 } },
  { type: 'opt-in', by: 'ian', phase: 'mirroring' },
  { type: 'opt-out', by: 'ian', phase: 'mirroring' },
  { type: 'set-output', by: 'ian', output: 'key-question', text: 'How do I say no?' },
  { type: 'evaluate', by: 'pia', rating: 4 },
  { type: 'evaluate', by: 'pia', rating: 5, text: 'Helpful.' },
  { type: 'evaluate', by: 'pia' },
  { type: 'pause', by: 'fay' },
  { type: 'resume', by: 'fay' },
  { type: 'end', by: 'fay' },
  { type: 'override', by: 'fay', blockedId: 'b-3' },
  // Left to zod:
  { type: 'add-action', by: 'ian', text: 'Talk to my manager', due: '2026-03-01' },
  { type: 'choose-module', by: 'ian', module: 'headstand', followedBy: ['sharing'] },
  { type: 'extend-time', by: 'fay', minutes: 5 },
];

/** The fast path may only accept what zod accepts, and must then give exactly zod's output (values and key order). */
function agrees(raw: unknown): boolean {
  const fast = fastCommand(raw);
  if (fast === undefined) return true;
  const zod = safeParse(CommandSchema, raw);
  return zod.success && JSON.stringify(zod.data) === JSON.stringify(fast);
}

describe('the fast command path agrees with the zod schema', () => {
  it('takes the common commands, with the same output as zod, and leaves the rest to zod', () => {
    for (const command of COMMANDS) expect(agrees(command), JSON.stringify(command)).toBe(true);
    const taken = COMMANDS.filter((c) => fastCommand(c) !== undefined).map((c) => c.type);
    expect(new Set(taken).size).toBe(18);
    expect(taken).not.toContain('add-action');
    expect(taken).not.toContain('choose-module');
  });

  it('never accepts a mutated command that zod refuses, nor gives another output', () => {
    assertAgreesUnderMutation(
      COMMANDS,
      ['type', 'by', 'text', 'kind', 'replyTo', 'commandId', 'expect', 'rating', 'heard', 'output', 'phase', 'questionId', 'extra'],
      agrees,
    );
  });

  it('leaves a prototype-named type, a non-object and an own __proto__ key to zod', () => {
    for (const raw of [null, 1, 'x', [], { type: 'toString', by: 'a' }, { type: 'constructor', by: 'a' }]) expect(fastCommand(raw)).toBeUndefined();
    expect(fastCommand(JSON.parse('{"type":"start","by":"fay","__proto__":{"x":1}}'))).toBeUndefined();
  });

  it('reads every value once: a getter that changes its answer cannot slip an unchecked value through', () => {
    let reads = 0;
    const raw = {
      type: 'contribute',
      by: 'pia',
      kind: 'question',
      get text() {
        reads++;
        return reads === 1 ? 'Who?' : '\u0000';
      },
    };
    const parsed = fastCommand(raw) as { text: string } | undefined;
    expect(parsed?.text).toBe('Who?');
    expect(reads).toBe(1);
  });
});
