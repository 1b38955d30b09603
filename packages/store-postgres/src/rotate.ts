import { eventFromRow, eventRow, openJson, sealJson, type ValueCipher } from '@intervision/core/store-kit';
import type pg from 'pg';
import { inTransaction, type Tables } from './sql.js';

/** One kind of sealed column: how to page through it and how to rewrite a row. */
interface SealedColumn {
  start: unknown[];
  select: (t: Tables) => string;
  key: (row: Record<string, string>) => unknown[];
  reseal: (row: Record<string, string>, cipher: ValueCipher) => string;
  update: (t: Tables) => string;
  value: (row: Record<string, string>) => string;
}

const COLUMNS: readonly SealedColumn[] = [
  {
    start: ['', -1],
    select: (t) => `SELECT session_id, seq::text AS seq, body FROM ${t.events} WHERE (session_id, seq) > ($1, $2::bigint) ORDER BY session_id, seq LIMIT 500`,
    key: (r) => [r.session_id, r.seq],
    value: (r) => r.body!,
    reseal: (r, c) => eventRow(r.session_id!, eventFromRow(r.session_id!, { seq: r.seq!, body: r.body! }, c), c).body,
    update: (t) => `UPDATE ${t.events} SET body = $3 WHERE session_id = $1 AND seq = $2::bigint`,
  },
  {
    start: [''],
    select: (t) => `SELECT session_id, version::text AS version, state FROM ${t.snapshots} WHERE session_id > $1 ORDER BY session_id LIMIT 500`,
    key: (r) => [r.session_id],
    value: (r) => r.state!,
    reseal: (r, c) => {
      const context = ['snapshot', r.session_id!, Number(r.version)];
      return sealJson(openJson(r.state!, context, c), context, c);
    },
    update: (t) => `UPDATE ${t.snapshots} SET state = $2 WHERE session_id = $1`,
  },
  {
    start: [''],
    select: (t) =>
      `SELECT tenant_id, method_id, version, definition, tenant_id || chr(1) || method_id || chr(1) || version AS k FROM ${t.methods}
       WHERE tenant_id || chr(1) || method_id || chr(1) || version > $1 ORDER BY k LIMIT 500`,
    key: (r) => [r.k],
    value: (r) => r.definition!,
    reseal: (r, c) => {
      const context = ['method', r.tenant_id!, r.method_id!, r.version!];
      return sealJson(openJson(r.definition!, context, c), context, c);
    },
    update: (t) => `UPDATE ${t.methods} SET definition = $2 WHERE tenant_id || chr(1) || method_id || chr(1) || version = $1`,
  },
];

/** Re-encrypts, in batches of 500 rows, every sealed value not written with the current key. */
export async function rotate(pool: pg.Pool, t: Tables, cipher: ValueCipher): Promise<number> {
  if (!cipher.encrypts) return 0;
  let rewritten = 0;
  for (const column of COLUMNS) {
    let cursor = column.start;
    for (;;) {
      const rows = (await pool.query<Record<string, string>>(column.select(t), cursor)).rows;
      if (rows.length === 0) break;
      rewritten += await inTransaction(pool, 'rotating keys', async (db) => {
        let count = 0;
        for (const row of rows) {
          if (!cipher.stale(column.value(row))) continue;
          await db.query(column.update(t), [...column.key(row), column.reseal(row, cipher)]);
          count++;
        }
        return count;
      });
      cursor = column.key(rows[rows.length - 1]!);
    }
  }
  return rewritten;
}
