/** German normalisation: colloquial forms ("haste", "kannste"), "geht's", spelling without umlauts. */
const DE_MAP: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['haste', ['hast', 'du']],
  ['hasse', ['hast', 'du']],
  ['kannste', ['kannst', 'du']],
  ['willste', ['willst', 'du']],
  ['machste', ['machst', 'du']],
  ['biste', ['bist', 'du']],
  ['solltste', ['solltest', 'du']],
  ['würd', ['würde']],
  ['nen', ['einen']],
  ['solltes', ['solltest']],
  ['soltest', ['solltest']],
  ['könntes', ['könntest']],
  ['konntest', ['könntest']],
  ['ne', ['eine']],
  ['wuerde', ['würde']],
  ['wuerdest', ['würdest']],
  ['koenntest', ['könntest']],
  ['muesstest', ['müsstest']],
  ['waere', ['wäre']],
  // regional and spoken forms (Swiss, Austrian, chat) and typos of cue words
  ['nöd', ['nicht']],
  ['nid', ['nicht']],
  ['ned', ['nicht']],
  ['nich', ['nicht']],
  ['nit', ['nicht']],
  ['eifach', ['einfach']],
  ['eifacher', ['einfacher']],
  ['gscheiter', ['gescheiter']],
  ['gscheit', ['gescheit']],
  ['wär', ['wäre']],
  ['wärs', ['wäre', 'es']],
  ['redsch', ['redest', 'du']],
  ['machsch', ['machst', 'du']],
  ['fragsch', ['fragst', 'du']],
  ['sagsch', ['sagst', 'du']],
  ['chasch', ['kannst', 'du']],
  ['söttsch', ['solltest', 'du']],
  ['müste', ['müsste']],
  ['müssest', ['müsstest']],
  ['solte', ['sollte']],
  ['vllt', ['vielleicht']],
  ['vlt', ['vielleicht']],
  ['evtl', ['eventuell']],
  ['nix', ['nichts']],
]);

/** The words a German token stands for, or `undefined` when it stands for itself. */
export function normaliseDe(w: string): readonly string[] | undefined {
  const mapped = DE_MAP.get(w);
  if (mapped) return mapped;
  if (w.length > 3 && (w.endsWith("'s") || w.endsWith('’s'))) return [w.slice(0, w.length - 2), 'es'];
  return undefined;
}
