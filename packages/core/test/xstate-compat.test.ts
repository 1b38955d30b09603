import { useMachine, useSelector } from '@xstate/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createActor, type InspectionEvent } from 'xstate';
import { createManualClock, createSession, methods } from '../src/index.js';
import { createSessionMachine, type SessionActor } from '../src/machine.js';
import { createdFor, genericPeople } from './helpers.js';

const created = createdFor('incident-method', ['fay:facilitator', 'pia:peer', 'paul:peer']);

const incidentMachine = createSessionMachine(methods['incident-method']!);

/** A component running the machine with `useMachine`. */
function Lobby() {
  const [snapshot] = useMachine(incidentMachine, { input: created });
  return createElement('p', null, `${String(snapshot.value)}:${snapshot.context.participants.length}`);
}

/** A component reading a running actor with `useSelector`. */
function CurrentPhase({ actor }: { actor: SessionActor }) {
  const phase = useSelector(actor, (s) => s.context.phase?.id);
  return createElement('p', null, phase);
}

describe('the compiled machine with the XState ecosystem, unchanged', () => {
  it('renders with @xstate/react useMachine and useSelector', () => {
    expect(renderToString(createElement(Lobby))).toBe('<p>lobby:3</p>');
    const actor = createActor(incidentMachine, { input: created }).start();
    actor.send({ type: 'started', seq: 1, at: 1, by: 'fay' });
    expect(renderToString(createElement(CurrentPhase, { actor }))).toBe('<p>choose-incident</p>');
    actor.stop();
  });

  it('reports to an inspector (as the Stately inspector attaches), bare and through a Session', async () => {
    const seen: string[] = [];
    const inspect = (event: InspectionEvent) => {
      if (event.type === '@xstate.event') seen.push(event.event.type);
    };
    const actor = createActor(createSessionMachine(methods['incident-method']!), { input: created, inspect }).start();
    actor.send({ type: 'started', seq: 1, at: 1, by: 'fay' });
    expect(seen).toContain('started');

    seen.length = 0;
    const session = await createSession(methods['generic-four-phase']!, { participants: genericPeople, clock: createManualClock(), inspect });
    await session.send({ type: 'start', by: 'fay' });
    expect(seen).toContain('started');
    session.stop();
  });
});
