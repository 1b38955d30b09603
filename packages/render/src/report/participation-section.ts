import { type Block, heading, type Line, muted, plain } from '../document/model.js';
import { listOf } from '../i18n/list.js';
import { ruleLabel } from '../i18n/vocabulary.js';
import type { ReportContext } from './context.js';
import { participation } from './participation.js';
import { nameOf } from './view-access.js';

/** Turns and words per participant; for the facilitator also the rule findings per participant. */
export function participationSection(ctx: ReportContext): Block[] {
  const { view, lang, t } = ctx;
  const { rows, uncounted } = participation(view);
  const facilitator = ctx.audience === 'facilitator';
  const number = new Intl.NumberFormat(ctx.reader.locale);
  const head = [t('participant'), t('turns'), t('words'), ...(facilitator ? [t('warnings'), t('blockedCount'), t('rules')] : [])];
  const table: Line[][] = rows.map((r) => {
    const cells: Line[] = [[plain(nameOf(view, r.id))], [plain(number.format(r.turns))], [plain(number.format(r.words))]];
    if (facilitator)
      cells.push(
        [plain(number.format(r.warnings))],
        [plain(number.format(r.blocks))],
        [
          plain(
            listOf(
              [...r.rules].map(([rule, n]) => t('ruleCount', { rule: ruleLabel(rule, lang), n })),
              lang,
            ),
          ),
        ],
      );
    return cells;
  });
  const blocks: Block[] = [heading(2, t('participation')), { type: 'table', head, rows: table }];
  if (uncounted > 0) blocks.push({ type: 'paragraph', content: [muted(t('anonymousExcluded', { n: uncounted }))] });
  return blocks;
}
