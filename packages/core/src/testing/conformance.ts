import { ConformanceFailure } from './assert.js';
import type { ConformanceCheck } from './check.js';
import { appendChecks } from './checks/append.js';
import { commandChecks } from './checks/commands.js';
import { listingChecks } from './checks/listing.js';
import { privacyChecks } from './checks/privacy.js';
import { roundTripChecks } from './checks/roundtrip.js';
import { sessionChecks } from './checks/session.js';
import { subscribeChecks } from './checks/subscribe.js';
import { tenancyChecks } from './checks/tenancy.js';
import { timerChecks } from './checks/timers.js';
import type { StoreFixture } from './fixtures.js';

/** Every check of the store conformance suite, in the order they run. */
export const storeChecks: readonly ConformanceCheck[] = [
  ...appendChecks,
  ...commandChecks,
  ...tenancyChecks,
  ...listingChecks,
  ...privacyChecks,
  ...subscribeChecks,
  ...roundTripChecks,
];

/** Makes a fresh store for one check. */
export type StoreFactory = () => Promise<StoreFixture>;

/** The outcome of one check run by {@link runConformance}. */
export interface CheckResult {
  /** The check's name. */
  name: string;
  /** `passed`, `failed`, or `skipped` (the fixture lacks what the check needs). */
  outcome: 'passed' | 'failed' | 'skipped';
  /** Why it failed. */
  error?: unknown;
}

/** Runs one check on a fresh fixture and closes the fixture, whatever happens. */
async function runCheck(check: ConformanceCheck, factory: StoreFactory): Promise<void> {
  const fixture = await factory();
  try {
    if (check.needs === 'rawDump' && !fixture.rawDump)
      throw new ConformanceFailure('This check needs a raw read: give the fixture a rawDump, or pass { hasRawDump: false } to skip it.');
    await check.run(fixture);
  } finally {
    await fixture.close?.();
  }
}

/**
 * Runs the whole suite without a test framework and answers one result per check (for scripts, other
 * runners, and for proving that the suite fails a broken store).
 */
export async function runConformance(factory: StoreFactory, checks: readonly ConformanceCheck[] = storeChecks): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    if (check.needs === 'rawDump') {
      const probe = await factory();
      const has = probe.rawDump !== undefined;
      await probe.close?.();
      if (!has) {
        results.push({ name: check.name, outcome: 'skipped' });
        continue;
      }
    }
    try {
      await runCheck(check, factory);
      results.push({ name: check.name, outcome: 'passed' });
    } catch (error) {
      results.push({ name: check.name, outcome: 'failed', error });
    }
  }
  return results;
}

/** The two functions of a test framework the suite registers its checks with (vitest, jest, mocha, `node:test`). */
export interface TestRunner {
  /** Groups tests (`describe`). */
  describe: (name: string, body: () => void) => unknown;
  /** Registers one test (`it` or `test`); `it.skip` is used when a check cannot run on the fixture, if the runner has it. */
  it: ((name: string, body: () => Promise<void>, timeout?: number) => unknown) & { skip?: (name: string, body: () => Promise<void>) => unknown };
}

/**
 * Registers the conformance suite every `SessionStore` adapter must pass, one test per check, with
 * the test framework you pass (nothing here imports vitest). The factory returns a fresh store per
 * check. Checks that need a raw read fail when the fixture has no `rawDump`, unless `hasRawDump: false` skips them.
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { runStoreConformance } from '@intervision/core/testing';
 * runStoreConformance('memory', async () => ({ store: createMemoryStore() }), { describe, it });
 * ```
 */
export function runStoreConformance(name: string, factory: StoreFactory, runner: TestRunner, options: { hasRawDump?: boolean } = {}): void {
  register(`SessionStore conformance: ${name}`, storeChecks, factory, runner, options);
}

/**
 * Registers the session-level suite: a real `Session`, created with `createSession` and restored with
 * `restoreSession`, writing through the store under test — persist and restore an equal session, two
 * nodes writing at once, a repeated command id (same node, another node, a lost acknowledgement), a
 * restore naming the wrong tenant, snapshots beside later events and forged snapshots, and erasure and
 * redaction reaching live sessions, and timer expiries delivered by `deliverDueTimers` and
 * `createTimerWorker` (only the due sessions restored, once under two workers, a failing store
 * reported). Run it beside {@link runStoreConformance}; the factory is the same
 * (give `other`, a second handle on the same data, to run the two-node checks across handles).
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { runSessionStoreConformance } from '@intervision/core/testing';
 * runSessionStoreConformance('my-store', async () => ({ store: await openFreshStore(), close: dropIt }), { describe, it });
 * ```
 */
export function runSessionStoreConformance(name: string, factory: StoreFactory, runner: TestRunner): void {
  register(`Session on a store: ${name}`, [...sessionChecks, ...timerChecks], factory, runner, {});
}

/** Registers one test per check with the runner, skipping raw-read checks when the fixture has no raw read. */
function register(title: string, checks: readonly ConformanceCheck[], factory: StoreFactory, runner: TestRunner, options: { hasRawDump?: boolean }): void {
  runner.describe(title, () => {
    for (const check of checks) {
      const skip = check.needs === 'rawDump' && options.hasRawDump === false;
      if (skip && runner.it.skip) runner.it.skip(check.name, async () => {});
      else if (!skip) runner.it(check.name, () => runCheck(check, factory), 60_000);
    }
  });
}
