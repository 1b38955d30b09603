import { describe, expect, it } from 'vitest';
import { defineMethod } from '../methods/define.js';
import { findMethods } from '../methods/find.js';
import { methods } from '../methods/index.js';

const ids = (list: { id: string }[]) => list.map((m) => m.id).sort();

describe('findMethods', () => {
  it('returns every method without criteria', () => {
    expect(findMethods()).toHaveLength(Object.keys(methods).length);
  });

  it('picks by group size', () => {
    expect(ids(findMethods({ groupSize: 3 }))).toEqual(['empathy-circle', 'troika-consulting']);
    expect(ids(findMethods({ groupSize: 10 }))).toEqual(['balint-group', 'empathy-circle', 'kollegiale-beratung', 'socratic-dialogue']);
    expect(findMethods({ groupSize: 11 })).toEqual([]);
  });

  it('picks by the minutes available per case', () => {
    expect(ids(findMethods({ minutes: 15 }))).toEqual(['troika-consulting', 'wise-crowds']);
    expect(findMethods({ minutes: 240 })).toHaveLength(16);
  });

  it('picks methods without advice', () => {
    expect(ids(findMethods({ adviceAllowed: false }))).toEqual([
      'action-learning',
      'balint-group',
      'clearness-committee',
      'empathy-circle',
      'socratic-dialogue',
    ]);
  });

  it('combines criteria', () => {
    expect(ids(findMethods({ groupSize: 6, minutes: 60, adviceAllowed: false, lang: 'nl', mode: 'synchronous' }))).toEqual([
      'action-learning',
      'balint-group',
      'empathy-circle',
    ]);
  });

  it('picks by mode: every built-in method is synchronous', () => {
    expect(findMethods({ mode: 'synchronous' })).toHaveLength(16);
    expect(findMethods({ mode: 'asynchronous' })).toEqual([]);
  });

  it('picks by language, including roles and module phases', () => {
    expect(findMethods({ lang: 'nl' })).toHaveLength(16);
    expect(findMethods({ lang: 'de' })).toHaveLength(16);
    const base = methods['kollegiale-beratung']!;
    const englishModule = defineMethod({
      ...JSON.parse(JSON.stringify(base)),
      id: 'tietze-partly-english',
      phases: base.phases.map((p) => (p.kind === 'choice' ? { ...p, modules: p.modules.map((m, i) => (i === 0 ? { ...m, name: { en: m.name.en } } : m)) } : p)),
    });
    const from = { [englishModule.id]: englishModule, [base.id]: base };
    expect(ids(findMethods({ lang: 'de' }, from))).toEqual(['kollegiale-beratung']);
    expect(ids(findMethods({ lang: 'en' }, from))).toEqual(['kollegiale-beratung', 'tietze-partly-english']);
  });

  it('picks by tag and text', () => {
    expect(ids(findMethods({ tag: 'back-turned' }))).toEqual(['gossip-method', 'troika-consulting', 'wise-crowds']);
    expect(ids(findMethods({ text: 'roddel' }))).toEqual(['gossip-method']);
  });
});
