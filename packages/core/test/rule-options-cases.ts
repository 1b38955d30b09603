import { expect, it } from 'vitest';
import { builtinRules, createRuleRegistry, createSession, defineMethod, MethodDefinitionError, type Rule } from '../src/index.js';
import { genericPeople } from './helpers.js';

/** A host rule with options: refuses contributions longer than `maxWords` words and records the options it saw. */
export function wordLimit(optionsSchema: Rule<{ maxWords: number }>['optionsSchema'], seen: number[]): Rule<{ maxWords: number }> {
  return {
    id: 'word-limit',
    target: 'contribution',
    optionsSchema,
    check: ({ text, options }) => {
      seen.push(options.maxWords);
      return text.split(/\s+/).length > options.maxWords ? [{ messageKey: 'word-limit', message: 'Too long.' }] : [];
    },
  };
}

/** The generic method with the word limit blocking in its clarification round. */
export const withLimit = (options: unknown) => ({
  id: 'with-word-limit',
  extends: 'generic-four-phase',
  name: { en: 'With a word limit' },
  changes: [{ op: 'set-rule', phase: 'clarification', rule: 'word-limit', setting: { mode: 'block', options } }],
});

/** The shared cases, for one options schema. */
export function ruleOptionCases(schema: Rule<{ maxWords: number }>['optionsSchema']): void {
  it('refuses bad options in a method file with a typed issue and an English message', () => {
    const rules = createRuleRegistry([...builtinRules, wordLimit(schema, [])]);
    let error: unknown;
    try {
      defineMethod(withLimit({ maxWords: 0, colour: 'red' }) as never, { rules });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MethodDefinitionError);
    const issues = (error as MethodDefinitionError).issues;
    expect(issues.map((i) => i.code).sort()).toEqual(['invalid-rule-options', 'unknown-rule-option']);
    const tooSmall = issues.find((i) => i.code === 'invalid-rule-options')!;
    expect(tooSmall.path.slice(-2)).toEqual(['options', 'maxWords']);
    expect(tooSmall.message).toMatch(/too small/i);
    expect(tooSmall.message).not.toBe('Invalid input');
  });

  it('gives the rule its parsed options, defaults applied, in a session', async () => {
    const seen: number[] = [];
    const rules = createRuleRegistry([...builtinRules, wordLimit(schema, seen)]);
    const method = defineMethod(withLimit({}) as never, { rules });
    const session = await createSession(method, { participants: genericPeople, rules });
    await session.send({ type: 'start', by: 'fay' });
    await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I keep my evenings free?' });
    await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await session.send({ type: 'advance', by: 'fay' });
    const long = await session.send({
      type: 'contribute',
      by: 'pia',
      kind: 'question',
      text: 'What happens on the evenings when your phone rings after six and the caller is your manager?',
    });
    expect(!long.ok && long.code).toBe('rule-violation');
    const short = await session.send({ type: 'contribute', by: 'pia', kind: 'question', text: 'Who calls you?' });
    expect(short.ok).toBe(true);
    expect(seen).toEqual([12, 12]);
    session.stop();
  });
}
