import { describe, expect, it } from 'vitest';
import { bundleBench } from '../src/bundle.bench.js';

/**
 * Bundle bytes are deterministic, so this is a size gate, not a timing assertion. The gate is a
 * ratchet at the size measured when it was set (the targets, 60 KB and 25 KB gzip, are not met
 * yet: see the bench output and docs/architecture.md); lower it as the bundle shrinks.
 */
const GATE = { allGzip: 208 * 1024, ownGzip: 96 * 1024 };

describe('browser bundle of createSession + one method (published build)', () => {
  it(`stays within the gate (${GATE.allGzip} B gzip with dependencies, ${GATE.ownGzip} B the SDK's own code)`, async () => {
    const result = await bundleBench();
    expect(result.allDependenciesGzip).toBeLessThanOrEqual(GATE.allGzip);
    expect(result.sdkOwnCodeGzip).toBeLessThanOrEqual(GATE.ownGzip);
  });
});
