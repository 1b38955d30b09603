import type { ReactNode } from 'react';
import { useSession } from '../hooks/use-session.js';

/** Where a step stands. */
export type StepState = 'done' | 'current' | 'upcoming';

/** Props of {@link PhaseStepper}. */
export interface PhaseStepperProps {
  /** Accessible name of the navigation landmark. Default `Phases`. */
  label?: string;
  /** Class name of the list (the component sets no styles). */
  className?: string;
}

/**
 * The method's phases in order, the current one marked with `aria-current="step"` and every item with
 * `data-state` (`done`, `current`, `upcoming`) for styling.
 */
export function PhaseStepper({ label = 'Phases', className }: PhaseStepperProps): ReactNode {
  const { view, steps } = useSession();
  const done = new Set(view?.timeline.filter((t) => t.endedAt !== null).map((t) => t.phaseId));
  const current = view?.phase?.id ?? null;
  return (
    <nav aria-label={label}>
      <ol className={className}>
        {steps.map((step) => {
          const state: StepState = step.id === current ? 'current' : done.has(step.id) ? 'done' : 'upcoming';
          return (
            <li key={step.id} aria-current={state === 'current' ? 'step' : undefined} data-state={state} data-module={step.module ?? undefined}>
              {step.name}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
