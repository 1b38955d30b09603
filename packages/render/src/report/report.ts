import type { MethodDefinition, SessionView } from '@intervision/core';
import type { Doc } from '../document/model.js';
import { type RenderFormat, writeDocument } from '../document/render.js';
import { RenderError } from '../errors.js';
import { methodText, resolveLang } from '../i18n/texts.js';
import { caseSection, participantsSection, sessionFacts } from './case-section.js';
import { type ReportAudience, reportContext } from './context.js';
import { courseSection, stoppedSection } from './course-section.js';
import type { ReaderClock } from './dates.js';
import { outcomeSection } from './outcome-section.js';
import { participationSection } from './participation-section.js';

/** What a report is made from: one viewer's projected view of a session, and the method it ran. */
export interface ReportInput {
  /**
   * The session as the reader may see it: the per-viewer projection, `session.viewFor({ participantId })`
   * for one participant's copy (the facilitator's own view for the facilitator's copy) or
   * `session.viewFor({ audience: 'report' })` for a copy to e-mail to everyone. The report shows only
   * what this view holds — hidden drafts, others' blocked texts and anonymous authors stay out of the
   * report exactly as they are out of the view. The unprojected server view (`session.getState()`) is
   * refused with `unprojected-view`.
   */
  view: SessionView;
  /** The method definition the session ran (the same id and version as `view.method`). */
  method: MethodDefinition;
}

/** Options for {@link renderReport}. */
export interface ReportOptions {
  /**
   * `facilitator` adds rule findings per participant and the inputs the rules stopped (as far as the view
   * holds them); `participant` is everyone else's copy. Default: `facilitator` for a view projected for a
   * facilitator, else `participant`.
   */
  audience?: ReportAudience;
  /** `markdown` (default) or `html` (one self-contained page with print styles). */
  format?: RenderFormat;
  /** Language of labels and method texts: `en`, `nl` or `de`; others fall back to English. Default: the session's language. */
  lang?: string;
  /** Locale for dates and numbers (`en-GB`, `nl-BE`, `de-AT`). Default: `lang`. */
  locale?: string;
  /** IANA time zone of the reader for times of day. Default `UTC`. */
  timeZone?: string;
}

/** Checks a locale and a time zone once, so a bad one is a typed error rather than a `RangeError` deep inside. */
function readerClock(locale: string, timeZone: string): ReaderClock {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    new Intl.DateTimeFormat(canonical, { timeZone });
    return { locale: canonical ?? 'en', timeZone };
  } catch (cause) {
    throw new RenderError('invalid-render-options', `not a usable locale and time zone: ${JSON.stringify(`${locale} ${timeZone}`).slice(0, 80)}`, { cause });
  }
}

/**
 * The minutes of a session, for e-mail or print: method and date, participants, the topic and who
 * brought it, problem definition and key question, the contributions phase by phase (with the phase
 * names in the report's language), the action plan with owners and due dates in the reader's locale,
 * learnings, the evaluation, and participation (turns and words per participant, leaving out
 * contributions whose author the view does not show). The facilitator's copy adds the rule findings per
 * participant and what the rules stopped. All user text is escaped: in HTML nothing can become markup,
 * and in Markdown nothing can become a link, an image, HTML or formatting.
 *
 * @example
 * ```ts
 * const html = renderReport({ view: session.viewFor({ audience: 'report' }), method: session.method }, { format: 'html', lang: 'nl', locale: 'nl-BE' });
 * ```
 */
export function renderReport(input: ReportInput, options: ReportOptions = {}): string {
  const { view, method } = input;
  const audience = options.audience ?? (view.viewer?.audience === 'facilitator' ? 'facilitator' : 'participant');
  if (audience !== 'facilitator' && audience !== 'participant')
    throw new RenderError('invalid-render-options', `audience must be 'facilitator' or 'participant', not ${JSON.stringify(String(audience)).slice(0, 40)}`);
  if (view.viewer?.audience === 'server')
    throw new RenderError(
      'unprojected-view',
      "the view is the unprojected server view (session.getState()); render the reader's projection: session.viewFor({ participantId }) or session.viewFor({ audience: 'report' })",
    );
  if (view.method.id !== method.id || view.method.version !== method.version)
    throw new RenderError(
      'method-mismatch',
      `the session ran ${view.method.id}@${view.method.version}, but the method given is ${method.id}@${method.version}`.slice(0, 300),
    );
  const lang = resolveLang(options.lang ?? view.lang);
  const ctx = reportContext(view, method, audience, lang, readerClock(options.locale ?? lang, options.timeZone ?? 'UTC'));
  const doc: Doc = {
    title: ctx.t('title', { method: methodText(method.name, lang) }),
    lang: ctx.reader.locale,
    blocks: [
      ...sessionFacts(ctx),
      ...participantsSection(ctx),
      ...caseSection(ctx),
      ...courseSection(ctx),
      ...stoppedSection(ctx),
      ...outcomeSection(ctx),
      ...participationSection(ctx),
    ],
  };
  return writeDocument(doc, options.format ?? 'markdown');
}
