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

/**
 * Walks a generic four-phase session (or a variant of it) from the lobby into its `experiences` phase:
 * start, a topic, the problem definition, two advances. Every step must be accepted.
 */
export async function walkToExperiences(session: Session, topic = 'How do I deal with the extra workload?'): Promise<void> {
  const steps = [
    { type: 'start', by: 'fay' },
    { type: 'propose-topic', by: 'ian', text: topic },
    { type: 'choose-topic', by: 'fay', proposalId: 't-2' },
    { type: 'advance', by: 'fay' },
    { type: 'set-output', by: 'fay', output: 'problem-definition', text: 'Workload.' },
    { type: 'advance', by: 'fay' },
  ] as const;
  for (const step of steps) {
    const result = await session.send(step);
    if (!result.ok) throw new Error(`walkToExperiences: ${step.type} was refused: ${result.code}`);
  }
}
