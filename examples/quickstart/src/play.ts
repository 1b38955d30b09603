import type { Command, LocalizedText, ManualClock, Scenario, ScenarioStepResult, Session } from '@intervision/core';
import { localize } from '@intervision/core';

/** The command id the demo gives scenario step `index`, so a resumed run knows which steps were recorded. */
export const stepCommandId = (index: number) => `step-${index}`;

/** The first step a resumed run plays: the one after the last step whose command the log holds (0 for a new session). */
export function resumeIndex(session: Session): number {
  let last = -1;
  for (const event of session.getEvents()) {
    const match = /^step-(\d{1,6})$/.exec(event.commandId ?? '');
    if (match) last = Math.max(last, Number(match[1]));
  }
  return last + 1;
}

/** Options for {@link playScenario}. */
export interface PlayOptions {
  /** The scenario's first step to play. */
  from: number;
  /** The simulated clock the session runs on. */
  clock: ManualClock;
  /** Called before each step (e.g. to wait for Enter). */
  beforeStep?: (index: number, total: number) => Promise<void>;
  /** Called after each step (narration). */
  onStep: (result: ScenarioStepResult, session: Session) => void;
}

/**
 * Plays a scenario's steps from `from` on a session, each command with the command id of its step, and
 * answers the steps that did not go as scripted. Mirrors `runScenario`, which always starts a new session.
 */
export async function playScenario(session: Session, scenario: Scenario, options: PlayOptions): Promise<{ failed: ScenarioStepResult[]; refused: number }> {
  const lang = session.getContext().lang;
  const failed: ScenarioStepResult[] = [];
  let refused = 0;
  for (let index = options.from; index < scenario.steps.length; index++) {
    const step = scenario.steps[index]!;
    await options.beforeStep?.(index, scenario.steps.length);
    let outcome: ScenarioStepResult;
    if ('wait' in step) {
      const before = session.getEvents().length;
      options.clock.advance(step.wait * 60_000);
      await session.tick();
      outcome = { index, step, events: session.getEvents().slice(before), asExpected: true };
    } else {
      const raw = step.send as { text?: string | LocalizedText };
      const text = raw.text === undefined || typeof raw.text === 'string' ? raw.text : localize(raw.text, lang);
      const command = { ...step.send, ...(text !== undefined ? { text } : {}), commandId: stepCommandId(index) } as Command;
      const result = await session.send(command);
      const expected = step.expect ?? 'accepted';
      if (!result.ok) refused++;
      outcome = { index, step, command, result, asExpected: result.ok ? expected === 'accepted' : result.code === expected };
    }
    if (!outcome.asExpected) failed.push(outcome);
    options.onStep(outcome, session);
  }
  return { failed, refused };
}
