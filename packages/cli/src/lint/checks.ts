import { isChoice, type MethodDefinition, type Phase } from '@intervision/core';
import { exploreMethod } from '@intervision/core/machine';

/** A doubt about a valid method: it loads, but may not run as the designer means. */
export interface LintFinding {
  /** Stable check id, used to silence it (`# lint-allow <code>: <reason>`). */
  code: string;
  /** Path in the method, phases named by id. */
  path: (string | number)[];
  /** What the doubt is, in plain words. */
  message: string;
}

/** A phase with its path (top level or inside a module). */
interface Located {
  phase: Phase;
  path: (string | number)[];
}

function regularPhases(method: MethodDefinition): Located[] {
  const out: Located[] = [];
  for (const phase of method.phases) {
    if (!isChoice(phase)) out.push({ phase, path: ['phases', phase.id] });
    else
      for (const mod of phase.modules) for (const sub of mod.phases) out.push({ phase: sub, path: ['phases', phase.id, 'modules', mod.id, 'phases', sub.id] });
  }
  return out;
}

const adviceChecked = (phase: Phase) => {
  const setting = phase.rules['no-advice'];
  const mode = typeof setting === 'string' ? setting : setting?.mode;
  return mode === 'block' || mode === 'warn';
};

/** Minutes a phase takes with `people` participants (fixed, or per participant who may speak). */
function minutesOf(phase: Phase, people: number): number {
  if (!phase.timebox) return 0;
  return phase.timebox.minutes ?? (phase.timebox.minutesPerParticipant ?? 0) * people;
}

/** Checks that only need the definition. */
function structureChecks(method: MethodDefinition): LintFinding[] {
  const out: LintFinding[] = [];
  const phases = regularPhases(method);
  for (const { phase, path } of phases) {
    if (phase.speakers.length === 0 && phase.contributionKinds.length > 0)
      out.push({ code: 'no-speakers', path: [...path, 'speakers'], message: `phase "${phase.id}" has contribution kinds but nobody may speak in it` });
    if (phase.kind === 'clarification' && !adviceChecked(phase))
      out.push({
        code: 'clarification-without-no-advice',
        path: [...path, 'rules'],
        message: `clarification phase "${phase.id}" does not check for advice (add "no-advice: block")`,
      });
    if (phase.anonymous && phase.turnPolicy === 'round-robin')
      out.push({
        code: 'anonymous-in-turn',
        path: [...path, 'anonymous'],
        message: `phase "${phase.id}" is anonymous but goes round in turn, which shows who says what`,
      });
  }
  const firstClarification = phases.findIndex(({ phase }) => phase.kind === 'clarification');
  for (const [i, { phase, path }] of phases.entries()) {
    if (firstClarification >= 0 && i >= firstClarification) break;
    if (firstClarification >= 0 && phase.contributionKinds.includes('advice') && !adviceChecked(phase))
      out.push({
        code: 'advice-before-clarification',
        path: [...path, 'contributionKinds'],
        message: `phase "${phase.id}" allows advice before the case has been clarified`,
      });
  }
  const outputs = new Set(phases.flatMap(({ phase }) => phase.outputs));
  for (const { phase, path } of phases)
    if (phase.when && !outputs.has(phase.when.outputMissing))
      out.push({
        code: 'output-never-set',
        path: [...path, 'when'],
        message: `no phase outputs "${phase.when.outputMissing}", so phase "${phase.id}" always runs`,
      });
  if (method.catalog) {
    const people = method.catalog.groupSize.max;
    let total = 0;
    for (const top of method.phases) {
      if (!isChoice(top)) total += minutesOf(top, people);
      else total += (top.timebox?.minutes ?? 0) + Math.max(0, ...top.modules.map((m) => m.phases.reduce((sum, p) => sum + minutesOf(p, people), 0)));
    }
    if (total > method.catalog.minutesPerCase.max)
      out.push({
        code: 'timebox-over-duration',
        path: ['catalog', 'minutesPerCase', 'max'],
        message: `the timeboxes add up to ${total} minutes with ${people} people, more than the ${method.catalog.minutesPerCase.max} minutes per case stated`,
      });
  }
  return out;
}

/** Checks that explore the method's state space (xstate/graph): unreachable phases, dead ends, no way to finish. */
function flowChecks(method: MethodDefinition): LintFinding[] {
  const found = exploreMethod(method);
  const out: LintFinding[] = found.unreachablePhases.map((id) => ({
    code: 'unreachable-phase',
    path: ['phases', id],
    message: `phase "${id}" can never be reached`,
  }));
  if (!found.canComplete) out.push({ code: 'cannot-complete', path: ['phases'], message: 'no path through the method reaches its end' });
  if (found.deadEnds.length > 0)
    out.push({ code: 'dead-end', path: ['phases'], message: `${found.deadEnds.length} state(s) from which the session cannot end` });
  return out;
}

/**
 * Lints a valid method: phases nobody can speak in, advice allowed before any clarification, a
 * clarification round without `no-advice`, timeboxes adding up beyond the stated duration, outputs
 * no phase sets, anonymous rounds that go in turn, unreachable phases and dead ends.
 */
export function lintMethod(method: MethodDefinition): LintFinding[] {
  return [...structureChecks(method), ...flowChecks(method)];
}
