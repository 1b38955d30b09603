import { type AnyPhase, isChoice, type Lang, type MethodDefinition, type Module } from '@intervision/core';
import { methodText } from '../i18n/texts.js';

/** A phase in the method's run order, with its number and the module it belongs to. */
export interface OutlinePhase {
  /** The phase definition. */
  phase: AnyPhase;
  /** Its number as a facilitator reads it: `3`, or `5.2.1` for the first phase of the second module of choice phase 5. */
  number: string;
  /** The module it belongs to, or null at the top level. */
  module: Module | null;
  /** Id of the phase the engine goes to after it (a module's last phase: the phase after its choice phase), or null after the last. */
  next: string | null;
}

const outlines = new WeakMap<MethodDefinition, OutlinePhase[]>();

/**
 * Every phase of a method in run order (module phases after their choice phase), numbered for a printed
 * guide, with where the engine goes next — the same order and successors as the engine's run plan.
 */
export function outline(method: MethodDefinition): OutlinePhase[] {
  const cached = outlines.get(method);
  if (cached) return cached;
  const out: OutlinePhase[] = [];
  method.phases.forEach((phase, i) => {
    const number = String(i + 1);
    const after = method.phases[i + 1]?.id ?? null;
    out.push({ phase, number, module: null, next: after });
    if (!isChoice(phase)) return;
    phase.modules.forEach((mod, m) => {
      mod.phases.forEach((sub, j) => {
        out.push({ phase: sub, number: `${number}.${m + 1}.${j + 1}`, module: mod, next: mod.phases[j + 1]?.id ?? after });
      });
    });
  });
  outlines.set(method, out);
  return out;
}

/** A phase of a method at any depth, by id. */
export function findPhase(method: MethodDefinition, phaseId: string): AnyPhase | undefined {
  return outline(method).find((p) => p.phase.id === phaseId)?.phase;
}

/** The localised name of a phase (any depth), or its id when the method has no such phase. */
export function phaseName(method: MethodDefinition, phaseId: string, lang: Lang): string {
  const phase = findPhase(method, phaseId);
  return phase ? methodText(phase.name, lang) : phaseId;
}

/** The localised name of a module of any choice phase, or its id. */
export function moduleName(method: MethodDefinition, moduleId: string, lang: Lang): string {
  for (const phase of method.phases) {
    if (!isChoice(phase)) continue;
    const mod = phase.modules.find((m) => m.id === moduleId);
    if (mod) return methodText(mod.name, lang);
  }
  return moduleId;
}
