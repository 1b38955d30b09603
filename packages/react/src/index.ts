/**
 * `@intervision/react`: hooks and headless, accessible components over a {@link SessionSource}: an
 * in-process Session ({@link createLocalSource}), a session on a server ({@link createRemoteSource}), or a
 * plain XState actor of the compiled machine ({@link fromActor}).
 * Everything renders the viewer's projected view. Safe to import during server rendering.
 *
 * @packageDocumentation
 */

export { ActionPlanEditor, type ActionPlanEditorProps, type ActionPlanLabels } from './components/action-plan-editor.js';
export { CommandButton, type CommandButtonProps } from './components/command-button.js';
export { type ComposerLabels, ContributionComposer, type ContributionComposerProps } from './components/contribution-composer.js';
export { FacilitatorControls, type FacilitatorControlsProps, type FacilitatorLabels } from './components/facilitator-controls.js';
export { segmentsOf, type TextSegment } from './components/highlight.js';
export { nameOf } from './components/names.js';
export { PhaseStepper, type PhaseStepperProps, type StepState } from './components/phase-stepper.js';
export { RoundQueue, type RoundQueueProps } from './components/round-queue.js';
export { RovingToolbar, type RovingToolbarProps } from './components/roving-toolbar.js';
export { TurnIndicator, type TurnIndicatorLabels, type TurnIndicatorProps } from './components/turn-indicator.js';
export { type WrittenRoundLabels, WrittenRoundStatus, type WrittenRoundStatusProps } from './components/written-round-status.js';
export { SessionProvider, type SessionProviderProps, useSource } from './hooks/context.js';
export { shallowEqual } from './hooks/shallow-equal.js';
export { type CanState, useCan } from './hooks/use-can.js';
export { type ContributionCheck, type ContributionCheckOptions, useContributionCheck } from './hooks/use-contribution-check.js';
export { type PhaseTimer, usePhaseTimer } from './hooks/use-phase-timer.js';
export { type UseSessionResult, useSession } from './hooks/use-session.js';
export { useSessionSelector } from './hooks/use-session-selector.js';
export { type ActorSourceOptions, fromActor, type SessionMachineActor } from './source/actor-source.js';
export { newCommandId } from './source/command-id.js';
export { type BindOptions, bindViewer, participantOf, type ViewerHandle } from './source/local.js';
export { createLocalSource } from './source/local-source.js';
export { sourceMessage } from './source/messages.js';
export {
  type CanRequest,
  type CanResponse,
  type CheckResponse,
  type HelloMessage,
  MAX_CAN_BATCH,
  ROUTES,
  type SnapshotMessage,
  type ViewMessage,
} from './source/protocol.js';
export { createRemoteSource, type EventSourceLike, fetchSnapshot, type RemoteSourceOptions } from './source/remote.js';
export { stepsOf } from './source/steps.js';
export {
  type CheckInput,
  type CommandInput,
  type ConnectionStatus,
  type DistributiveOmit,
  type PhaseExpectation,
  type Refusal,
  type SessionSource,
  SOURCE_CODES,
  type SourceCode,
  type SourceResult,
  type StepInfo,
  type Viewer,
} from './source/types.js';
