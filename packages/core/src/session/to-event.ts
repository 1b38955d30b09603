import type { Command, SessionEvent } from '../engine/schemas.js';
import type { MachineEvent } from '../machine/compile.js';

/** The event a command becomes, stamped with sequence number and time (findings are added later). */
export function toEvent(command: Command, seq: number, at: number): MachineEvent {
  const meta = { seq, at, by: command.by };
  switch (command.type) {
    case 'start':
      return { type: 'started', ...meta };
    case 'propose-topic':
      return { type: 'topic-proposed', ...meta, text: command.text, findings: [] };
    case 'choose-topic':
      return { type: 'topic-chosen', ...meta, proposalId: command.proposalId };
    case 'contribute':
      return {
        type: 'contributed',
        ...meta,
        kind: command.kind,
        text: command.text,
        ...(command.replyTo !== undefined ? { replyTo: command.replyTo } : {}),
        findings: [],
      };
    case 'answer':
      return { type: 'contributed', ...meta, kind: 'answer', text: command.text, replyTo: command.questionId, findings: [] };
    case 'pass':
      return { type: 'passed', ...meta };
    case 'confirm-heard':
      return { type: 'heard-confirmed', ...meta, heard: command.heard };
    case 'choose-listener':
      return { type: 'listener-chosen', ...meta, listener: command.listener };
    case 'reveal':
      return { type: 'revealed', ...meta };
    case 'advance':
      return { type: 'phase-advanced', ...meta };
    case 'repeat':
      return { type: 'phase-repeated', ...meta, phase: command.phase ?? '' };
    case 'choose-module':
      return { type: 'module-chosen', ...meta, module: command.module };
    case 'set-output':
      return { type: 'output-set', ...meta, output: command.output, text: command.text, findings: [] };
    case 'add-action':
      return { type: 'action-added', ...meta, text: command.text, owner: command.owner ?? '', due: command.due ?? null };
    case 'report-action':
      return { type: 'action-reported', ...meta, actionId: command.actionId, status: command.status, note: command.note ?? null };
    case 'evaluate':
      return { type: 'evaluated', ...meta, rating: command.rating ?? null, text: command.text ?? null };
    case 'pause':
      return { type: 'paused', ...meta };
    case 'resume':
      return { type: 'resumed', ...meta };
    case 'extend-time':
      return { type: 'time-extended', ...meta, minutes: command.minutes };
    case 'end':
      return { type: 'ended', ...meta };
    case 'abort':
      return { type: 'aborted', ...meta, reason: command.reason ?? null };
    case 'override':
      return { type: 'overridden', ...meta, blockedId: command.blockedId };
  }
}

/** The blocked form of a contribution, topic or output event whose rules said `block`. */
export function toBlocked(event: MachineEvent): SessionEvent | undefined {
  const meta = { seq: event.seq, at: event.at, by: 'by' in event ? event.by : '' };
  switch (event.type) {
    case 'contributed':
      return {
        type: 'contribution-blocked',
        ...meta,
        command: { type: 'contribute', kind: event.kind, text: event.text, ...(event.replyTo !== undefined ? { replyTo: event.replyTo } : {}) },
        findings: event.findings,
      };
    case 'topic-proposed':
      return { type: 'contribution-blocked', ...meta, command: { type: 'propose-topic', text: event.text }, findings: event.findings };
    case 'output-set':
      return { type: 'contribution-blocked', ...meta, command: { type: 'set-output', output: event.output, text: event.text }, findings: event.findings };
    default:
      return undefined;
  }
}
