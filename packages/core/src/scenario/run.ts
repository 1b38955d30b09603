import type { Command, SessionEvent } from '../engine/schemas.js';
import { type LocalizedText, localize } from '../i18n/localized.js';
import type { MethodDefinition } from '../method/define.js';
import { createManualClock, type ManualClock } from '../session/clock.js';
import { createSession } from '../session/create.js';
import type { SendResult, Session, SessionRuntimeOptions } from '../session/session.js';
import type { Lang } from '../shared/lang.js';
import type { Scenario, ScenarioStep } from './types.js';

/** What happened at one step of a scenario run. */
export interface ScenarioStepResult {
  /** Index of the step. */
  index: number;
  /** The step. */
  step: ScenarioStep;
  /** The command as sent (texts in the run's language), for send steps. */
  command?: Command;
  /** The engine's answer, for send steps. */
  result?: SendResult;
  /** Events recorded while time passed, for wait steps. */
  events?: SessionEvent[];
  /** Whether the outcome matched the step's expectation. */
  asExpected: boolean;
}

/** Options for {@link runScenario}. */
export interface RunScenarioOptions extends Omit<SessionRuntimeOptions, 'clock'> {
  /** Language of the session and of the texts sent. Default `en`. */
  lang?: Lang;
  /** The clock to drive. Default: a new manual clock. */
  clock?: ManualClock;
  /** Called after every step (for narration). */
  onStep?: (result: ScenarioStepResult, session: Session) => void | Promise<void>;
  /** Session id. */
  sessionId?: string;
}

const textIn = (text: string | LocalizedText, lang: Lang) => (typeof text === 'string' ? text : localize(text, lang));

/**
 * Runs a scenario against a method on a simulated clock and reports, step by step, whether the engine
 * answered as the scenario expects. Used by the demo, the CLI and the catalog's end-to-end tests.
 */
export async function runScenario(
  method: MethodDefinition,
  scenario: Scenario,
  options: RunScenarioOptions = {},
): Promise<{ session: Session; steps: ScenarioStepResult[]; ok: boolean }> {
  const lang = options.lang ?? 'en';
  const clock = options.clock ?? createManualClock();
  const session = await createSession(method, {
    ...options,
    clock,
    lang,
    participants: scenario.participants,
    ...(scenario.carriedActions ? { carriedActions: scenario.carriedActions } : {}),
  });
  const steps: ScenarioStepResult[] = [];
  for (const [index, step] of scenario.steps.entries()) {
    let outcome: ScenarioStepResult;
    if ('wait' in step) {
      const before = session.getEvents().length;
      clock.advance(step.wait * 60_000);
      await session.tick();
      outcome = { index, step, events: session.getEvents().slice(before), asExpected: true };
    } else {
      const raw = step.send as { text?: string | LocalizedText };
      const command = (raw.text === undefined ? step.send : { ...step.send, text: textIn(raw.text, lang) }) as Command;
      const result = await session.send(command);
      const expected = step.expect ?? 'accepted';
      outcome = { index, step, command, result, asExpected: result.ok ? expected === 'accepted' : result.code === expected };
    }
    steps.push(outcome);
    await options.onStep?.(outcome, session);
  }
  return { session, steps, ok: steps.every((s) => s.asExpected) };
}
