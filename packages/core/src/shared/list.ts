/** Most names {@link someOf} lists before counting the rest. */
export const LISTED_NAMES = 8;

/**
 * A short list of names for a message: the first {@link LISTED_NAMES}, quoted and cut to 60 characters
 * each, then how many more — so no message grows with the size of the input.
 */
export function someOf(names: Iterable<string>): string {
  const all = [...names];
  const shown = all.slice(0, LISTED_NAMES).map((n) => (n.length > 60 ? `${n.slice(0, 59)}…` : n));
  return all.length > LISTED_NAMES ? `${shown.join(', ')}, … and ${all.length - LISTED_NAMES} more` : shown.join(', ');
}
