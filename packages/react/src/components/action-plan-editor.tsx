import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useCan } from '../hooks/use-can.js';
import { useSession } from '../hooks/use-session.js';
import type { Refusal, SourceResult } from '../source/types.js';
import { nameOf } from './names.js';

/** Texts of {@link ActionPlanEditor} (English by default). */
export interface ActionPlanLabels {
  /** Name of the list and form. */
  plan: string;
  /** Field labels. */
  text: string;
  owner: string;
  due: string;
  /** The add button. */
  add: string;
  /** When the plan is empty. */
  empty: string;
  /** How an action's owner and due date read. */
  meta: (owner: string, due: string | null) => string;
}

const DEFAULT_LABELS: ActionPlanLabels = {
  plan: 'Action plan',
  text: 'Action',
  owner: 'Owner',
  due: 'Due',
  add: 'Add action',
  empty: 'No actions yet.',
  meta: (owner, due) => (due ? `${owner}, by ${due}` : owner),
};

/** Props of {@link ActionPlanEditor}. */
export interface ActionPlanEditorProps {
  /** Replace any of the texts (to translate them). */
  labels?: Partial<ActionPlanLabels>;
  /** Told the result of every add. */
  onResult?: (result: SourceResult) => void;
  /** Class name of the wrapper (the component sets no styles). */
  className?: string;
}

const PROBE = { type: 'add-action', text: '…' } as const;

/** The session's action plan, and a form to add an action (owner, due date) when the viewer may. */
export function ActionPlanEditor({ labels, onResult, className }: ActionPlanEditorProps): ReactNode {
  const { view, send } = useSession();
  const can = useCan(PROBE);
  const text = { ...DEFAULT_LABELS, ...labels };
  const [draft, setDraft] = useState({ text: '', owner: '', due: '' });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const ids = { heading: useId(), text: useId(), owner: useId(), due: useId() };
  if (!view) return null;
  const actions = view.outputs.actions;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.text.trim() === '') return;
    const result = await send({
      type: 'add-action',
      text: draft.text,
      ...(draft.owner ? { owner: draft.owner } : {}),
      ...(draft.due ? { due: draft.due } : {}),
    });
    onResult?.(result);
    setRefusal(result.ok ? null : result);
    if (result.ok) setDraft({ text: '', owner: draft.owner, due: '' });
    field.current?.focus();
  };

  return (
    <section aria-labelledby={ids.heading} className={className}>
      <h3 id={ids.heading}>{text.plan}</h3>
      {actions.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <ul>
          {actions.map((a) => (
            <li key={a.id} data-action-id={a.id}>
              {a.text} <small>{text.meta(nameOf(view, a.owner), a.due)}</small>
            </li>
          ))}
        </ul>
      )}
      {can.allowed ? (
        <form aria-label={text.add} onSubmit={submit}>
          <label htmlFor={ids.text}>{text.text}</label>
          <input id={ids.text} ref={field} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
          <label htmlFor={ids.owner}>{text.owner}</label>
          <select id={ids.owner} value={draft.owner} onChange={(e) => setDraft({ ...draft, owner: e.target.value })}>
            <option value="">{view.introducerId ? nameOf(view, view.introducerId) : '—'}</option>
            {view.participants
              .filter((p) => p.id !== view.introducerId)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name ?? p.id}
                </option>
              ))}
          </select>
          <label htmlFor={ids.due}>{text.due}</label>
          <input id={ids.due} type="date" value={draft.due} onChange={(e) => setDraft({ ...draft, due: e.target.value })} />
          <button type="submit">{text.add}</button>
          {refusal ? (
            <p role="alert" data-code={refusal.code}>
              {refusal.message}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
