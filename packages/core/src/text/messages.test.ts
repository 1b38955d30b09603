import { describe, expect, it } from 'vitest';
import { builtinRules, noAdviceRule, openQuestionRule, sphereOfInfluenceRule } from '../rules/builtin/index.js';
import type { RuleInput } from '../rules/types.js';
import type { Lang } from '../shared/lang.js';
import { parse } from '../shared/parse.js';
import { ADVICE_PATTERNS } from './advice-types.js';
import { RULE_MESSAGES as MESSAGES, RULE_SUGGESTIONS as SUGGESTIONS } from './rule-texts.js';
import { OUTSIDE_REASONS } from './sphere.js';

const LANGS: Lang[] = ['en', 'nl', 'de'];

type Hit = { messageKey: string; message: string; suggestion?: string; confidence?: number; span?: { start: number; end: number } };
const sync = (hits: unknown): Hit[] => hits as Hit[];

const input = <O>(text: string, lang: Lang, options: O, kind = 'question'): RuleInput<O> => ({ text, kind, lang, phaseId: 'clarify', options });

describe('messages', () => {
  it('has every message and suggestion in en, nl and de, none empty', () => {
    for (const table of [MESSAGES, SUGGESTIONS]) {
      for (const [key, entry] of Object.entries(table)) {
        for (const lang of LANGS) expect(entry[lang]?.trim().length, `${key}.${lang}`).toBeGreaterThan(10);
        expect(new Set(LANGS.map((l) => entry[l])).size > 1 || key.startsWith('sphere'), key).toBe(true);
      }
    }
  });

  it('has a message for every advice pattern, sphere reason and open-question finding', () => {
    for (const p of ADVICE_PATTERNS) expect(MESSAGES[`no-advice.${p}`], p).toBeDefined();
    for (const r of OUTSIDE_REASONS) expect(MESSAGES[`sphere-of-influence.${r}`], r).toBeDefined();
    for (const k of ['closed', 'stacked', 'why']) expect(MESSAGES[`open-question.${k}`], k).toBeDefined();
  });
});

describe('builtin rules', () => {
  it('exports the three rules with the expected ids, targets and kinds', () => {
    expect(builtinRules.map((r) => r.id)).toEqual(['no-advice', 'sphere-of-influence', 'open-question']);
    expect(noAdviceRule.target).toBe('contribution');
    expect(noAdviceRule.kinds).toBeUndefined();
    expect(sphereOfInfluenceRule.target).toBe('topic');
    expect(openQuestionRule.kinds).toEqual(['question']);
    expect(parse(openQuestionRule.optionsSchema!, {})).toEqual({ allowWhy: true });
    expect(parse(openQuestionRule.optionsSchema!, { allowWhy: false })).toEqual({ allowWhy: false });
  });

  it('reports keyed messages in the language of the text, with span, suggestion and confidence', () => {
    const hits = sync(noAdviceRule.check(input('Je zou eens met de huisarts moeten praten.', 'en', undefined)));
    expect(hits).toHaveLength(1);
    const hit = hits[0]!;
    expect(hit.messageKey).toBe('no-advice.modal-suggestion');
    expect(hit.message).toBe(MESSAGES['no-advice.modal-suggestion']!.nl);
    expect(hit.suggestion).toBe(SUGGESTIONS['advice.default']!.nl);
    expect(hit.confidence).toBeGreaterThan(0.5);
    expect(hit.span).toEqual({ start: 0, end: 6 });
  });

  it('returns no hits for genuine clarification and inside topics', () => {
    expect(noAdviceRule.check(input('What happened next?', 'en', undefined))).toEqual([]);
    expect(sphereOfInfluenceRule.check(input('Hoe kan ik rustig blijven tijdens lastige oudergesprekken?', 'nl', undefined, 'topic'))).toEqual([]);
    expect(openQuestionRule.check(input('Wie geht es dir damit?', 'de', { allowWhy: false }))).toEqual([]);
  });

  it('sphere rule reports a reframing suggestion', () => {
    const hits = sync(sphereOfInfluenceRule.check(input('Wie kann ich meinen Kollegen zuverlässiger machen?', 'de', undefined, 'topic')));
    expect(hits[0]!.messageKey).toBe('sphere-of-influence.causative');
    expect(hits[0]!.message).toBe(MESSAGES['sphere-of-influence.causative']!.de);
    expect(hits[0]!.suggestion).toBe(SUGGESTIONS['sphere.generic']!.de);
  });

  it('open-question rule honours allowWhy', () => {
    expect(openQuestionRule.check(input('Why did you accept?', 'en', { allowWhy: true }))).toEqual([]);
    const hits = sync(openQuestionRule.check(input('Why did you accept?', 'en', { allowWhy: false })));
    expect(hits.map((h) => h.messageKey)).toEqual(['open-question.why']);
  });
});
