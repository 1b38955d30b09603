/** Dates and times in the reader's locale and time zone, with one cache of formatters per setting. */

/** Where and how the reader reads dates. */
export interface ReaderClock {
  /** BCP 47 locale, e.g. `nl-BE`. */
  locale: string;
  /** IANA time zone, e.g. `Europe/Amsterdam`. */
  timeZone: string;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(reader: ReaderClock, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${reader.locale}|${reader.timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(reader.locale, { ...options, timeZone: options.timeZone ?? reader.timeZone });
    cache.set(key, f);
  }
  return f;
}

/** A moment (epoch ms) as a long date. */
export const longDate = (at: number, reader: ReaderClock) => formatter(reader, { dateStyle: 'long' }).format(at);

/** A moment (epoch ms) as a time of day. */
export const timeOfDay = (at: number, reader: ReaderClock) => formatter(reader, { timeStyle: 'short' }).format(at);

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A due date as the reader writes dates: a calendar date (`2026-03-01`) stays that day in every time
 * zone; a date-time is shown in the reader's zone. Anything unparseable is returned as it is (as text).
 */
export function dueDate(due: string, reader: ReaderClock): string {
  const day = DATE_ONLY.exec(due);
  if (day) {
    const at = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return Number.isNaN(at) ? due : formatter(reader, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
  }
  const at = Date.parse(due);
  return Number.isNaN(at) ? due : formatter(reader, { dateStyle: 'long', timeStyle: 'short' }).format(at);
}
