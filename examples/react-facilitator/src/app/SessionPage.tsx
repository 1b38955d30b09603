import {
  ActionPlanEditor,
  ContributionComposer,
  createRemoteSource,
  FacilitatorControls,
  PhaseStepper,
  RoundQueue,
  SessionProvider,
  type SessionSource,
  TurnIndicator,
  useSession,
  WrittenRoundStatus,
} from '@intervision/react';
import { useEffect, useState } from 'react';
import { signIn } from './api.js';
import { Contributions } from './Contributions.js';
import { PhaseTimer } from './PhaseTimer.js';
import { TopicRound } from './TopicRound.js';
import { ViewerSwitch } from './ViewerSwitch.js';

/** Signs this browser in as `as`, then shows the session through a remote source. */
export function SessionPage({ sessionId, as }: { sessionId: string; as: string }) {
  const [source, setSource] = useState<SessionSource | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let created: SessionSource | undefined;
    let cancelled = false;
    signIn(sessionId, as).then(
      () => {
        if (cancelled) return;
        created = createRemoteSource({
          url: `/api/sessions/${encodeURIComponent(sessionId)}`,
          viewer: as === 'observer' ? { audience: 'observer' } : { participantId: as },
        });
        setSource(created);
      },
      (error: Error) => setProblem(error.message),
    );
    return () => {
      cancelled = true;
      created?.close();
    };
  }, [sessionId, as]);
  if (problem) return <p role="alert">{problem}</p>;
  if (!source) return <p>Connecting…</p>;
  return (
    <SessionProvider source={source}>
      <Session sessionId={sessionId} />
    </SessionProvider>
  );
}

function Session({ sessionId }: { sessionId: string }) {
  const { view, viewer, status } = useSession();
  if (!view) return <p>Loading the session…</p>;
  const me = 'participantId' in viewer ? view.participants.find((p) => p.id === viewer.participantId) : undefined;
  const facilitating = me?.roles.includes('facilitator') ?? false;
  const phase = view.phase;
  return (
    <>
      <header>
        <h1>{view.method.name}</h1>
        <ViewerSwitch />
        <p className="status" data-status={status}>
          {status === 'open' ? 'Live' : status}
        </p>
      </header>
      <PhaseStepper />
      <main>
        {view.status === 'lobby' ? <p>The session has not started yet.</p> : null}
        {phase ? (
          <section aria-labelledby="phase-name" data-phase={phase.id}>
            <h2 id="phase-name">{phase.name}</h2>
            <p>{phase.instructions}</p>
            <PhaseTimer />
            <TurnIndicator />
            <WrittenRoundStatus />
            <RoundQueue />
          </section>
        ) : null}
        {view.topic ? (
          <p className="topic">
            <strong>Topic:</strong> {view.topic.text}
          </p>
        ) : null}
        <TopicRound />
        <Contributions />
        {me && phase && phase.contributionKinds.length > 0 ? <ContributionComposer /> : null}
        {phase?.kind === 'action-plan' || view.outputs.actions.length > 0 ? <ActionPlanEditor /> : null}
        {facilitating ? <FacilitatorControls /> : null}
        {view.status === 'ended' ? (
          <section aria-labelledby="finished">
            <h2 id="finished">Finished</h2>
            <p>
              <a href={`/api/sessions/${encodeURIComponent(sessionId)}/report`} download>
                Download the report
              </a>{' '}
              (
              <a href={`/api/sessions/${encodeURIComponent(sessionId)}/report?format=markdown`} download>
                as Markdown
              </a>
              )
            </p>
          </section>
        ) : null}
      </main>
    </>
  );
}
