import { nameOf, useSession } from '@intervision/react';

/** What was said in the current phase, in order; written contributions stay hidden until revealed. */
export function Contributions() {
  const { view } = useSession();
  if (!view?.phase) return null;
  const phase = view.phase;
  const said = view.contributions.filter((c) => c.phaseId === phase.id && c.run === phase.run);
  if (said.length === 0) return null;
  return (
    <section aria-labelledby="said">
      <h3 id="said">Said in this phase</h3>
      <ol className="contributions">
        {said.map((c) => (
          <li key={c.id} data-kind={c.kind}>
            <strong>{c.by === null ? (c.anonymous ? 'Anonymous' : 'Someone') : nameOf(view, c.by)}</strong> <em>({c.kind})</em>:{' '}
            {c.hidden ? 'written, not yet revealed' : c.text}
            {c.overriddenBy ? <small> (accepted by the facilitator)</small> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
