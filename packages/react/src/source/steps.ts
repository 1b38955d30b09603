import { isChoice, type Lang, localize, type MethodDefinition } from '@intervision/core';
import { planOf } from '@intervision/core/machine';
import type { StepInfo } from './types.js';

/** The method's phases in run order (modules' phases after their choice), with names in `lang`. */
export function stepsOf(method: MethodDefinition, lang: Lang): StepInfo[] {
  const plan = planOf(method);
  return plan.order.map((id) => {
    const step = plan.steps.get(id)!;
    return { id, name: localize(step.phase.name, lang), module: step.module, choice: isChoice(step.phase) };
  });
}
