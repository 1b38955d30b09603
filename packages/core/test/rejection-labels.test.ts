import { describe, expect, it } from 'vitest';
import { createSession, defineMethod, type MethodDefinition, methods, REJECTION_CODES, registerLanguagePack, rejectionMessage } from '../src/index.js';
import { BUILTIN_PACKS, rejectionMessages } from '../src/lang/all.js';

const people = [
  { id: 'fay', name: 'Fay', role: 'facilitator' },
  { id: 'ian', name: 'Ian', role: 'introducer' },
  { id: 'pia', name: 'Pia', role: 'peer' },
  { id: 'paul', name: 'Paul', role: 'peer' },
];

const started = async (method: MethodDefinition, lang: 'en' | 'nl' | 'de' | 'fr') => {
  const session = await createSession(method, { participants: people, lang });
  await session.send({ type: 'start', by: 'fay' });
  return session;
};

describe('rejection messages show labels, not ids (the params keep the ids)', () => {
  it('names a built-in kind in the session language', async () => {
    for (const [lang, label] of [
      ['en', '“Advice”'],
      ['nl', '“Advies”'],
      ['de', '„Ratschlag“'],
      ['fr', '« Conseil »'],
    ] as const) {
      const session = await started(methods['generic-four-phase'], lang);
      const result = await session.send({ type: 'contribute', by: 'pia', kind: 'advice', text: 'Take a day off.' });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect([result.code, result.params?.kind]).toEqual(['kind-not-allowed', 'advice']);
      expect(result.message).toContain(label);
      expect(result.message).not.toContain('“advice”');
    }
  });

  it('names the phase a stale command meant by its name in the method', async () => {
    const session = await started(methods['generic-four-phase'], 'nl');
    const result = await session.send({ type: 'advance', by: 'fay', expect: { phase: 'clarification', run: 1 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('stale-phase');
    const topic = methods['generic-four-phase'].phases.find((p) => p.id === 'topic')!;
    expect(result.message).toContain(topic.name.nl ?? topic.name.en);
    expect(result.params?.phase).toBe('topic');
  });

  it('uses a method’s own kind names and falls back to English for a language the method lacks', async () => {
    const base = methods['generic-four-phase'];
    const method = defineMethod({
      ...base,
      id: 'labelled',
      kinds: [{ id: 'musing', name: { en: 'Musing', nl: 'Overpeinzing' } }],
    });
    expect(rejectionMessage('kind-not-allowed', 'nl', { kind: 'musing' }, method)).toContain('“Overpeinzing”');
    expect(rejectionMessage('kind-not-allowed', 'de', { kind: 'musing' }, method)).toContain('„Musing“');
    expect(rejectionMessage('kind-not-allowed', 'de', { kind: 'musing' })).toContain('„musing“');
    expect(rejectionMessage('action-incomplete', 'de', { missing: 'due' })).toContain('(ein Termin fehlt)');
    expect(rejectionMessage('output-missing', 'fr', { output: 'key-question' })).toContain('« Question clé »');
  });

  it('never reads a template or a label off Object.prototype', () => {
    expect(rejectionMessage('toString', 'en')).toBe('toString');
    expect(rejectionMessage('kind-not-allowed', 'constructor' as 'en', { kind: 'constructor' })).toBe(
      'A contribution of kind “constructor” is not allowed in this phase.',
    );
    expect(rejectionMessage('kind-not-allowed', 'en', { kind: '__proto__' })).toContain('“__proto__”');
  });
});

describe('refusal messages in the language packs', () => {
  const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('every built-in pack words every rejection code, with the same placeholders as English', () => {
    for (const [lang, catalog] of Object.entries(rejectionMessages)) {
      expect(BUILTIN_PACKS[lang as keyof typeof BUILTIN_PACKS].rejections, lang).toBe(catalog);
      for (const code of REJECTION_CODES) {
        const template = catalog[code];
        expect(template?.trim(), `${lang} ${code}`).toBeTruthy();
        expect(placeholders(template), `${lang} ${code}`).toEqual(placeholders(rejectionMessages.en[code]));
      }
    }
  });

  it('a host pack words the refusals it carries and falls back to English for the rest', () => {
    const undo = registerLanguagePack({ ...BUILTIN_PACKS.en, code: 'xx', rejections: { 'not-your-turn': 'Xx turn {x}.' } });
    try {
      expect(rejectionMessage('not-your-turn', 'xx' as 'en', { x: 1 })).toBe('Xx turn 1.');
      expect(rejectionMessage('wrong-phase', 'xx' as 'en')).toBe(rejectionMessage('wrong-phase', 'en'));
    } finally {
      undo();
    }
  });
});
