import type { SessionContext } from '../engine/context.js';
import { toBlocked, toEvent } from '../engine/decide.js';
import type { Command, SessionEvent } from '../engine/schemas.js';
import { canonicalJson } from '../shared/hash.js';

/** Where a command's events sit in the log. */
export interface CommandRecord {
  /** Index in the log of the command's first event. */
  first: number;
  /** Index in the log of its last event. */
  last: number;
}

/**
 * The command ids a session's log holds (events carry the id of the command that produced them), so
 * a retried command — on this node, another node, or after a lost acknowledgement — is recognised.
 */
export class CommandIndex {
  private readonly byId = new Map<string, CommandRecord>();

  /** Records the command ids of events appended at `offset` onwards. */
  add(events: readonly SessionEvent[], offset: number): void {
    events.forEach((event, i) => {
      if (event.commandId === undefined) return;
      const found = this.byId.get(event.commandId);
      if (found) found.last = offset + i;
      else this.byId.set(event.commandId, { first: offset + i, last: offset + i });
    });
  }

  /** Where the command's events are, if the log has it. */
  get(commandId: string): CommandRecord | undefined {
    return this.byId.get(commandId);
  }
}

/** The parts of an event that come from its command (not its seq, time, findings or defaults chosen by state). */
function comparable(event: SessionEvent): string {
  const { seq: _s, at: _a, commandId: _c, ...rest } = event as SessionEvent & { findings?: unknown };
  if ('findings' in rest) delete (rest as { findings?: unknown }).findings;
  return canonicalJson(rest);
}

/**
 * Whether `command` is the same command that produced `recorded` (a retry), rather than another
 * command reusing its id. Defaults the engine filled in from state (the owner of an action, the phase
 * of a bare `repeat`) are taken from the recorded event.
 */
export function isSameCommand(recorded: SessionEvent, command: Command): boolean {
  const like = {
    version: recorded.seq - 1,
    introducerId: recorded.type === 'action-added' && command.type === 'add-action' && command.owner === undefined ? recorded.owner : null,
    phase: recorded.type === 'phase-repeated' ? { id: recorded.phase } : null,
  } as unknown as SessionContext;
  const rebuilt = toEvent(command, like, recorded.at);
  const candidate = recorded.type === 'contribution-blocked' ? toBlocked(rebuilt) : rebuilt;
  return candidate !== undefined && comparable(candidate) === comparable(recorded);
}
