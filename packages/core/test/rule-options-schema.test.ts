import { describe, expect, it } from 'vitest';
import * as mini from 'zod/mini';
import { builtinRules, createRuleRegistry, createSession, defineMethod } from '../src/index.js';
import { genericPeople } from './helpers.js';
import { ruleOptionCases, withLimit, wordLimit } from './rule-options-cases.js';

/**
 * The core parses with zod/mini, but a host's rule may bring its options schema from either zod 4
 * API. Both must validate method files (with English messages, although zod/mini loads no locale)
 * and hand the parsed options, defaults applied, to the rule. This file must not import classic
 * zod: loading it sets zod's global English locale and would hide a missing error map; the classic
 * case runs in `rule-options-classic.test.ts`.
 */
const schemas = {
  mini: mini.strictObject({ maxWords: mini._default(mini.int().check(mini.gte(1)), 12) }),
};

describe('a host rule whose options schema is zod/mini', () => ruleOptionCases(schemas.mini));

describe('the core without classic zod loaded', () => {
  it('words a refused command in English', async () => {
    const session = await createSession(defineMethod(withLimit({}) as never, { rules: createRuleRegistry([...builtinRules, wordLimit(schemas.mini, [])]) }), {
      participants: genericPeople,
      rules: createRuleRegistry([...builtinRules, wordLimit(schemas.mini, [])]),
    });
    const result = await session.send({ type: 'start', by: 'fay', expect: { phase: 'x', run: 0 } } as never);
    expect(!result.ok && result.code).toBe('invalid-command');
    expect(!result.ok && result.message).toMatch(/expect\.run: Too small/);
    session.stop();
  });
});
