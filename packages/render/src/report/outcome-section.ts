import { type Block, heading, muted, plain, strong } from '../document/model.js';
import type { ReportContext } from './context.js';
import { contributionLine } from './course-section.js';
import { dueDate } from './dates.js';
import { nameOf, shownId } from './view-access.js';

/** The action plan (owners, due dates in the reader's locale), the learnings (reflections) and the evaluation. */
export function outcomeSection(ctx: ReportContext): Block[] {
  const { view, t, reader } = ctx;
  const blocks: Block[] = [heading(2, t('outcome')), heading(3, t('actions'))];
  const actions = view.outputs.actions;
  blocks.push(
    actions.length > 0
      ? {
          type: 'table',
          head: [t('action'), t('owner'), t('due')],
          rows: actions.map((a) => [[plain(a.text)], [plain(nameOf(view, a.owner))], [a.due ? plain(dueDate(a.due, reader)) : muted(t('noDue'))]]),
        }
      : { type: 'paragraph', content: [muted(t('noActions'))] },
  );
  const learnings = view.contributions.filter((c) => c.kind === 'reflection');
  if (learnings.length > 0) blocks.push(heading(3, t('learnings')), { type: 'list', items: learnings.map((c) => contributionLine(ctx, c)) });
  const evaluations = view.outputs.evaluations;
  if (evaluations.length > 0) {
    const ratings = evaluations.map((e) => e.rating).filter((r): r is number => r !== null);
    blocks.push(heading(3, t('evaluation')));
    if (ratings.length > 0) {
      const average = new Intl.NumberFormat(reader.locale, { maximumFractionDigits: 1 }).format(ratings.reduce((a, b) => a + b, 0) / ratings.length);
      blocks.push({ type: 'paragraph', content: [plain(t('averageRating', { average, count: ratings.length }))] });
    }
    blocks.push({
      type: 'list',
      items: evaluations.map((e) => {
        const by = shownId(e.by);
        return [
          by === null ? { text: t('anonymous'), style: 'em' as const } : strong(nameOf(view, by)),
          ...(e.rating !== null ? [plain(' '), muted(`(${t('rating', { rating: e.rating })})`)] : []),
          ...(e.text !== null ? [plain(': '), plain(e.text)] : []),
        ];
      }),
    });
  }
  return blocks;
}
