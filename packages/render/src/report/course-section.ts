import type { ContributionView } from '@intervision/core';
import { type Block, heading, type Line, muted, plain, strong } from '../document/model.js';
import { kindLabel } from '../i18n/vocabulary.js';
import { moduleName, phaseName } from '../method/outline.js';
import type { ReportContext } from './context.js';
import { timeOfDay } from './dates.js';
import { authorOf, modulesByPhase, nameOf, shownId, textOf } from './view-access.js';

/** A contribution as a line: author (or “Anonymous”), kind, text (or that it is still hidden). */
export function contributionLine(ctx: ReportContext, c: ContributionView): Line {
  const { view, method, lang, t } = ctx;
  const by = authorOf(c);
  const text = textOf(c);
  const line: Line = [
    by === null ? { text: t('anonymous'), style: 'em' } : strong(nameOf(view, by)),
    plain(' '),
    muted(`(${kindLabel(method, c.kind, lang)})`),
    plain(': '),
    text === null ? { text: t('hiddenText'), style: 'em' } : plain(text),
  ];
  return c.overriddenBy ? [...line, plain(' '), muted(`(${t('overridden')})`)] : line;
}

/** Every phase run in the order it happened, with its time and what was said in it. */
export function courseSection(ctx: ReportContext): Block[] {
  const { view, method, lang, t, reader } = ctx;
  const blocks: Block[] = [heading(2, t('course'))];
  const runKey = (phaseId: string, run: number) => `${run}#${phaseId}`;
  const said = new Map<string, ContributionView[]>();
  for (const c of view.contributions) {
    const key = runKey(c.phaseId, c.run);
    said.set(key, [...(said.get(key) ?? []), c]);
  }
  const modules = modulesByPhase(view);
  for (const entry of view.timeline) {
    const name = phaseName(method, entry.phaseId, lang);
    blocks.push(heading(3, entry.run > 1 ? t('round', { phase: name, run: entry.run }) : name));
    const when = [timeOfDay(entry.startedAt, reader), entry.endedAt === null ? '' : timeOfDay(entry.endedAt, reader)];
    const meta = [t('timeRange', { start: when[0]!, end: when[1]! })];
    if (entry.endedAt !== null) meta.push(t('minutes', { n: Math.round((entry.endedAt - entry.startedAt) / 60_000) }));
    if (entry.expired) meta.push(t('expired'));
    const chosen = modules.get(entry.phaseId);
    if (chosen) meta.push(t('inModule', { module: moduleName(method, chosen, lang) }));
    blocks.push({ type: 'paragraph', content: [muted(meta.join(' · '))] });
    const items = (said.get(runKey(entry.phaseId, entry.run)) ?? []).map((c) => contributionLine(ctx, c));
    blocks.push(items.length > 0 ? { type: 'list', items } : { type: 'paragraph', content: [muted(t('nothingSaid'))] });
  }
  return blocks;
}

/** For the facilitator: inputs the rules stopped that nobody let through, with why. */
export function stoppedSection(ctx: ReportContext): Block[] {
  const { view, method, lang, t } = ctx;
  if (ctx.audience !== 'facilitator' || view.blocked.length === 0) return [];
  return [
    heading(3, t('stopped')),
    {
      type: 'list',
      items: view.blocked.map((b) => {
        const by = shownId(b.by);
        return [
          strong(t('stoppedItem', { name: by === null ? t('anonymous') : nameOf(view, by), phase: phaseName(method, b.phaseId, lang) })),
          plain(': '),
          plain(b.command.text),
          ...b.findings.flatMap((f) => [plain(' '), muted(`— ${f.message}`)]),
        ];
      }),
    },
  ];
}
