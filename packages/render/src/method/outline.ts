import { type AnyPhase, isChoice, type Lang, type MethodDefinition, type Module, planOf } from '@intervision/core';
import { methodText } from '../i18n/texts.js';

/** A phase in the method's run order, with its number and the module it belongs to. */
export interface OutlinePhase {
  /** The phase definition. */
  phase: AnyPhase;
  /** Its number as a facilitator reads it: `3`, or `5.2.1` for the first phase of the second module of choice phase 5. */
  number: string;
  /** The module it belongs to, or null at the top level. */
  module: Module | null;
  /** Id of the phase the engine goes to after it, or null after the last. */
  next: string | null;
}

/** Every phase of a method (module phases after their choice phase), numbered for a printed guide. */
export function outline(method: MethodDefinition): OutlinePhase[] {
  const plan = planOf(method);
  const out: OutlinePhase[] = [];
  method.phases.forEach((phase, i) => {
    const number = String(i + 1);
    out.push({ phase, number, module: null, next: plan.steps.get(phase.id)?.next ?? null });
    if (!isChoice(phase)) return;
    phase.modules.forEach((mod, m) => {
      mod.phases.forEach((sub, j) => {
        out.push({ phase: sub, number: `${number}.${m + 1}.${j + 1}`, module: mod, next: plan.steps.get(sub.id)?.next ?? null });
      });
    });
  });
  return out;
}

/** The localised name of a phase (any depth), or its id when the method has no such phase. */
export function phaseName(method: MethodDefinition, phaseId: string, lang: Lang): string {
  const step = planOf(method).steps.get(phaseId);
  return step ? methodText(step.phase.name, lang) : phaseId;
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
