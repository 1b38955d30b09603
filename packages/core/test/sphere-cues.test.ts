import { describe, expect, it } from 'vitest';
import { LIVE_MODELS } from '../scripts/model-training.js';
import { assessSphereOfInfluence } from '../src/text/sphere.js';

/** The sphere cues alone: the back-off model is silenced for each call, so a case tests a cue, not the model. */
function cues(text: string, lang: 'de' | 'fr' = 'de'): { inside: boolean; reasons: string[] } {
  const model = LIVE_MODELS.get(`sphere.${lang}`)!;
  const saved = model.threshold;
  model.threshold = Number.POSITIVE_INFINITY;
  try {
    const r = assessSphereOfInfluence(text, { lang });
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

describe('French sphere cues (round 4)', () => {
  it('an impersonal obligation reads its subject after "que" ("Faut-il que je …")', () => {
    expect(cues('Faut-il que j’annonce à mon équipe que je démissionne ?', 'fr').inside).toBe(true);
    expect(cues('Faut-il que la direction revoie tout le planning ?', 'fr').inside).toBe(false);
  });

  it('one’s own new role ("comme responsable de …") and own acts ("comment retourner …") stay inside', () => {
    expect(cues('Mes premières semaines comme responsable de mes anciennes collègues.', 'fr').inside).toBe(true);
    expect(cues('Ma première année comme directrice d’une école que je connais comme enseignante.', 'fr').inside).toBe(true);
    expect(cues('Comment retourner mardi dans ce logement en me sentant en sécurité ?', 'fr').inside).toBe(true);
  });
});
