import { describe, expect, it } from 'vitest';
import { bundleBench } from '../src/bundle.bench.js';

/**
 * Bundle bytes are deterministic, so this is a size gate, not a timing assertion. The gate is a
 * ratchet at the size measured when it was set (the targets, 60 KB and 25 KB gzip, are not met
 * yet: see the bench output and docs/architecture.md); lower it as the bundle shrinks.
 */
// Raised on 2026-11-30 from 208/96 KB: the second-round text detectors, French labels, strict anonymity, the
// fast event path and the opt-in/module/quota features added ~5 KB gzip of the SDK's own code (measured
// 210.7 / 101.4–102.6 KB). The cause of the distance to the targets is unchanged: all four language packs
// with their model weights (~97 KB raw) come in through the default rule registry.
const GATE = { allGzip: 216 * 1024, ownGzip: 104 * 1024 };

describe('browser bundle of createSession + one method (published build)', () => {
  it(`stays within the gate (${GATE.allGzip} B gzip with dependencies, ${GATE.ownGzip} B the SDK's own code)`, async () => {
    const result = await bundleBench();
    expect(result.allDependenciesGzip).toBeLessThanOrEqual(GATE.allGzip);
    expect(result.sdkOwnCodeGzip).toBeLessThanOrEqual(GATE.ownGzip);
  });
});
