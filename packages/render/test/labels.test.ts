import { CONTRIBUTION_KINDS, INTRODUCER_PRESENCE, OUTPUT_KINDS, PHASE_KINDS, TURN_POLICIES } from '@intervision/core';

const LANGS = ['en', 'nl', 'de'] as const;

import { describe, expect, it } from 'vitest';
import DIAGRAM_TEXTS from '../src/diagram/texts.json';
import { VOCABULARY_TABLES } from '../src/i18n/vocabulary.js';
import REPORT_TEXTS from '../src/report/texts.json';
import SCRIPT_TEXTS from '../src/script/texts.json';

/** Every keyed text table the renderers ship. */
export const ALL_TABLES: Record<string, Record<string, Record<string, string>>> = {
  ...VOCABULARY_TABLES,
  diagram: DIAGRAM_TEXTS,
  script: SCRIPT_TEXTS,
  report: REPORT_TEXTS,
};

/** The `{name}` placeholders of a text, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('label tables', () => {
  it('label the whole engine vocabulary', () => {
    const need: [string, readonly string[]][] = [
      ['kinds', CONTRIBUTION_KINDS],
      ['phaseKinds', [...PHASE_KINDS, 'choice']],
      ['outputs', OUTPUT_KINDS],
      ['statuses', ['lobby', 'running', 'paused', 'ended', 'aborted', 'completed']],
      ['presence', INTRODUCER_PRESENCE],
      ['turns', TURN_POLICIES],
      ['modes', ['block', 'warn', 'off']],
      ['rules', ['no-advice', 'open-question', 'sphere-of-influence']],
    ];
    for (const [table, keys] of need) expect(Object.keys(ALL_TABLES[table]!).sort(), table).toEqual([...keys].sort());
  });

  it('have a non-empty text in every language, with the same placeholders as the English one', () => {
    for (const [name, table] of Object.entries(ALL_TABLES))
      for (const [key, texts] of Object.entries(table)) {
        // Every report language at least (the tables shared with the core also carry French).
        expect(Object.keys(texts), `${name}.${key}`).toEqual(expect.arrayContaining([...LANGS]));
        for (const lang of LANGS) {
          expect(texts[lang]!.trim(), `${name}.${key}.${lang}`).not.toBe('');
          expect(placeholders(texts[lang]!), `${name}.${key}.${lang}`).toEqual(placeholders(texts.en!));
        }
      }
  });
});
