import { describe, expect, it } from 'vitest';
import { detectAdvice } from '../src/text/advice.js';

/** The grammar detectors alone (no statistical back-off), so each case tests a detector, not the model. */
const detectors = (text: string, lang: string) => detectAdvice(text, { lang, backoff: false }).reasons.map((r) => r.detector);

describe('genuine questions shaped like advice (round 4 false flags)', () => {
  it('a condition of doing nothing proposes no remedy (hypothetical detector)', () => {
    expect(detectors('What would happen if you just did nothing?', 'en')).toEqual([]);
    expect(detectors('Wat zou er gebeuren als je gewoon niets doet?', 'nl')).toEqual([]);
    expect(detectors('Was würde passieren, wenn du einfach gar nichts tust?', 'de')).toEqual([]);
    expect(detectors('Que se passerait-il si tu ne faisais simplement rien ?', 'fr')).toEqual([]);
    // doing something is still a remedy
    expect(detectors('Was passiert schlimmstenfalls, wenn du es ihr einfach sagst?', 'de')).toContain('de.hypothetical');
    expect(detectors("What's the worst that could happen if you just told her?", 'en')).toContain('en.hypothetical');
  });

  it('German: a question word before the modal asks (modal-suggestion)', () => {
    expect(detectors('In welchem Team würdest du lieber arbeiten?', 'de')).toEqual([]);
    expect(detectors('Wenn du die Wahl hättest, in welchem Team würdest du lieber arbeiten?', 'de')).toEqual([]);
    expect(detectors('Mit wem würdest du lieber arbeiten?', 'de')).toEqual([]);
    expect(detectors('Bei der nächsten Sitzung könntest du das ansprechen.', 'de')).toContain('de.modal-suggestion');
    expect(detectors('Vielleicht solltest du mit ihr reden.', 'de')).toContain('de.modal-suggestion');
  });

  it('German: "wie wäre es für dich" asks how the listener would feel; "wie wär\'s mit" proposes', () => {
    expect(detectors('Wie wäre es für dich, wenn alles so bleibt, wie es ist?', 'de')).toEqual([]);
    expect(detectors('Wie wäre es dir lieber?', 'de')).toEqual([]);
    expect(detectors('Wie wäre es mit einem kurzen Stand-up?', 'de')).toContain('de.what-if-you-just');
    expect(detectors("Wie wär's mit einem kurzen Stand-up jeden Morgen?", 'de')).toContain('de.what-if-you-just');
  });

  it('Dutch: a negation inside a subordinate clause does not make "kun je …" a suggestion (could-you-not)', () => {
    expect(detectors('Kun je je voorstellen dat je collega het helemaal niet slecht bedoelde?', 'nl')).toEqual([]);
    expect(detectors('Kun je niet gewoon even met haar praten?', 'nl')).toContain('nl.could-you-not');
  });

  it('French: a condition that frames an open question is not "et si tu …" (what-if-you-just)', () => {
    expect(detectors('Si tu avais le choix, dans quelle équipe préférerais-tu travailler ?', 'fr')).toEqual([]);
    expect(detectors('Et si tu lui parlais directement ?', 'fr')).toContain('fr.what-if-you-just');
  });

  it('French: a strong modal in a question between two alternatives asks which holds (could-you-not)', () => {
    expect(detectors('Dois-tu décider seule ou y a-t-il quelqu’un au-dessus de toi ?', 'fr')).toEqual([]);
    expect(detectors('Dois-tu vraiment tout faire toi-même ?', 'fr')).toContain('fr.could-you-not');
  });

  it('English: light verbs after "why not" propose; "what would stop you from just …" is a rhetorical remedy', () => {
    expect(detectors('Why not get the union rep in on the next meeting?', 'en')).toContain('en.why-dont-you');
    expect(detectors("What would stop you from just saying you're not available?", 'en')).toContain('en.cue-phrase');
    expect(detectors('What would stop you from sleeping?', 'en')).toEqual([]);
  });
});
