import { describe, expect, it } from 'vitest';
import { detectAdvice } from './advice.js';

const ADVICE: Record<'en' | 'nl' | 'de', string[]> = {
  en: [
    'Send him an email summarising the agreements.',
    'You ought to raise this with your supervisor.',
    "Honestly, I'd just quit.",
    'Were I you, I would go straight to the board.',
    'Did you try blocking time in your calendar?',
    "Why can't you just say no to him?",
    'Wouldn’t it make sense to split the class?',
    'Isn’t it about time you talked to your director?',
    'Can’t you just delegate it?',
    'How about asking the team for feedback?',
    "Don't you think you're being too hard on yourself?",
    'At our school we introduced a quiet room, and it worked really well.',
    'It might be worth checking your contract.',
    'A good idea would be to keep a log.',
    'That sounds tough. Maybe just take a few days off?',
    'you shoud talk to ur boss',
    'why dont u just leave',
    'Never reply to those emails after hours.',
  ],
  nl: [
    'Kaart het aan bij je leidinggevende.',
    'Meld je ziek als het niet meer gaat.',
    'Je kan beter even afstand nemen.',
    'Eerlijk gezegd zou ik dat niet pikken.',
    'Heb je er wel eens aan gedacht om van team te wisselen?',
    'Waarom neem je geen vrije dag?',
    'Zou het niet slim zijn om eerst met HR te praten?',
    'Misschien zou het beter zijn om het team erbij te betrekken.',
    'Volgens mij kun je beter stoppen.',
    'In mijn vorige baan deden we elke week een evaluatie.',
    'je moet gwoon met je manager praten',
  ],
  de: [
    'Geh doch mal zum Betriebsrat.',
    'Lass dir das nicht gefallen.',
    'Dann musst du das eben klar sagen.',
    'Ehrlich gesagt würde ich kündigen.',
    'Hast du mal darüber nachgedacht, dir einen Coach zu nehmen?',
    'Wieso suchst du dir keinen neuen Job?',
    'Vielleicht wäre es sinnvoll, eine Supervision zu machen.',
    'Es ist besser, das früh anzusprechen.',
    'Wie wäre es mit einem Coaching?',
    'Bei mir hat es geholfen, feste Pausen einzuplanen.',
    'Sprechen Sie mit Ihrer Vorgesetzten.',
    'du solltest echt mal urlaub machen',
  ],
};

/** Genuine clarification, including near-misses that look like advice on the surface. */
const CLARIFICATION: Record<'en' | 'nl' | 'de', string[]> = {
  en: [
    'Could you explain what you mean by "resistant"?',
    "Why don't you feel comfortable with the new rota?",
    'What was the outcome of the meeting with HR?',
    'Was mediation ever discussed in your team?',
    'I would like to know what your manager expects.',
    "I'd be curious to know what you tried.",
    'Tell us more about the client.',
    'Say a bit more about how that felt.',
    'Help me understand what the deadline was.',
    'Would you be willing to share the email with us?',
    'What do you think you could do?',
    'You mentioned you might quit. What makes you think that?',
    'When you say you should have left earlier, what do you mean?',
    'Have you been in this situation before?',
    'Why didn’t you feel able to say no?',
    'Describe a typical day for us.',
    'what do u mean by that',
  ],
  nl: [
    'Kun je uitleggen wat je bedoelt?',
    'Waarom wil je niet meer terug naar die klas?',
    'Waarom vertrouw je je leidinggevende niet?',
    'Ik zou graag willen weten hoe het gesprek verliep.',
    'Heb je nagedacht over wat je wilt?',
    'Kun je niet slapen door de stress?',
    'Je zei dat je zou stoppen; hoe serieus is dat?',
    'Geef eens een voorbeeld.',
    'Hoe ging het gesprek met HR?',
  ],
  de: [
    'Kannst du ein Beispiel nennen?',
    'Warum willst du nicht mehr in die Klasse zurück?',
    'Warum hast du nicht früher etwas gesagt?',
    'Ich würde gerne verstehen, wie die Aufgaben verteilt sind.',
    'Mich würde interessieren, was dein Chef gesagt hat.',
    'Hast du darüber nachgedacht, was du willst?',
    'Du hast gesagt, du könntest kündigen. Wie ernst ist das?',
    'Erzähl mal, wie es dazu kam.',
    'Wie lief das Gespräch mit der Personalabteilung?',
  ],
};

describe('detectAdvice', () => {
  for (const lang of ['en', 'nl', 'de'] as const) {
    it.each(ADVICE[lang])(`flags advice (${lang}): %s`, (text) => {
      const r = detectAdvice(text, { lang });
      expect(r.isAdvice).toBe(true);
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.suggestion).toBeTruthy();
    });
    it.each(CLARIFICATION[lang])(`lets clarification pass (${lang}): %s`, (text) => {
      const r = detectAdvice(text, { lang });
      expect(r.isAdvice, JSON.stringify(r.reasons)).toBe(false);
      expect(r.reasons).toEqual([]);
    });
  }

  it('names the pattern and points the span at the trigger in the original text', () => {
    const text = 'I totally get it, I’ve been there. You should just go to the director.';
    const r = detectAdvice(text);
    expect(r.reasons[0]?.pattern).toBe('modal-suggestion');
    expect(r.reasons[0]?.sentence).toBe(1);
    const span = r.reasons[0]!.span;
    expect(text.slice(span.start, span.end)).toBe('You should just go');
  });

  it.each([
    ['Have you tried talking to the team lead?', 'have-you-tried', 'Have you tried'],
    ['If I were you, I’d look for another job.', 'if-i-were-you', 'If I were you'],
    ['Wouldn’t it be better to postpone the go-live?', 'wouldnt-it-be-better', 'Wouldn’t it be better'],
    ['Why don’t you just ask for an assistant?', 'why-dont-you', 'Why don’t you just ask'],
    ['Talk to HR about it.', 'imperative', 'Talk to'],
    ['What if you simply handed the case back?', 'what-if-you-just', 'What if you simply handed'],
    ['Als ik jou was zou ik ontslag nemen.', 'if-i-were-you', 'Als ik jou'],
    ['An deiner Stelle würde ich kündigen.', 'if-i-were-you', 'An deiner Stelle'],
  ])('span of %s', (text, pattern, substring) => {
    const r = detectAdvice(text);
    const reason = r.reasons.find((x) => x.pattern === pattern);
    expect(reason, JSON.stringify(r.reasons)).toBeDefined();
    expect(text.slice(reason!.span.start, reason!.span.end)).toBe(substring);
  });

  it('finds advice in a later sentence and keeps offsets across sentences', () => {
    const text = 'Das klingt belastend.\nDu solltest unbedingt mit deiner Hausärztin sprechen!';
    const r = detectAdvice(text);
    expect(r.isAdvice).toBe(true);
    expect(r.lang).toBe('de');
    expect(r.reasons[0]?.sentence).toBe(1);
    expect(text.slice(r.reasons[0]!.span.start, r.reasons[0]!.span.end)).toBe('Du solltest');
  });

  it('offers the suggestion in the language of the text', () => {
    expect(detectAdvice('Praat met HR.').suggestion).toBe('Welke mogelijkheden heb je zelf al overwogen?');
    expect(detectAdvice('Sprich mit der Personalabteilung.').suggestion).toBe('Welche Möglichkeiten hast du selbst schon in Betracht gezogen?');
    expect(detectAdvice('Talk to HR.').suggestion).toBe('What options have you considered so far?');
  });

  it('judges a Dutch sentence as Dutch even in an English session (hint)', () => {
    const r = detectAdvice('Je moet dit melden bij de vertrouwenspersoon.', { hint: 'en' });
    expect(r.lang).toBe('nl');
    expect(r.isAdvice).toBe(true);
  });

  it('handles empty and punctuation-only input', () => {
    for (const text of ['', '   ', '???', '!!!...', '\n\n', '—']) {
      const r = detectAdvice(text);
      expect(r.isAdvice).toBe(false);
    }
  });

  it('never throws on hostile input (linear time is measured in packages/bench, not asserted here)', () => {
    const inputs = [
      'a'.repeat(100_000),
      '?'.repeat(100_000),
      `${'.'.repeat(50_000)}You should quit.`,
      'you should '.repeat(10_000),
      "don't ".repeat(20_000),
      'why '.repeat(25_000),
      '\u0000\uffff\ud800'.repeat(10_000),
      `${'Have you tried, '.repeat(5_000)}?`,
      'x, '.repeat(30_000),
      'in my we '.repeat(20_000),
      'je je moet '.repeat(20_000),
      'bij ons we '.repeat(20_000),
      'du du solltest '.repeat(20_000),
      'when i, i '.repeat(20_000),
    ];
    for (const text of inputs) {
      expect(() => detectAdvice(text)).not.toThrow();
    }
  });

  it('accepts a non-string defensively', () => {
    expect(detectAdvice(undefined as unknown as string).isAdvice).toBe(false);
  });
});

describe('the no-advice rule and answers', () => {
  it('does not judge the introducer’s answers about their own situation', async () => {
    const { noAdviceRule } = await import('../rules/builtin/no-advice.js');
    const input = { text: 'I would rather not talk to HR yet.', lang: 'en' as const, phaseId: 'clarification', options: undefined };
    expect(noAdviceRule.check({ ...input, kind: 'answer' })).toEqual([]);
    expect((noAdviceRule.check({ ...input, kind: 'question', text: 'I would talk to HR.' }) as unknown[]).length).toBeGreaterThan(0);
  });
});
