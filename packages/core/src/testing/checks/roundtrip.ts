import type { SessionEvent } from '../../engine/schemas.js';
import { expectEqual } from '../assert.js';
import type { ConformanceCheck } from '../check.js';
import { appendOptions, contributedEvent, createdEvent, uniqueId } from '../fixtures.js';

/** Control characters other than NUL (U+0001–U+001F and U+007F–U+009F). */
const CONTROLS =
  Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('') + Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i)).join('');

/** Texts every store must give back unchanged (all valid UTF-16: the core refuses lone surrogates). */
export const ROUND_TRIP_TEXTS: readonly string[] = [
  'x'.repeat(10_000),
  `${'ä🙂'.repeat(3_333)}a`,
  '🙂 👩‍👩‍👧 🇳🇱 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎 \u{10FFFD} \u{1F3FD}',
  `controls ${CONTROLS} end`,
  'line\u2028separator\u2029paragraph \uFEFF bom \uFFFE \uFFFF noncharacters \uFFFD replacement',
  'e\u0301 combining, שלום RTL \u202E override, zero\u200Bwidth',
  `quotes " ' \` backslash \\ \\u0000 literal $\` $& $' %s {{x}} <script>alert(1)</script> '; DROP TABLE events; --`,
  '   leading and trailing spaces   ',
];

/** Exact round-trips (issue point 10). */
export const roundTripChecks: ConformanceCheck[] = [
  {
    name: 'round-trips 10,000-character texts, astral characters, emoji and control characters (other than NUL) exactly',
    async run({ store }) {
      const tenant = uniqueId('t');
      const id = uniqueId('s');
      const events: SessionEvent[] = [createdEvent(id, tenant), ...ROUND_TRIP_TEXTS.map((text, i) => contributedEvent(i + 1, 'p1', text))];
      await store.append(id, events, appendOptions(tenant, -1));
      const loaded = await store.load(tenant, id);
      for (const [i, text] of ROUND_TRIP_TEXTS.entries()) {
        const got = loaded[i + 1];
        const gotText = got && 'text' in got ? got.text : undefined;
        expectEqual(gotText?.length, text.length, `the length of text ${i}`);
        expectEqual(gotText === text, true, `text ${i} comes back code unit for code unit`);
      }
      expectEqual(loaded, events, 'the whole log');
      await store.saveSnapshot(tenant, id, { version: 2, state: { texts: ROUND_TRIP_TEXTS } });
      expectEqual(await store.loadSnapshot(tenant, id), { version: 2, state: { texts: ROUND_TRIP_TEXTS } }, 'a snapshot holding the texts');
    },
  },
  {
    name: 'round-trips non-ASCII ids, names, times and optional fields exactly',
    async run({ store }) {
      const tenant = `tenant-ü-🙂-${uniqueId('t')}`;
      const id = `sessie-ø-𝔘-${uniqueId('s')}`;
      const created = createdEvent(id, tenant, 1_764_000_000_123.5);
      if (created.type === 'created') {
        created.participants = created.participants.map((p) => ({ ...p, name: `${p.name} Ünïcødé 🙂 \u0007` }));
        created.carriedActions = [{ id: 'a1', text: 'carry 🙂', owner: 'p1', due: '2026-12-01', sessionId: 'earlier' }];
      }
      const events: SessionEvent[] = [
        created,
        {
          type: 'contributed',
          seq: 1,
          at: 2 ** 52,
          by: 'p1',
          kind: 'question',
          text: 'reply?',
          replyTo: 'c-0',
          findings: [{ ruleId: 'r', severity: 'warn', messageKey: 'k', message: 'm', span: { start: 0, end: 3 }, suggestion: 's', confidence: 0.25 }],
          commandId: 'cmd-ü',
        },
        { type: 'evaluated', seq: 2, at: 3, by: 'p1', rating: null, text: null },
        { type: 'timer-expired', seq: 3, at: 4, phase: 'ph-1', run: 2 },
      ];
      await store.append(id, events, appendOptions(tenant, -1));
      expectEqual(await store.load(tenant, id), events, 'the log');
      expectEqual(
        (await store.list(tenant)).items.map((s) => [s.sessionId, s.tenantId, s.createdAt]),
        [[id, tenant, 1_764_000_000_123.5]],
        'the listed session',
      );
    },
  },
];
