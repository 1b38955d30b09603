import type { MethodDefinition } from './define.js';
import type { AnyPhase, ChoicePhase, Phase, Role, Rotation } from './schema.js';

/** One phase in a method's flattened order, with where the engine goes after it. */
export interface Step {
  /** The phase definition. */
  phase: AnyPhase;
  /** Position in the flattened order (top-level phases and module phases interleaved in run order). */
  index: number;
  /** Id of the next phase, or `null` when this is the last one. */
  next: string | null;
  /** Id of the module this phase belongs to, or `null` at the top level. */
  module: string | null;
  /** Id of the choice phase whose module this phase belongs to, or `null` at the top level. */
  choice: string | null;
  /** Whether this is the last phase of its module (a further chosen module may follow). */
  endsModule: boolean;
}

/** A method's run plan: steps by phase id, and the role facts the engine needs. Derived once per method. */
export interface MethodPlan {
  /** The method. */
  method: MethodDefinition;
  /** Steps by phase id. */
  steps: ReadonlyMap<string, Step>;
  /** Phase ids in flattened order. */
  order: readonly string[];
  /** Id of the first phase. */
  first: string;
  /** Roles by id. */
  roles: ReadonlyMap<string, Role>;
  /** Ids of roles that control the session (advance, pause, end, override, …). */
  controlRoles: ReadonlySet<string>;
  /** The method's rotation (several cases in one session), or null for a single case. */
  rotation: RotationPlan | null;
}

/** A method's rotation, with the phases that run once per case. */
export interface RotationPlan extends Rotation {
  /** Ids of the phases that run once per case (`first` to `last`, with the modules of choice phases among them). */
  casePhases: ReadonlySet<string>;
}

const cache = new WeakMap<MethodDefinition, MethodPlan>();

/** Whether a phase is a `choice` phase. */
export function isChoice(phase: AnyPhase): phase is ChoicePhase {
  return phase.kind === 'choice';
}

/** Returns the phase as a regular phase, or `undefined` for a choice phase. */
export function asPhase(phase: AnyPhase | undefined): Phase | undefined {
  return phase && !isChoice(phase) ? phase : undefined;
}

/** How many modules a choice phase lets its chooser pick: `choose.min`–`choose.max`, one by default. */
export function moduleRange(phase: ChoicePhase): { min: number; max: number } {
  const min = phase.choose?.min ?? 1;
  return { min, max: Math.max(min, phase.choose?.max ?? 1) };
}

/** The phases a rotation runs once per case: `first` to `last` in flattened order (modules included). */
function rotationOf(method: MethodDefinition, steps: ReadonlyMap<string, Step>, order: readonly string[]): RotationPlan | null {
  const rotation = method.rotation;
  if (!rotation) return null;
  const from = steps.get(rotation.first)?.index ?? 0;
  // `last` is a regular phase (validated): the modules of choice phases before it lie in between.
  const to = steps.get(rotation.last)?.index ?? -1;
  return { ...rotation, casePhases: new Set(order.slice(from, to + 1)) };
}

/** Builds (and caches) the run plan of a method. */
export function planOf(method: MethodDefinition): MethodPlan {
  const cached = cache.get(method);
  if (cached) return cached;
  const steps = new Map<string, Step>();
  const order: string[] = [];
  const add = (phase: AnyPhase, next: string | null, module: string | null = null, choice: string | null = null, endsModule = false) => {
    steps.set(phase.id, { phase, index: order.length, next, module, choice, endsModule });
    order.push(phase.id);
  };
  method.phases.forEach((phase, i) => {
    const after = method.phases[i + 1]?.id ?? null;
    add(phase, after);
    if (isChoice(phase))
      for (const mod of phase.modules)
        mod.phases.forEach((sub, j) => {
          const last = j === mod.phases.length - 1;
          add(sub, last ? after : mod.phases[j + 1]!.id, mod.id, phase.id, last);
        });
  });
  const roles = new Map(method.roles.map((role) => [role.id, role]));
  const controlRoles = new Set(method.roles.filter((r) => r.controls ?? r.id === 'facilitator').map((r) => r.id));
  const plan: MethodPlan = { method, steps, order, first: method.phases[0]!.id, roles, controlRoles, rotation: rotationOf(method, steps, order) };
  cache.set(method, plan);
  return plan;
}
