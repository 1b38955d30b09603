import { type Command, createManualClock, createSession, methods, type SessionEvent } from '@intervision/core';

/** Participants of the benchmark sessions. */
export const people = [
  { id: 'fay', role: 'facilitator' },
  { id: 'ian', role: 'introducer' },
  { id: 'pia', role: 'peer' },
  { id: 'paul', role: 'peer' },
  { id: 'petra', role: 'peer' },
];

const QUESTIONS = [
  'What happened just before the meeting?',
  'How did you feel when she said that?',
  'Who else was in the room?',
  'What did you expect from him?',
];
const EXPERIENCES = [
  'Last year I had a similar case with a client who kept changing the brief.',
  'In my team we noticed that deadlines slipped when nobody owned the plan.',
];

/**
 * A generic four-phase session of `length` commands: start, topic, then clarification questions
 * and answers (rules on), experiences (no text rules), an action plan and evaluations.
 */
export function sessionCommands(length: number): Command[] {
  const commands: Command[] = [
    { type: 'start', by: 'fay' },
    { type: 'propose-topic', by: 'ian', text: 'How do I deal with the extra workload since the merger?' },
    { type: 'choose-topic', by: 'fay', proposalId: 't-2' },
    { type: 'advance', by: 'fay' },
  ];
  const tail: Command[] = [
    { type: 'advance', by: 'fay' },
    { type: 'contribute', by: 'ian', kind: 'action', text: 'Plan a talk with my manager about priorities.' },
    { type: 'add-action', by: 'ian', text: 'Talk with my manager', due: '2026-03-01' },
    { type: 'evaluate', by: 'pia', rating: 4 },
    { type: 'advance', by: 'fay' },
  ];
  const middle = length - commands.length - tail.length - 1;
  const questions = Math.floor(middle / 2);
  let seq = commands.length + 1;
  for (let i = 0; i < questions; i += 2) {
    commands.push({ type: 'contribute', by: i % 4 ? 'pia' : 'paul', kind: 'question', text: QUESTIONS[i % QUESTIONS.length]! });
    commands.push({ type: 'answer', by: 'ian', questionId: `c-${seq}`, text: 'It was a tense moment for everyone.' });
    seq += 2;
  }
  commands.push({ type: 'advance', by: 'fay' });
  while (commands.length < length - tail.length)
    commands.push({ type: 'contribute', by: commands.length % 2 ? 'petra' : 'pia', kind: 'experience', text: EXPERIENCES[commands.length % 2]! });
  return [...commands, ...tail];
}

/** Runs the commands through a Session and returns its event log (checking every command is accepted). */
export async function recordEvents(commands: Command[]): Promise<SessionEvent[]> {
  const session = await createSession(methods['generic-four-phase']!, { participants: people, clock: createManualClock(), timers: false, sessionId: 'bench' });
  for (const command of commands) {
    const result = await session.send(command);
    if (!result.ok) throw new Error(`benchmark script refused at ${command.type}: ${result.code}`);
  }
  return [...session.getEvents()];
}
