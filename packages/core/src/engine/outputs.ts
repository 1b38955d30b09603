import type { OutputKind } from '../method/vocabulary.js';
import type { SessionContext } from './context.js';

/** Whether the session already has an output of this kind (a topic, a key question, an action, …). */
export function hasOutput(ctx: SessionContext, output: OutputKind): boolean {
  switch (output) {
    case 'topic':
      return ctx.topic !== null;
    case 'problem-definition':
    case 'key-question':
      return ctx.outputs[output] !== undefined;
    case 'action-plan':
      return ctx.actions.length > 0;
    case 'evaluation':
      return ctx.evaluations.length > 0;
    case 'report-back':
      return ctx.carriedActions.every((a) => ctx.reports.some((r) => r.actionId === a.id));
    case 'notes':
      return ctx.contributions.some((c) => c.kind === 'note' || c.kind === 'idea');
  }
}
