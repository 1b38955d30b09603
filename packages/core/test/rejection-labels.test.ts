import { describe, expect, it } from 'vitest';
import { createSession, defineMethod, type MethodDefinition, methods, rejectionMessage } from '../src/index.js';

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
