import type { Finding, IntroducerPresence } from '@intervision/core';
import { type FormEvent, type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useSource } from '../hooks/context.js';
import { useCan } from '../hooks/use-can.js';
import { useContributionCheck } from '../hooks/use-contribution-check.js';
import { useSession } from '../hooks/use-session.js';
import { participantOf } from '../source/local.js';
import type { Refusal, SourceResult } from '../source/types.js';
import { segmentsOf } from './highlight.js';

/** Texts of {@link ContributionComposer} (English by default). */
export interface ComposerLabels {
  /** Accessible name of the form. */
  form: string;
  /** Label of the kind picker. */
  kind: string;
  /** Label of the text field. */
  text: string;
  /** The send button. */
  send: string;
  /** Heading of the findings. */
  findings: string;
  /** The button that takes a suggested rewording. */
  takeSuggestion: (suggestion: string) => string;
  /** Why the introducer cannot write now. */
  away: (presence: Exclude<IntroducerPresence, 'present'>) => string;
  /** A contribution kind's name. */
  kindName: (kind: string) => string;
}

const AWAY: Record<Exclude<IntroducerPresence, 'present'>, string> = {
  silent: 'You listen in silence in this phase; you can speak again in a later phase.',
  'back-turned': 'You sit with your back turned in this phase and only listen.',
  absent: 'You are not present in this phase.',
};

const DEFAULT_LABELS: ComposerLabels = {
  form: 'Contribute',
  kind: 'Kind',
  text: 'Your contribution',
  send: 'Send',
  findings: 'Feedback on your draft',
  takeSuggestion: (suggestion) => `Use “${suggestion}”`,
  away: (presence) => AWAY[presence],
  kindName: (kind) => kind,
};

/** Props of {@link ContributionComposer}. */
export interface ContributionComposerProps {
  /** Kinds to offer; default: the phase's kinds the viewer may use. */
  kinds?: string[];
  /** Replace any of the texts (to translate them). */
  labels?: Partial<ComposerLabels>;
  /** Debounce of the live rule check, ms. Default 300. */
  debounceMs?: number;
  /** Told the result of every send. */
  onResult?: (result: SourceResult) => void;
  /** Class name of the form (the component sets no styles). */
  className?: string;
}

const PROBE_TEXT = '…';

/** The kinds the viewer may contribute now (known answers only), as a stable list. */
function useAllowedKinds(kinds: readonly string[]): string[] {
  const source = useSource();
  const key = kinds.join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the kinds are read through their key
  const getSnapshot = useCallback(
    () => kinds.filter((kind) => source.can({ type: 'contribute', kind, text: PROBE_TEXT }) === null).join('\u0000'),
    [source, key],
  );
  const allowed = useSyncExternalStore(source.subscribe, getSnapshot, getSnapshot);
  return useMemo(() => (allowed ? allowed.split('\u0000') : []), [allowed]);
}

/** One `<option>`, disabled when the viewer may not use the kind now. */
function KindOption({ kind, label }: { kind: string; label: string }): ReactNode {
  const can = useCan({ type: 'contribute', kind, text: PROBE_TEXT });
  return (
    <option value={kind} disabled={!can.allowed && !can.pending}>
      {label}
    </option>
  );
}

/** The draft with each finding's span in a `<mark>`. */
function MarkedDraft({ text, findings }: { text: string; findings: Finding[] }): ReactNode {
  return (
    <p data-part="marked-draft">
      {segmentsOf(text, findings).map((segment, i) =>
        segment.finding ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their position
          <mark key={i} data-rule={segment.finding.ruleId} data-severity={segment.finding.severity}>
            {segment.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

/**
 * A form to contribute in the current phase, with the phase's rule findings shown while typing (spans
 * marked, messages listed, a button to take the suggested rewording). The introducer's composer is
 * disabled, with the reason, while they are silent, back-turned or absent. A blocked send is reported in
 * an alert and stays in the field; a facilitator may override it.
 */
export function ContributionComposer({ kinds, labels, debounceMs, onResult, className }: ContributionComposerProps): ReactNode {
  const { view, viewer, send } = useSession();
  const text = { ...DEFAULT_LABELS, ...labels };
  const offered = kinds ?? view?.phase?.contributionKinds ?? [];
  const [kind, setKind] = useState('');
  const [draft, setDraft] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const ids = { kind: useId(), text: useId(), reason: useId(), findings: useId(), alert: useId() };
  const allowed = useAllowedKinds(offered);
  const activeKind = allowed.includes(kind) ? kind : (allowed[0] ?? offered[0] ?? '');
  const check = useContributionCheck(draft, { kind: activeKind, ...(debounceMs !== undefined ? { debounceMs } : {}) });
  const can = useCan(activeKind ? { type: 'contribute', kind: activeKind, text: PROBE_TEXT } : null);
  const phaseKey = view?.phase ? `${view.phase.id}#${view.phase.run}` : '';

  // A new phase starts with a clean slate.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on phase change only
  useEffect(() => setRefusal(null), [phaseKey]);

  const me = participantOf(viewer);
  const presence = view?.phase?.introducer ?? 'present';
  const away = me !== null && view?.introducerId === me && presence !== 'present' ? presence : null;
  const reason = away ? text.away(away) : !can.allowed && !can.pending && can.refusal ? can.refusal.message : null;
  const disabled = reason !== null || busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (disabled || draft.trim() === '') return;
    setBusy(true);
    const result = await send({ type: 'contribute', kind: activeKind, text: draft });
    setBusy(false);
    onResult?.(result);
    if (result.ok) {
      setDraft('');
      setRefusal(null);
    } else setRefusal(result);
    field.current?.focus();
  };

  const shown = check.checkedText === draft ? check.findings : [];
  return (
    <form aria-label={text.form} className={className} onSubmit={submit} data-away={away ?? undefined}>
      {offered.length > 1 ? (
        <>
          <label htmlFor={ids.kind}>{text.kind}</label>
          <select id={ids.kind} value={activeKind} onChange={(e) => setKind(e.target.value)} disabled={away !== null}>
            {offered.map((k) => (
              <KindOption key={k} kind={k} label={text.kindName(k)} />
            ))}
          </select>
        </>
      ) : null}
      <label htmlFor={ids.text}>{text.text}</label>
      <textarea
        id={ids.text}
        ref={field}
        value={draft}
        disabled={away !== null}
        aria-invalid={check.blocked ? 'true' : undefined}
        aria-describedby={[reason ? ids.reason : '', ids.findings, refusal ? ids.alert : ''].filter(Boolean).join(' ')}
        onChange={(e) => setDraft(e.target.value)}
      />
      {reason ? (
        <p id={ids.reason} data-part="reason">
          {reason}
        </p>
      ) : null}
      <section id={ids.findings} aria-label={text.findings} aria-live="polite" data-part="findings">
        {shown.length > 0 ? (
          <>
            <MarkedDraft text={draft} findings={shown} />
            <ul>
              {shown.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: findings of one draft have no ids
                <li key={i} data-rule={f.ruleId} data-severity={f.severity}>
                  {f.message}
                  {f.suggestion ? (
                    <button
                      type="button"
                      onClick={() => {
                        setDraft(f.suggestion!);
                        field.current?.focus();
                      }}
                    >
                      {text.takeSuggestion(f.suggestion)}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {refusal ? (
        <p id={ids.alert} role="alert" data-code={refusal.code}>
          {refusal.message}
        </p>
      ) : null}
      <button type="submit" aria-disabled={disabled || draft.trim() === '' ? 'true' : undefined}>
        {text.send}
      </button>
    </form>
  );
}
