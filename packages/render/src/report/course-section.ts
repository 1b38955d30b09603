import { type ContributionView, isChoice, type MethodDefinition } from '@intervision/core';
import { type Block, heading, type Line, muted, plain, strong } from '../document/model.js';
import { kindLabel } from '../i18n/vocabulary.js';
import { moduleName, phaseName } from '../method/outline.js';
import { caseHeading } from './case-section.js';
import type { ReportContext } from './context.js';
import { timeOfDay } from './dates.js';
import { authorOf, caseOfEntry, casesOf, modulesByPhase, nameOf, shownId, textOf } from './view-access.js';

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
  // With several cases, each case's phases follow a heading of their own, and rounds count within a case.
  const cases = casesOf(view);
  const perCase = cases.length > 1 ? casePhaseIds(method) : null;
  const runsInCase = new Map<string, number>();
  let shownCase = -1;
  view.timeline.forEach((entry, index) => {
    const name = phaseName(method, entry.phaseId, lang);
    const inCase = perCase?.has(entry.phaseId) === true;
    const caseIndex = caseOfEntry(view, index);
    if (inCase && caseIndex !== shownCase) {
      shownCase = caseIndex;
      const c = cases[caseIndex]!;
      blocks.push(heading(3, caseHeading(ctx, c.number, c.introducerId)));
    }
    const runKeyInCase = `${caseIndex}#${entry.phaseId}`;
    const run = inCase ? (runsInCase.get(runKeyInCase) ?? 0) + 1 : entry.run;
    if (inCase) runsInCase.set(runKeyInCase, run);
    blocks.push(heading(inCase ? 4 : 3, run > 1 ? t('round', { phase: name, run }) : name));
    const when = [timeOfDay(entry.startedAt, reader), entry.endedAt === null ? '' : timeOfDay(entry.endedAt, reader)];
    const meta = [t('timeRange', { start: when[0]!, end: when[1]! })];
    if (entry.endedAt !== null) meta.push(t('minutes', { n: Math.round((entry.endedAt - entry.startedAt) / 60_000) }));
    if (entry.expired) meta.push(t('expired'));
    const chosen = modules.get(entry.phaseId);
    if (chosen) meta.push(t('inModule', { module: moduleName(method, chosen, lang) }));
    blocks.push({ type: 'paragraph', content: [muted(meta.join(' · '))] });
    const items = (said.get(runKey(entry.phaseId, entry.run)) ?? []).map((c) => contributionLine(ctx, c));
    blocks.push(items.length > 0 ? { type: 'list', items } : { type: 'paragraph', content: [muted(t('nothingSaid'))] });
  });
  return blocks;
}

/** The phases a method's rotation runs once per case (`first` to `last`, with the modules of choice phases among them). */
function casePhaseIds(method: MethodDefinition): ReadonlySet<string> {
  const rotation = method.rotation;
  const out = new Set<string>();
  if (!rotation) return out;
  const first = method.phases.findIndex((p) => p.id === rotation.first);
  const last = method.phases.findIndex((p) => p.id === rotation.last);
  for (const phase of method.phases.slice(first, last + 1)) {
    out.add(phase.id);
    if (isChoice(phase)) for (const mod of phase.modules) for (const sub of mod.phases) out.add(sub.id);
  }
  return out;
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
