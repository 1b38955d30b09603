import type { Lang } from '@intervision/core';

const formats = new Map<string, Intl.ListFormat>();

/** Joins names as the language does (“A, B and C”, “A, B en C”, “A, B und C”). */
export function listOf(items: readonly string[], lang: Lang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${lang}:${type}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.ListFormat(lang, { style: 'long', type });
    formats.set(key, format);
  }
  return format.format(items);
}
