import { afterEach, describe, expect, it } from 'vitest';
import { xx } from '../../test/fixtures/lang/xx/index.js';
import { noAdviceRule } from '../rules/builtin/no-advice.js';
import { detectAdvice } from './advice.js';
import { detectLanguage } from './language.js';
import { checkOpenQuestion } from './open-question.js';
import { BUILTIN_PACKS, LanguagePackError, languagePack, registerLanguagePack } from './registry.js';

describe('language packs', () => {
  let unregister: (() => void) | undefined;
  afterEach(() => {
    unregister?.();
    unregister = undefined;
  });

  it('a host pack (one folder, one registration line) runs through the detectors', async () => {
    unregister = registerLanguagePack(xx);
    const r = detectAdvice('Zorp na bek.', { lang: 'xx' });
    expect(r.lang).toBe('xx');
    expect(r.isAdvice).toBe(true);
    expect(r.reasons[0]).toMatchObject({ pattern: 'imperative', detector: 'xx.imperative' });
    expect(r.suggestion).toBe('Ke mu bek?');
    expect(detectAdvice("Lo mu'gra bek na.", { lang: 'xx' }).reasons[0]?.detector).toBe('xx.modal-suggestion');
    expect(detectAdvice('Ke mu bek na?', { lang: 'xx' }).isAdvice).toBe(false);
    // the rule resolves the pack's own message, and English where the pack has none
    const hits = await noAdviceRule.check({ text: 'Zorp na bek.', kind: 'question', lang: 'xx' as never, phaseId: 'p', options: {} } as never);
    expect(hits[0]?.message).toBe('Xx: zorp na, ke?');
    expect(checkOpenQuestion('Kemo mu bek?', { lang: 'xx', allowWhy: false })[0]?.messageKey).toBe('open-question.why');
  });

  it('a registered pack takes part in language detection, and leaves it again', () => {
    expect(detectLanguage('zorp na bek mu gra lo')).not.toBe('xx');
    unregister = registerLanguagePack(xx);
    expect(detectLanguage('zorp na bek mu gra lo')).toBe('xx');
    unregister();
    unregister = undefined;
    expect(languagePack('xx')).toBeUndefined();
    expect(detectLanguage('zorp na bek mu gra lo')).not.toBe('xx');
  });

  it('an unknown language code falls back to detection instead of throwing', () => {
    expect(detectAdvice('Talk to HR about it.', { lang: 'zz' }).lang).toBe('en');
  });

  it('refuses a pack without a usable code', () => {
    expect(() => registerLanguagePack({ ...xx, code: 'Not A Code' })).toThrow(LanguagePackError);
  });

  it('every built-in pack names each finding by a detector of its own language', () => {
    const samples = {
      en: 'You should talk to HR.',
      nl: 'Je moet met HR praten.',
      de: 'Du solltest mit der Chefin reden.',
      fr: 'Tu devrais en parler à ta cheffe.',
    };
    for (const [lang, text] of Object.entries(samples)) {
      const r = detectAdvice(text, { lang });
      expect(r.isAdvice, lang).toBe(true);
      expect(
        r.reasons.every((x) => x.detector?.startsWith(`${lang}.`)),
        lang,
      ).toBe(true);
      expect(BUILTIN_PACKS[lang as keyof typeof BUILTIN_PACKS].advice.some((d) => d.id === r.reasons[0]!.detector)).toBe(true);
    }
  });
});
