import { type CreatedEvent, type CreateSessionOptions, createManualClock, createSession, type ManualClock, methods, type Session } from '../src/index.js';

/** Participants for the generic four-phase method. */
export const genericPeople = [
  { id: 'fay', name: 'Fay', role: 'facilitator' },
  { id: 'ian', name: 'Ian', role: 'introducer' },
  { id: 'pia', name: 'Pia', role: 'peer' },
  { id: 'paul', name: 'Paul', role: 'peer' },
];

/** A generic four-phase session on a manual clock. */
export async function genericSession(options: Partial<CreateSessionOptions> = {}): Promise<{ session: Session; clock: ManualClock }> {
  const clock = (options.clock as ManualClock | undefined) ?? createManualClock();
  const session = await createSession(methods['generic-four-phase']!, { participants: genericPeople, ...options, clock });
  return { session, clock };
}

/** Starts a generic session and walks it to the clarification round. */
export async function inClarification(options: Partial<CreateSessionOptions> = {}) {
  const { session, clock } = await genericSession(options);
  await session.send({ type: 'start', by: 'fay' });
  await session.send({ type: 'propose-topic', by: 'ian', text: 'How do I deal with the extra workload since the merger?' });
  await session.send({ type: 'choose-topic', by: 'fay', proposalId: 't-2' });
  await session.send({ type: 'advance', by: 'fay' });
  return { session, clock };
}

/** A `created` event for feeding a bare machine: the method and `id:role` participants. */
export function createdFor(methodId: string, people: string[]): CreatedEvent {
  return {
    type: 'created',
    seq: 0,
    at: 0,
    sessionId: 's',
    tenantId: 't',
    method: { id: methodId, version: '1.0.0' },
    participants: people.map((p) => {
      const [id, role] = p.split(':') as [string, string];
      return { id, roles: [role] };
    }),
    lang: 'en',
    carriedActions: [],
  };
}
