import { type FormEvent, useEffect, useId, useState } from 'react';
import { createSession, listMethods, type MethodSummary, type ParticipantDraft } from './api.js';

const DEFAULT_PEOPLE: ParticipantDraft[] = [
  { id: 'fay', name: 'Fay', role: 'facilitator' },
  { id: 'ian', name: 'Ian', role: 'introducer' },
  { id: 'pia', name: 'Pia', role: 'peer' },
  { id: 'paul', name: 'Paul', role: 'peer' },
  { id: 'pete', name: 'Pete', role: 'peer' },
];

/** Choose a method (built-in or pasted JSON), the language and the participants; then start as the facilitator. */
export function Setup() {
  const [methods, setMethods] = useState<MethodSummary[]>([]);
  const [methodId, setMethodId] = useState('generic-four-phase');
  const [methodJson, setMethodJson] = useState('');
  const [lang, setLang] = useState('en');
  const [people, setPeople] = useState(DEFAULT_PEOPLE);
  const [problems, setProblems] = useState<string | null>(null);
  const id = { method: useId(), json: useId(), lang: useId() };

  useEffect(() => {
    listMethods().then(setMethods, (error: Error) => setProblems(error.message));
  }, []);

  const roles = methodJson ? [] : (methods.find((m) => m.id === methodId)?.roles ?? []);
  const update = (i: number, patch: Partial<ParticipantDraft>) => setPeople(people.map((p, j) => (i === j ? { ...p, ...patch } : p)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const sessionId = await createSession({ ...(methodJson.trim() ? { methodJson } : { methodId }), participants: people, lang });
      const facilitator = people.find((p) => p.role === 'facilitator') ?? people[0]!;
      location.assign(`/s/${encodeURIComponent(sessionId)}?as=${encodeURIComponent(facilitator.id)}`);
    } catch (error) {
      setProblems((error as Error).message);
    }
  };

  return (
    <main>
      <h1>New intervision session</h1>
      <form onSubmit={submit} aria-label="New session">
        <label htmlFor={id.method}>Method</label>
        <select id={id.method} value={methodId} onChange={(e) => setMethodId(e.target.value)} disabled={methodJson.trim() !== ''}>
          {methods.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <label htmlFor={id.json}>…or paste a method (JSON)</label>
        <textarea id={id.json} value={methodJson} onChange={(e) => setMethodJson(e.target.value)} rows={4} />
        <label htmlFor={id.lang}>Language</label>
        <select id={id.lang} value={lang} onChange={(e) => setLang(e.target.value)}>
          <option value="en">English</option>
          <option value="nl">Nederlands</option>
          <option value="de">Deutsch</option>
        </select>
        <fieldset>
          <legend>Participants</legend>
          {people.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their ids change as you type
            <div key={i} className="row">
              <input aria-label={`Participant ${i + 1} id`} value={p.id} onChange={(e) => update(i, { id: e.target.value })} />
              <input aria-label={`Participant ${i + 1} name`} value={p.name} onChange={(e) => update(i, { name: e.target.value })} />
              {roles.length > 0 ? (
                <select aria-label={`Participant ${i + 1} role`} value={p.role} onChange={(e) => update(i, { role: e.target.value })}>
                  {roles.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </select>
              ) : (
                <input aria-label={`Participant ${i + 1} role`} value={p.role} onChange={(e) => update(i, { role: e.target.value })} />
              )}
              <button type="button" onClick={() => setPeople(people.filter((_, j) => j !== i))}>
                Remove {p.name || p.id}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setPeople([...people, { id: `p${people.length + 1}`, name: '', role: 'peer' }])}>
            Add participant
          </button>
        </fieldset>
        {problems ? (
          <pre role="alert" className="problems">
            {problems}
          </pre>
        ) : null}
        <button type="submit">Create session</button>
      </form>
    </main>
  );
}
