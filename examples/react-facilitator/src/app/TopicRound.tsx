import { CommandButton, nameOf, useContributionCheck, useSession } from '@intervision/react';
import { type FormEvent, useId, useState } from 'react';

/** In a topic phase before a topic is chosen: propose one (with live rule feedback), and the facilitator chooses. */
export function TopicRound() {
  const { view, send } = useSession();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const check = useContributionCheck(text, { kind: 'topic' });
  const id = useId();
  if (!view?.phase || view.topic || view.phase.kind !== 'topic') return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await send({ type: 'propose-topic', text });
    setProblem(result.ok ? null : result.message);
    if (result.ok) setText('');
  };
  return (
    <section aria-labelledby="topics">
      <h3 id="topics">Topics</h3>
      <ul>
        {view.proposals.map((p) => (
          <li key={p.id}>
            {nameOf(view, p.by)}: {p.text} <CommandButton command={{ type: 'choose-topic', proposalId: p.id }}>Choose this topic</CommandButton>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} aria-label="Propose a topic">
        <label htmlFor={id}>Your topic</label>
        <input id={id} value={text} onChange={(e) => setText(e.target.value)} />
        {check.findings.map((f) => (
          <p key={`${f.ruleId}-${f.messageKey}`} data-rule={f.ruleId}>
            {f.message}
          </p>
        ))}
        <button type="submit">Propose</button>
        {problem ? <p role="alert">{problem}</p> : null}
      </form>
    </section>
  );
}
