import { and, assign, setup, type TransitionConfig } from 'xstate';
import { check } from '../engine/check.js';
import { initialContext, type SessionContext } from '../engine/context.js';
import { advancesOnTimeout, evolve, nextPhaseId, skipsPhase } from '../engine/evolve.js';
import type { CreatedEvent, SessionEvent } from '../engine/schemas.js';
import type { MethodDefinition } from '../method/define.js';
import { asPhase, isChoice, planOf, type Step } from '../method/plan.js';

/** Events the session machine accepts (every logged event but `created`, which is its input). */
export type MachineEvent = Exclude<SessionEvent, { type: 'created' }>;

/** Events that change the context but never the phase. */
const IN_PHASE_EVENTS = [
  'contributed',
  'contribution-blocked',
  'overridden',
  'topic-proposed',
  'topic-chosen',
  'output-set',
  'passed',
  'heard-confirmed',
  'listener-chosen',
  'revealed',
  'opted',
  'left',
  'joined',
  'handed-over',
  'action-added',
  'action-reported',
  'evaluated',
  'paused',
  'resumed',
  'time-extended',
  'redacted',
] as const;

const cache = new WeakMap<MethodDefinition, ReturnType<typeof buildMachine>>();

function buildMachine(method: MethodDefinition) {
  const plan = planOf(method);
  // XState ids are `#id.path`: the machine id must not contain dots; method ids are kebab-case.
  const machineId = method.id;
  const ref = (phaseId: string | null) => (phaseId === null ? `#${machineId}.ended` : `#${machineId}.running.${phaseId}`);
  const hasWhen = (phaseId: string | null) => {
    const phase = phaseId === null ? undefined : asPhase(plan.steps.get(phaseId)?.phase);
    return phase?.when !== undefined || phase?.optIn !== undefined;
  };
  // A phase with `when` (or `optIn`) is entered through a transient check state (ids cannot contain `_`, so no clash):
  // the condition is judged once, on entry, not after every event inside the phase.
  const checkKey = (phaseId: string) => `${phaseId}__when`;
  const entryRef = (phaseId: string | null) => (phaseId !== null && hasWhen(phaseId) ? `#${machineId}.running.${checkKey(phaseId)}` : ref(phaseId));

  const machineSetup = setup({
    types: {} as { context: SessionContext; events: MachineEvent; input: CreatedEvent },
    guards: {
      allowed: ({ context, event }) => check(plan, context, event) === null,
      advancesOnTimeout: ({ context }) => advancesOnTimeout(plan, context),
      isModule: ({ event }, params: { module: string }) => event.type === 'module-chosen' && event.module === params.module,
      repeatsTo: ({ event }, params: { phase: string }) => event.type === 'phase-repeated' && event.phase === params.phase,
      skipped: ({ context }, params: { phase: string }) => skipsPhase(plan, context, params.phase),
      leadsTo: ({ context }, params: { from: string; to: string }) => nextPhaseId(plan, context, params.from) === params.to,
    },
    actions: {
      // Every transition runs the one reducer; it also makes the phase change the transition's target names.
      apply: assign(({ context, event }) => evolve(plan, context, event)),
    },
  });

  type Guard = string | { type: string; params: object };
  /**
   * Transitions out of `phaseId` when `guards` hold: at the end of a module, first to each other module
   * of the same choice the chooser may have queued after it (`leadsTo`), else to the next phase.
   */
  const onward = (phaseId: string, step: Step, guards: Guard[], actions?: string) => {
    const siblings = step.endsModule && step.choice !== null ? moduleStarts(step.choice).filter((first) => plan.steps.get(first)?.module !== step.module) : [];
    const extra = actions ? { actions } : {};
    return [
      ...siblings.map((to) => ({ guard: and([...guards, { type: 'leadsTo', params: { from: phaseId, to } }] as never), target: entryRef(to), ...extra })),
      { guard: guards.length === 1 ? guards[0] : and(guards as never), target: entryRef(step.next), ...extra },
    ];
  };
  const moduleStarts = (choiceId: string): string[] => {
    const choice = plan.steps.get(choiceId)?.phase;
    return choice && isChoice(choice) ? choice.modules.map((m) => m.phases[0]!.id) : [];
  };

  const phaseStates: Record<string, object> = {};
  for (const [phaseId, step] of plan.steps) {
    const phase = step.phase;
    const on: Record<string, TransitionConfig<SessionContext, MachineEvent, any, any, any, any, any, any, any> | object[]> = {
      'phase-advanced': onward(phaseId, step, ['allowed'], 'apply'),
      'timer-expired': [...onward(phaseId, step, ['allowed', 'advancesOnTimeout'], 'apply'), { guard: 'allowed', actions: 'apply' }],
    };
    const repeats: object[] = [];
    const regular = asPhase(phase);
    if (regular?.repeatable)
      repeats.push({ guard: and(['allowed', { type: 'repeatsTo', params: { phase: phaseId } }]), target: ref(phaseId), reenter: true, actions: 'apply' });
    if (regular?.loopBack)
      repeats.push({
        guard: and(['allowed', { type: 'repeatsTo', params: { phase: regular.loopBack.to } }]),
        target: entryRef(regular.loopBack.to),
        reenter: true,
        actions: 'apply',
      });
    if (repeats.length > 0) on['phase-repeated'] = repeats;
    // The last phase of a rotation's case: the next case starts again at its first phase.
    if (plan.rotation?.last === phaseId) on['case-started'] = { guard: 'allowed', target: entryRef(plan.rotation.first), reenter: true, actions: 'apply' };
    if (isChoice(phase))
      on['module-chosen'] = phase.modules.map((mod) => ({
        guard: and(['allowed', { type: 'isModule', params: { module: mod.id } }]),
        target: entryRef(mod.phases[0]!.id),
        actions: 'apply',
      }));
    phaseStates[phaseId] = {
      meta: { phase, module: step.module },
      on,
    };
    if (hasWhen(phaseId))
      phaseStates[checkKey(phaseId)] = {
        always: [...onward(phaseId, step, [{ type: 'skipped', params: { phase: phaseId } }]), { target: ref(phaseId) }],
      };
  }

  const inPhase = Object.fromEntries(IN_PHASE_EVENTS.map((type) => [type, { guard: 'allowed', actions: 'apply' }]));

  return machineSetup.createMachine({
    id: machineId,
    context: ({ input }) => initialContext(input),
    initial: 'lobby',
    meta: { method: method.id, version: method.version },
    states: {
      lobby: {
        on: {
          started: { guard: 'allowed', target: 'running', actions: 'apply' },
          aborted: { guard: 'allowed', target: 'aborted', actions: 'apply' },
          redacted: { guard: 'allowed', actions: 'apply' },
        },
      },
      running: {
        initial: hasWhen(plan.first) ? checkKey(plan.first) : plan.first,
        states: phaseStates as never,
        on: {
          ...(inPhase as object),
          ended: { guard: 'allowed', target: 'ended', actions: 'apply' },
          aborted: { guard: 'allowed', target: 'aborted', actions: 'apply' },
        } as never,
      },
      ended: { type: 'final' },
      aborted: { type: 'final' },
    },
  });
}

/**
 * Compiles a method into a plain XState v5 machine (`setup(...).createMachine(...)`): one state per
 * phase under `running`, plus `lobby`, `ended` and `aborted`. Its input is the session's `created`
 * event; its events are the session's logged events. Guards run the same authorisation as the
 * Session, so a bare actor refuses what the method forbids. Machines are cached per method.
 *
 * @example
 * ```ts
 * const actor = createActor(createSessionMachine(methods['incident-method']), { input: createdEvent }).start();
 * ```
 */
export function createSessionMachine(method: MethodDefinition): SessionMachine {
  let machine = cache.get(method);
  if (!machine) {
    machine = buildMachine(method);
    cache.set(method, machine);
  }
  return machine;
}

/** The type of a compiled session machine. */
export type SessionMachine = ReturnType<typeof buildMachine>;
