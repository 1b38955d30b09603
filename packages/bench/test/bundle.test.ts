import { describe, expect, it } from 'vitest';
import { bundleBench } from '../src/bundle.bench.js';

/**
 * Bundle bytes are deterministic, so this is a size gate, not a timing assertion. The gate is a
 * ratchet at the size measured when it was set (the targets, 60 KB and 25 KB gzip, are not met
 * yet: see the bench output and docs/architecture.md); lower it as the bundle shrinks.
 */
// Lowered on 2026-11-30 from 216/104 KB: the runtime schemas moved to zod/mini (zod's share fell from 454 to
// 30 KB raw) and only English is built in (nl/de/fr packs are registered by the app from
// `@intervision/core/lang/<code>`); measured 83.6 / 58.4 KB. What remains of the SDK's own code is mostly the
// English pack (advice and sphere models, lexicons: ~61 KB raw), the rejection messages of all four
// languages (16 KB raw) and the engine. Raised the same day to 88/63 KB: several cases per session, leaving,
// joining and handing over (#13) added 3.8 KB gzip of engine code and refusal messages (measured 87.5 / 62.2 KB).
// Lowered to 84/59 KB when the Dutch, German and French refusal messages moved into their language packs
// (measured 82.6 / 57.3 KB). Lowered to 80/57 KiB when immer left the engine (evolve copies by hand) and the
// retrained English models shrank, while two new detectors per pack were added (measured 79,692 / 57,884 B).
const GATE = { allGzip: 80 * 1024, ownGzip: 57 * 1024 };

describe('browser bundle of createSession + one method (published build)', () => {
  it(`stays within the gate (${GATE.allGzip} B gzip with dependencies, ${GATE.ownGzip} B the SDK's own code)`, async () => {
    const result = await bundleBench();
    expect(result.allDependenciesGzip).toBeLessThanOrEqual(GATE.allGzip);
    expect(result.sdkOwnCodeGzip).toBeLessThanOrEqual(GATE.ownGzip);
  });
});
