import type { NoticeHub } from '@intervision/core/store-kit';
import type pg from 'pg';

/** The LISTEN side of a PostgreSQL store: one dedicated connection while anyone subscribes. */
export interface Listener {
  /** Makes sure the connection is up (or being brought up); resolves once it listens. */
  ensure(): Promise<void>;
  /** Releases the connection (when no one subscribes any more). */
  stop(): Promise<void>;
  /** Releases the connection for good (the store closes): `ensure` connects no more. */
  close(): Promise<void>;
  /** How many times the connection was (re)established. */
  readonly connects: number;
}

/** Parses a notification payload (`[sessionId, version]`), or undefined for anything else. */
export function parsePayload(payload: string | undefined): { sessionId: string; version: number } | undefined {
  try {
    const value = JSON.parse(payload ?? '') as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Number.isInteger(value[1]))
      return { sessionId: value[0], version: value[1] };
  } catch {
    // Not ours: ignore.
  }
  return undefined;
}

/**
 * Listens on `channel` on a client taken from the pool and feeds the hub. When the connection drops it
 * reconnects after `reconnectMs` and catches up (reads the current version of every subscribed
 * session), so a notice missed while disconnected is still delivered.
 */
export function createListener(pool: pg.Pool, channel: string, hub: NoticeHub, catchUp: () => Promise<void>, reconnectMs: number): Listener {
  let client: pg.PoolClient | undefined;
  let connecting: Promise<void> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let closed = false;
  let connects = 0;

  const scheduleRetry = () => {
    if (stopped || !hub.active || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      listener.ensure().catch(() => undefined);
    }, reconnectMs);
    retry.unref?.();
  };
  const drop = (c: pg.PoolClient, error?: Error) => {
    if (client !== c) return;
    client = undefined;
    c.release(error ?? true);
    scheduleRetry();
  };

  const connect = async () => {
    const c = await pool.connect();
    c.on('notification', (message) => {
      if (message.channel !== channel) return;
      const notice = parsePayload(message.payload);
      if (notice) hub.publish(notice.sessionId, notice.version);
    });
    c.on('error', (error) => drop(c, error));
    c.on('end', () => drop(c));
    try {
      await c.query(`LISTEN "${channel}"`);
    } catch (error) {
      c.release(error as Error);
      throw error;
    }
    if (stopped || closed) {
      c.release(true);
      return;
    }
    client = c;
    connects++;
    await catchUp();
  };

  const listener: Listener = {
    ensure() {
      if (closed) return Promise.resolve();
      stopped = false;
      if (client) return Promise.resolve();
      connecting ??= connect()
        .catch((error: unknown) => {
          scheduleRetry();
          throw error;
        })
        .finally(() => {
          connecting = undefined;
        });
      return connecting;
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      retry = undefined;
      await connecting?.catch(() => undefined);
      // Someone subscribed again while the connection was coming up: it stays.
      if (!stopped) return;
      const c = client;
      client = undefined;
      if (c) {
        await c.query(`UNLISTEN "${channel}"`).catch(() => undefined);
        c.release();
      }
    },
    async close() {
      closed = true;
      await listener.stop();
    },
    get connects() {
      return connects;
    },
  };
  return listener;
}
