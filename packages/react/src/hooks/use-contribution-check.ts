import type { Finding } from '@intervision/core';
import { useEffect, useState } from 'react';
import { useSource } from './context.js';
import { useSessionSelector } from './use-session-selector.js';

/** Options for {@link useContributionCheck}. */
export interface ContributionCheckOptions {
  /** Contribution kind (`question`, …), or `topic` / `problem-definition` / `key-question`. */
  kind: string;
  /** Wait this long after the last keystroke before checking, ms. Default 300. */
  debounceMs?: number;
}

/** What {@link useContributionCheck} returns. */
export interface ContributionCheck {
  /** Findings for the text as last checked (with spans to underline and suggested rewordings). */
  findings: Finding[];
  /** Whether a check is waiting or running for the current text. */
  checking: boolean;
  /** Whether sending now would be blocked by a rule. */
  blocked: boolean;
  /** The first suggested rewording, if any. */
  suggestion: string | null;
  /** The text the findings belong to (spans refer to it). */
  checkedText: string;
}

const phaseKey = (view: { phase: { id: string; run: number } | null }) => (view.phase ? `${view.phase.id}#${view.phase.run}` : '');

/**
 * The current phase's rule findings for a draft, while the user types: debounced, with stale answers
 * dropped, re-checked when the phase changes. Rules run where the source runs them (in process, or on
 * the server for a remote source), so the draft check and the real send always agree.
 */
export function useContributionCheck(text: string, options: ContributionCheckOptions): ContributionCheck {
  const source = useSource();
  const phase = useSessionSelector(phaseKey, '');
  const { kind, debounceMs = 300 } = options;
  const [result, setResult] = useState<{ text: string; kind: string; phase: string; findings: Finding[] }>({ text: '', kind, phase, findings: [] });

  useEffect(() => {
    if (text.trim() === '') {
      setResult({ text, kind, phase, findings: [] });
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      void source.check({ kind, text }).then((findings) => {
        if (!cancelled) setResult({ text, kind, phase, findings });
      });
    }, debounceMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [source, text, kind, phase, debounceMs]);

  const current = result.text === text && result.kind === kind && result.phase === phase;
  const findings = current || text.trim() !== '' ? result.findings : [];
  return {
    findings,
    checking: !current,
    blocked: findings.some((f) => f.severity === 'block'),
    suggestion: findings.find((f) => f.suggestion)?.suggestion ?? null,
    checkedText: result.text,
  };
}
