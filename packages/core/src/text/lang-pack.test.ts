import { afterEach, describe, expect, it } from 'vitest';
import { xx } from '../../test/fixtures/lang/xx/index.js';
import { BUILTIN_PACKS } from '../lang/all.js';
import { defineMethod } from '../method/define.js';
import { methods } from '../methods/index.js';
import { noAdviceRule } from '../rules/builtin/no-advice.js';
import { createManualClock } from '../session/clock.js';
import { createSession } from '../session/create.js';
import { detectAdvice } from './advice.js';
import { detectLanguage } from './language.js';
import { checkOpenQuestion } from './open-question.js';
import { LanguagePackError, languagePack, registerLanguagePack } from './registry.js';

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

  it('runs a whole session in the toy language, contributions checked by its own detectors', async () => {
    unregister = registerLanguagePack(xx);
    // the clarification round warns instead of blocking: a refusal's text comes from the session's own
    // message catalog, which has no entry for a host language (see the lead's note in docs/rules.md)
    const method = defineMethod(
      {
        id: 'toy-four-phase',
        extends: 'generic-four-phase',
        name: { en: 'Four phases, toy language' },
        changes: [{ op: 'set-rule', phase: 'clarification', rule: 'no-advice', setting: 'warn' }],
      },
      { bases: { 'generic-four-phase': methods['generic-four-phase']! } },
    );
    const session = await createSession(method, {
      clock: createManualClock(),
      lang: 'xx' as never,
      participants: [
        { id: 'fay', role: 'facilitator' },
        { id: 'ahmed', role: 'peer' },
        { id: 'bea', role: 'peer' },
        { id: 'carl', role: 'peer' },
      ],
    });
    expect(session.getState().lang).toBe('xx');
    const send = async (command: Record<string, unknown>) => {
      const r = await session.sendUnknown(command);
      expect(r, JSON.stringify(command)).toMatchObject({ ok: true });
      return r as { ok: true; findings: readonly { messageKey: string; message: string; suggestion?: string }[] };
    };
    await send({ type: 'start', by: 'fay' });
    await send({ type: 'propose-topic', by: 'bea', text: 'Ke mi bek na?' });
    await send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
    await send({ type: 'contribute', by: 'bea', kind: 'narrative', text: 'Mi bek na lo gra.' });
    await send({ type: 'advance', by: 'fay' });
    // the toy imperative is advice: the toy pack's detector finds it, with the toy pack's message and suggestion
    const advice = await send({ type: 'contribute', by: 'ahmed', kind: 'question', text: 'Zorp na bek.' });
    expect(advice.findings).toMatchObject([{ messageKey: 'no-advice.imperative', message: 'Xx: zorp na, ke?', suggestion: 'Ke mu bek?' }]);
    // a toy open question passes both checks
    expect((await send({ type: 'contribute', by: 'carl', kind: 'question', text: 'Ke mu bek na?' })).findings).toEqual([]);
    await send({ type: 'set-output', by: 'fay', output: 'problem-definition', text: 'Mi bek na.' });
    await send({ type: 'advance', by: 'fay' });
    await send({ type: 'contribute', by: 'ahmed', kind: 'experience', text: 'Mi gra lo bek.' });
    await send({ type: 'advance', by: 'fay' });
    await send({ type: 'contribute', by: 'bea', kind: 'reflection', text: 'Mi bek gra.' });
    await send({ type: 'add-action', by: 'bea', text: 'Blik na', due: '2026-03-01' });
    await send({ type: 'evaluate', by: 'bea', rating: 5, text: 'Gra.' });
    await send({ type: 'advance', by: 'fay' });
    expect(session.getState().status).toBe('ended');
    // once the pack is removed, a session can no longer be created in its language
    unregister();
    unregister = undefined;
    await expect(createSession(method, { lang: 'xx' as never, participants: [{ id: 'fay', role: 'facilitator' }] })).rejects.toThrow(/lang/);
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
