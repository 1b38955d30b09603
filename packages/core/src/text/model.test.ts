import { describe, expect, it } from 'vitest';
import { DE_MODEL } from './lang/de/model.js';
import { EN_MODEL } from './lang/en/model.js';
import { FR_MODEL } from './lang/fr/model.js';
import { NL_MODEL } from './lang/nl/model.js';
import { type AdviceModel, features, loadModel, scoreSentence } from './model.js';
import { splitSentences } from './sentences.js';

/** The score as the training script defines it: the bias plus each feature's weight, in feature order. */
function reference(model: AdviceModel, text: string): { score: number; a: number; b: number }[] {
  return splitSentences(text).map((s) => {
    let score = model.bias;
    let best = 0;
    let a = 0;
    let b = 0;
    features(s.toks, s.term === '?', (f, fa, fb) => {
      const w = model.weights.get(f);
      if (w === undefined) return;
      score += w;
      if (w > best) {
        best = w;
        a = fa;
        b = fb;
      }
    });
    return { score, a, b };
  });
}

const TEXTS = [
  'Have you tried talking to her about it, before the meeting?',
  'If I were you I would document every conversation, and I would ask your lead to join.',
  'Heb je al eens met je leidinggevende gepraat? Misschien moet je het gewoon zeggen.',
  'Warum sprichst du nicht einfach mal offen mit deiner Chefin, oder mit dem Betriebsrat?',
  "Tu devrais lui en parler, non ? Qu'est-ce qui s'est passé exactement ?",
  'What happened next',
  ', , ?',
  '',
];

describe('scoreSentence', () => {
  it('adds the same features in the same order as the training script, to the last bit', () => {
    for (const model of [EN_MODEL, NL_MODEL, DE_MODEL, FR_MODEL]) {
      for (const text of TEXTS) {
        const got = splitSentences(text).map((s) => scoreSentence(model, s.toks, s.term === '?'));
        expect(got).toEqual(reference(model, text));
      }
    }
  });

  it('scores word pairs at the start, after a clause separator and inside a clause', () => {
    const model = loadModel({
      bias: 0.5,
      threshold: 1,
      weights: [
        ['^ try', 2],
        [', just', 3],
        ['ask her', 4],
        ['her', -1],
        ['$.', 0.25],
      ],
    });
    const [s] = splitSentences('Try it, just ask her.');
    // tokens: try it , just ask her — the strongest feature is "ask her" (tokens 4..5)
    expect(scoreSentence(model, s!.toks, false)).toEqual({ score: 0.5 + 2 + 3 + 4 - 1 + 0.25, a: 4, b: 5 });
  });

  it('scores a model built by hand without the pair index like a loaded one', () => {
    const loaded = loadModel({
      bias: 0,
      threshold: 1,
      weights: [
        ['^ have', 1.5],
        ['you', 0.5],
        ['$?', -0.2],
      ],
    });
    const byHand: AdviceModel = { bias: 0, threshold: 1, weights: loaded.weights };
    const [s] = splitSentences('Have you tried it?');
    expect(scoreSentence(byHand, s!.toks, true)).toEqual(scoreSentence(loaded, s!.toks, true));
  });
});
