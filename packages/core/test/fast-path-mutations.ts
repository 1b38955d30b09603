import fc from 'fast-check';

/** Values a hostile or broken client sends in place of a field (shared by the fast-path agreement tests). */
export const HOSTILE_VALUES: unknown[] = [
  '',
  ' ',
  '\u200b',
  'a\u0000b',
  'a\u0001b',
  '\ud800',
  'x\udc00',
  '😀',
  'x'.repeat(201),
  'y'.repeat(10_001),
  -1,
  0,
  1.5,
  6,
  2 ** 60,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  null,
  true,
  [],
  [{ ruleId: 'x' }],
  {},
  { phase: 'x' },
  { phase: 'x', run: 1, extra: 1 },
  { phase: 'x', run: 0 },
  'problem-definition',
  'key-question',
  'notes',
  'toString',
  '__proto__',
];

/**
 * Asserts `agrees` on 20,000 mutations of `samples`: one key set to a hostile or random value, or removed.
 * A fast parse path passes when it never accepts what zod refuses and never gives another output.
 */
export function assertAgreesUnderMutation(samples: readonly Record<string, unknown>[], keys: readonly string[], agrees: (raw: unknown) => boolean): void {
  fc.assert(
    fc.property(
      fc.constantFrom(...samples),
      fc.constantFrom(...keys),
      fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string(), fc.double(), fc.integer(), fc.constant(undefined)),
      fc.boolean(),
      (sample, key, value, remove) => {
        const copy: Record<string, unknown> = { ...sample };
        if (remove) delete copy[key];
        else copy[key] = value;
        return agrees(copy);
      },
    ),
    { numRuns: 20_000 },
  );
}
