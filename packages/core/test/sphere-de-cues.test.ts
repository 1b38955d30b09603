import { describe, expect, it } from 'vitest';
import { LIVE_MODELS } from '../scripts/model-training.js';
import { assessSphereOfInfluence } from '../src/text/sphere.js';

/** The sphere cues alone: the German back-off model is silenced for each call, so a case tests a cue, not the model. */
function cues(text: string): { inside: boolean; reasons: string[] } {
  const model = LIVE_MODELS.get('sphere.de')!;
  const saved = model.threshold;
  model.threshold = Number.POSITIVE_INFINITY;
  try {
    const r = assessSphereOfInfluence(text, { lang: 'de' });
    return { inside: r.inside, reasons: r.reasons.map((x) => x.reason) };
  } finally {
    model.threshold = saved;
  }
}

describe('German sphere cues (round 4)', () => {
  it('an infinitive topic that makes others do or become something is outside (causative without a subject)', () => {
    expect(cues('Die Reinigungsfirma dazu bringen, sich an den Plan zu halten.').reasons).toContain('causative');
    expect(cues('Den Nachtdienst freundlicher gegenüber neuen Kolleginnen machen.').inside).toBe(false);
    expect(cues('Die Direktion davon überzeugen, dass wir einen zweiten Nachtdienst brauchen.').inside).toBe(false);
  });

  it('saying something oneself is not a causative ("klar machen")', () => {
    expect(cues('Meinen Kolleginnen klar machen, was ich brauche.').reasons).not.toContain('causative');
  });

  it('a topic stating a wish about others ("Dass die Kanzlei …") is outside', () => {
    expect(cues('Dass die Kanzlei ihre Abrechnungspraxis ändert.').inside).toBe(false);
    expect(cues('Dass das Jugendamt endlich schneller reagiert.').inside).toBe(false);
  });

  it('ensuring and persuading reach Austrian and Swiss roles and trainees', () => {
    expect(cues('Wie bringe ich den Primar dazu, mit den Pflegekräften zu reden?').inside).toBe(false);
    expect(cues('Wie kann ich erreichen, dass die Lehrlinge mehr Motivation zeigen?').inside).toBe(false);
    expect(cues('Wie schaffe ich es, dass die IT unsere Tickets ernst nimmt?').inside).toBe(false);
  });

  it('own acts and own topics stay inside', () => {
    expect(cues('Wie sage ich meiner Kollegin, was mich an der Zusammenarbeit stört?').inside).toBe(true);
    expect(cues('Wie kann ich meinen Lernenden besser Feedback geben?').inside).toBe(true);
    expect(cues('Meine Unsicherheit als neue Gruppenleiterin.').inside).toBe(true);
  });
});
