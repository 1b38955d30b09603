import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits on ? ! . ; and newlines and keeps original offsets', () => {
    const text = 'That sounds hard!  What did you do then? I mean; the 3.5 hours\nok';
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['That sounds hard!', 'What did you do then?', 'I mean;', 'the 3.5 hours', 'ok']);
    expect(s.map((x) => x.term)).toEqual(['!', '?', ';', '\n', '']);
    for (const sentence of s) for (const t of sentence.toks) if (t.w !== ',') expect(text.slice(t.start, t.end).toLowerCase().replace('’', "'")).toBe(t.w);
  });

  it('normalises apostrophes and keeps contractions together', () => {
    const toks = splitSentences('Why don’t you just go?')[0]!.toks.map((t) => t.w);
    expect(toks).toEqual(['why', "don't", 'you', 'just', 'go']);
  });

  it('treats a run of terminators as one and marks clause separators', () => {
    const s = splitSentences('Really?!? Well, ok...');
    expect(s).toHaveLength(2);
    expect(s[0]!.term).toBe('?');
    expect(s[1]!.toks.map((t) => t.w)).toEqual(['well', ',', 'ok']);
  });
});
