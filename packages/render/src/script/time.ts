import { type AnyPhase, isChoice, type Lang, type MethodDefinition } from '@intervision/core';
import { methodText, pick } from '../i18n/texts.js';
import SCRIPT_TEXTS from './texts.json';

/** Fixed minutes of a phase, or 0 when it has none or counts per participant. */
const fixed = (phase: AnyPhase) => phase.timebox?.minutes ?? 0;

/** The planned time of a whole method, as one sentence: a total (or a range over modules), plus per-speaker phases. */
export function plannedTime(method: MethodDefinition, lang: Lang): string {
  let min = 0;
  let max = 0;
  const perSpeaker: string[] = [];
  const notePerSpeaker = (phase: AnyPhase) => {
    const n = phase.timebox?.minutesPerParticipant;
    if (n !== undefined) perSpeaker.push(pick(SCRIPT_TEXTS, 'perSpeakerExtra', lang, { n, phase: methodText(phase.name, lang) }));
  };
  for (const phase of method.phases) {
    min += fixed(phase);
    max += fixed(phase);
    notePerSpeaker(phase);
    if (!isChoice(phase)) continue;
    const modules = phase.modules.map((m) => m.phases.reduce((sum, p) => sum + fixed(p), 0));
    min += Math.min(...modules);
    max += Math.max(...modules);
    for (const m of phase.modules) for (const p of m.phases) notePerSpeaker(p);
  }
  const total = min === max ? pick(SCRIPT_TEXTS, 'minutesTotal', lang, { n: min }) : pick(SCRIPT_TEXTS, 'minutesRange', lang, { min, max });
  return [total, ...perSpeaker].join('; ');
}

/** A phase's time as a sentence: minutes, minutes per participant with an example, or no limit. */
export function phaseTime(phase: AnyPhase, lang: Lang, exampleSpeakers: number): string {
  const box = phase.timebox;
  if (box?.minutes !== undefined) return pick(SCRIPT_TEXTS, 'timeMinutes', lang, { n: box.minutes });
  if (box?.minutesPerParticipant !== undefined)
    return pick(SCRIPT_TEXTS, 'timePerParticipant', lang, {
      n: box.minutesPerParticipant,
      speakers: exampleSpeakers,
      total: box.minutesPerParticipant * exampleSpeakers,
    });
  return pick(SCRIPT_TEXTS, 'timeNone', lang);
}
