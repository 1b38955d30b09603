import { type AnyPhase, asPhase, isChoice, type MethodDefinition } from '@intervision/core';
import { methodText, pick, resolveLang } from '../i18n/texts.js';
import { outputLabel } from '../i18n/vocabulary.js';
import { findPhase, outline } from '../method/outline.js';
import { mermaidId, mermaidLabel } from './mermaid-text.js';
import DIAGRAM_TEXTS from './texts.json';

/** Options for {@link renderMethodDiagram}. */
export interface MethodDiagramOptions {
  /** Language of the labels: `en`, `nl` or `de`; any other falls back to English. Default `en`. */
  lang?: string;
  /** Layout direction: top to bottom (default) or left to right. */
  direction?: 'TB' | 'LR';
  /** Show each phase's timebox in its label (default true). */
  times?: boolean;
}

const LOBBY = 'lobby_state';
const ENDED = 'ended_state';

/**
 * Draws a method as a Mermaid `stateDiagram-v2`: the lobby, every phase in run order (numbered, with its
 * timebox), the modules a choice phase offers (each leading into its first phase), repeatable rounds
 * (an edge back to the phase, with its limit), loops back to an earlier phase, phases skipped `when` an
 * output is already set (a choice point before the phase), and the end. Labels are in `lang`; state ids
 * are escaped, so any phase id is safe, and method texts cannot break out of their labels.
 *
 * @example
 * ```ts
 * const source = renderMethodDiagram(methods['kollegiale-beratung'], { lang: 'de' });
 * // stateDiagram-v2 … paste into any Mermaid renderer
 * ```
 */
export function renderMethodDiagram(method: MethodDefinition, options: MethodDiagramOptions = {}): string {
  const lang = resolveLang(options.lang);
  const times = options.times ?? true;
  const t = (key: keyof typeof DIAGRAM_TEXTS, params?: Record<string, string | number>) => mermaidLabel(pick(DIAGRAM_TEXTS, key, lang, params));
  const phaseState = (id: string) => mermaidId('p', id);
  const checkState = (id: string) => mermaidId('w', id);
  const hasWhen = (id: string | null) => id !== null && asPhase(findPhase(method, id))?.when !== undefined;
  /** Where an edge into a phase lands: its entry check when it has `when`, else the phase itself. */
  const entry = (id: string | null) => (id === null ? ENDED : hasWhen(id) ? checkState(id) : phaseState(id));

  const timeOf = (phase: AnyPhase) => {
    const box = phase.timebox;
    if (!times || !box) return null;
    if (box.minutes !== undefined) return pick(DIAGRAM_TEXTS, 'minutes', lang, { n: box.minutes });
    if (box.minutesPerParticipant !== undefined) return pick(DIAGRAM_TEXTS, 'minutesPerParticipant', lang, { n: box.minutesPerParticipant });
    return null;
  };

  const lines: string[] = ['stateDiagram-v2'];
  if (options.direction) lines.push(`  direction ${options.direction}`);
  lines.push(`  state "${t('lobby')}" as ${LOBBY}`);
  for (const { phase, number } of outline(method)) {
    const label = pick(DIAGRAM_TEXTS, 'numbered', lang, { number, name: methodText(phase.name, lang) });
    const time = timeOf(phase);
    lines.push(`  state "${mermaidLabel(time ? pick(DIAGRAM_TEXTS, 'withTime', lang, { label, time }) : label)}" as ${phaseState(phase.id)}`);
    if (hasWhen(phase.id)) lines.push(`  state ${checkState(phase.id)} <<choice>>`);
  }
  lines.push(`  state "${t('ended')}" as ${ENDED}`);
  lines.push('');
  lines.push(`  [*] --> ${LOBBY}`);
  lines.push(`  ${LOBBY} --> ${entry(method.phases[0]!.id)} : ${t('start')}`);
  for (const { phase, next } of outline(method)) {
    const self = phaseState(phase.id);
    const regular = asPhase(phase);
    if (regular?.when) {
      const output = outputLabel(regular.when.outputMissing, lang);
      lines.push(`  ${checkState(phase.id)} --> ${self} : ${t('whenMissing', { output })}`);
      lines.push(`  ${checkState(phase.id)} --> ${entry(next)} : ${t('whenPresent', { output })}`);
    }
    if (isChoice(phase)) {
      for (const mod of phase.modules) lines.push(`  ${self} --> ${entry(mod.phases[0]!.id)} : ${t('chooseModule', { module: methodText(mod.name, lang) })}`);
      continue;
    }
    lines.push(`  ${self} --> ${entry(next)} : ${t('advance')}`);
    if (phase.repeatable) {
      const max = typeof phase.repeatable === 'object' ? phase.repeatable.max : undefined;
      lines.push(`  ${self} --> ${self} : ${max === undefined ? t('repeat') : t('repeatMax', { max })}`);
    }
    if (phase.loopBack) {
      const max = phase.loopBack.max;
      lines.push(`  ${self} --> ${entry(phase.loopBack.to)} : ${max === undefined ? t('loopBack') : t('loopBackMax', { max })}`);
    }
  }
  lines.push(`  ${ENDED} --> [*]`);
  return `${lines.join('\n')}\n`;
}
