import type { StoreFixture } from './fixtures.js';

/** One check of the store conformance suite: a name and what it does with a fresh store. */
export interface ConformanceCheck {
  /** What the check proves, as a sentence. */
  name: string;
  /** What the fixture must offer for the check to run; without it the check is skipped. */
  needs?: 'rawDump';
  /** Runs the check; rejects with a `ConformanceFailure` (or any error) when the store does not conform. */
  run(fixture: StoreFixture): Promise<void>;
}
