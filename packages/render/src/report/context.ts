import type { Lang, MethodDefinition, SessionView } from '@intervision/core';
import { pick } from '../i18n/texts.js';
import type { ReaderClock } from './dates.js';
import REPORT_TEXTS from './texts.json';

/** Who a report is for: the facilitator's copy adds rule findings per participant and stopped inputs. */
export type ReportAudience = 'facilitator' | 'participant';

/** Everything a report section needs. */
export interface ReportContext {
  /** The view being reported (as projected for the reader). */
  view: SessionView;
  /** The method the session ran. */
  method: MethodDefinition;
  /** Who reads it. */
  audience: ReportAudience;
  /** Language of labels and method texts. */
  lang: Lang;
  /** Locale and time zone for dates and numbers. */
  reader: ReaderClock;
  /** A report text in the report's language. */
  t: (key: keyof typeof REPORT_TEXTS, params?: Record<string, string | number>) => string;
}

/** Builds the context of one report. */
export function reportContext(view: SessionView, method: MethodDefinition, audience: ReportAudience, lang: Lang, reader: ReaderClock): ReportContext {
  return { view, method, audience, lang, reader, t: (key, params) => pick(REPORT_TEXTS, key, lang, params) };
}
