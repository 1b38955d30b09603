import { type Block, type Fact, heading, muted, plain, strong } from '../document/model.js';
import { listOf } from '../i18n/list.js';
import { methodText } from '../i18n/texts.js';
import { roleLabel, statusLabel } from '../i18n/vocabulary.js';
import type { ReportContext } from './context.js';
import { dueDate, longDate, timeOfDay } from './dates.js';
import { casesOf, nameOf } from './view-access.js';

/** The session facts: method, date and time, duration, status (and why it was aborted). */
export function sessionFacts(ctx: ReportContext): Block[] {
  const { view, t, reader, lang } = ctx;
  const start = view.timeline[0]?.startedAt ?? view.createdAt;
  const end = view.timeline.at(-1)?.endedAt ?? view.updatedAt;
  const facts: Fact[] = [
    { term: t('method'), value: [plain(t('methodVersion', { name: methodText(ctx.method.name, lang), version: view.method.version }))] },
    {
      term: t('date'),
      value: [plain(longDate(start, reader)), plain(', '), plain(t('timeRange', { start: timeOfDay(start, reader), end: timeOfDay(end, reader) }))],
    },
    { term: t('duration'), value: [plain(t('minutes', { n: Math.max(0, Math.round((end - start) / 60_000)) }))] },
    { term: t('status'), value: [plain(statusLabel(view.status === 'ended' && view.completed ? 'completed' : view.status, lang))] },
  ];
  if (view.abortReason) facts.push({ term: t('abortReason'), value: [plain(view.abortReason)] });
  const blocks: Block[] = [];
  if (ctx.audience === 'facilitator') blocks.push({ type: 'paragraph', content: [muted(t('facilitatorCopy'))] });
  blocks.push(heading(2, t('session')), { type: 'facts', items: facts });
  return blocks;
}

/** Who took part, with the roles they held. */
export function participantsSection(ctx: ReportContext): Block[] {
  const { view, method, lang, t } = ctx;
  return [
    heading(2, t('participants')),
    {
      type: 'list',
      items: view.participants.map((p) => [
        strong(nameOf(view, p.id)),
        plain(' '),
        muted(
          `(${listOf(
            p.roles.map((r) => roleLabel(method, r, lang)),
            lang,
          )})`,
        ),
      ]),
    },
  ];
}

/** The facts of one case: topic and who brought it, problem definition, key question. */
function caseFacts(
  ctx: ReportContext,
  c: { topic: { text: string; by: string } | null; introducerId: string | null; problemDefinition: string | null; keyQuestion: string | null },
): Fact[] {
  const { view, t } = ctx;
  const facts: Fact[] = [];
  if (c.topic) facts.push({ term: t('topic'), value: [plain(c.topic.text)] });
  if (c.topic) facts.push({ term: t('introducer'), value: [plain(nameOf(view, c.introducerId ?? c.topic.by))] });
  if (c.problemDefinition !== null) facts.push({ term: t('problemDefinition'), value: [plain(c.problemDefinition)] });
  if (c.keyQuestion !== null) facts.push({ term: t('keyQuestion'), value: [plain(c.keyQuestion)] });
  return facts;
}

/** The heading of case `n` of several: its number and who brought it. */
export function caseHeading(ctx: ReportContext, n: number, introducerId: string | null): string {
  return introducerId === null ? ctx.t('caseNumberNoName', { n }) : ctx.t('caseNumber', { n, name: nameOf(ctx.view, introducerId) });
}

/**
 * The case — topic and who brought it, problem definition, key question — or, when the session took
 * several cases, one subsection per case; then the actions carried in.
 */
export function caseSection(ctx: ReportContext): Block[] {
  const { view, t } = ctx;
  const cases = casesOf(view);
  const blocks: Block[] = [];
  if (cases.length > 1) {
    blocks.push(heading(2, t('cases')));
    for (const c of cases) {
      const facts = caseFacts(ctx, c);
      blocks.push(heading(3, caseHeading(ctx, c.number, c.introducerId)));
      blocks.push(facts.length > 0 ? { type: 'facts', items: facts } : { type: 'paragraph', content: [plain(t('noTopic'))] });
    }
  } else {
    const facts = caseFacts(ctx, { ...view.outputs, topic: view.topic, introducerId: view.introducerId });
    blocks.push(heading(2, t('case')), facts.length > 0 ? { type: 'facts', items: facts } : { type: 'paragraph', content: [plain(t('noTopic'))] });
  }
  if (view.carriedActions.length > 0) {
    const status = { done: t('reportDone'), 'not-done': t('reportNotDone'), changed: t('reportChanged') } as const;
    blocks.push(heading(3, t('carried')), {
      type: 'table',
      head: [t('action'), t('owner'), t('due'), t('status')],
      rows: view.carriedActions.map((a) => [
        [plain(a.text)],
        [plain(nameOf(view, a.owner))],
        [plain(a.due ? dueDate(a.due, ctx.reader) : t('noDue'))],
        a.report ? [plain(status[a.report.status]), ...(a.report.note ? [plain(': '), plain(a.report.note)] : [])] : [muted(t('reportNone'))],
      ]),
    });
  }
  return blocks;
}
