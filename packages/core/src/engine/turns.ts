import type { Phase } from '../method/schema.js';
import type { TurnState } from './context.js';
import { writtenPerParticipant } from './quota.js';

/** Kinds that never take a turn: answers reply to a question whoever's turn it is. */
const TURNLESS = new Set(['answer']);

/** Turn policies in which a phase's `outOfTurn` kinds are said outside the turn order. */
const OUT_OF_TURN_POLICIES = new Set(['round-robin', 'one-per-turn']);

/**
 * Whether `kind` is said outside the turn order in this phase: answers always; the phase's `outOfTurn`
 * kinds (a scribe's `note`) in `round-robin` and `one-per-turn` phases. Such a contribution needs no
 * turn and does not move the turn on.
 */
export function isOutOfTurn(phase: Phase, kind: string): boolean {
  if (TURNLESS.has(kind)) return true;
  return OUT_OF_TURN_POLICIES.has(phase.turnPolicy) && (phase.outOfTurn?.includes(kind) ?? false);
}

/** A fresh turn state for a phase run with these speakers. */
export function initialTurn(order: string[]): TurnState {
  return {
    order,
    index: 0,
    lastBy: null,
    submitted: [],
    revealed: false,
    speaker: order[0] ?? null,
    listener: order[1] ?? null,
    spoke: false,
    reflected: false,
    attempts: 0,
    facilitatorCalled: false,
  };
}

/** Whose turn it is in a `round-robin` phase. */
export function currentTurn(turn: TurnState): string | null {
  return turn.order.length === 0 ? null : (turn.order[turn.index % turn.order.length] ?? null);
}

/** Why `by` may not contribute `kind` now under the phase's turn policy, or null if they may. */
export function turnRefusal(phase: Phase, turn: TurnState, by: string, kind: string, isController: boolean): string | null {
  if (isOutOfTurn(phase, kind)) return null;
  switch (phase.turnPolicy) {
    case 'free':
      return null;
    case 'round-robin':
      return currentTurn(turn) === by ? null : 'not-your-turn';
    case 'one-per-turn':
      return turn.lastBy === by && turn.order.length > 1 ? 'not-your-turn' : null;
    case 'written-then-revealed':
      if (turn.revealed) return 'already-revealed';
      return turn.submitted.includes(by) ? 'already-submitted' : null;
    case 'pair-until-heard':
      if (kind === 'reflect-back') {
        const mayReflect = by === turn.listener || (turn.facilitatorCalled && isController);
        if (!mayReflect) return 'not-your-turn';
        return turn.spoke && !turn.reflected ? null : 'nothing-to-reflect';
      }
      if (by !== turn.speaker) return 'not-your-turn';
      return turn.spoke && !turn.reflected ? 'wait-for-reflection' : null;
  }
}

/** Moves the turn on after `by` contributed `kind`, their `count`-th counted contribution (mutates the working copy). */
export function afterContribution(phase: Phase, turn: TurnState, by: string, kind: string, count: number): void {
  if (isOutOfTurn(phase, kind)) return;
  switch (phase.turnPolicy) {
    case 'round-robin':
      turn.index = (turn.index + 1) % Math.max(1, turn.order.length);
      return;
    case 'one-per-turn':
      turn.lastBy = by;
      return;
    case 'written-then-revealed':
      if (count >= writtenPerParticipant(phase)) submit(turn, by);
      return;
    case 'pair-until-heard':
      if (kind === 'reflect-back') turn.reflected = true;
      else {
        turn.spoke = true;
        turn.reflected = false;
      }
      return;
    default:
      return;
  }
}

/** Records a written contribution or a pass; reveals when everyone has submitted. */
function submit(turn: TurnState, by: string): void {
  if (!turn.submitted.includes(by)) turn.submitted.push(by);
  if (turn.order.every((id) => turn.submitted.includes(id))) turn.revealed = true;
}

/** Why `by` may not pass now, or null if they may. */
export function passRefusal(phase: Phase, turn: TurnState, by: string): string | null {
  switch (phase.turnPolicy) {
    case 'round-robin':
      return currentTurn(turn) === by ? null : 'not-your-turn';
    case 'written-then-revealed':
      if (turn.revealed) return 'already-revealed';
      return turn.submitted.includes(by) ? 'already-submitted' : null;
    default:
      return 'nothing-to-pass';
  }
}

/** Moves the turn on after a pass (mutates the working copy). */
export function afterPass(phase: Phase, turn: TurnState, by: string): void {
  if (phase.turnPolicy === 'round-robin') turn.index = (turn.index + 1) % Math.max(1, turn.order.length);
  else if (phase.turnPolicy === 'written-then-revealed') submit(turn, by);
}

/** The next listener after `speaker`: the next speaker in order, wrapping around. */
export function nextListener(order: readonly string[], speaker: string): string | null {
  if (order.length < 2) return null;
  const at = order.indexOf(speaker);
  return order[(at + 1) % order.length] ?? null;
}

/** Applies a heard / not-heard confirmation (mutates the working copy). */
export function afterConfirmation(turn: TurnState, heard: boolean, attemptsBeforeHelp: number): void {
  if (heard) {
    const speaker = turn.listener;
    turn.speaker = speaker;
    turn.listener = speaker ? nextListener(turn.order, speaker) : null;
    turn.spoke = false;
    turn.reflected = false;
    turn.attempts = 0;
    turn.facilitatorCalled = false;
    return;
  }
  turn.attempts += 1;
  turn.reflected = false;
  if (turn.attempts >= attemptsBeforeHelp) turn.facilitatorCalled = true;
}
