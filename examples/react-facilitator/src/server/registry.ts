import {
  builtinMethod,
  createSession,
  isLang,
  type Lang,
  type MethodDefinition,
  methodName,
  methods,
  type ParticipantInput,
  parseMethod,
  registerLanguagePack,
  restoreSession,
  type Session,
} from '@intervision/core';
import { BUILTIN_PACKS } from '@intervision/core/lang/all';
import { createSqliteStore, type SqliteSessionStore } from '@intervision/store-sqlite';

// The server hosts sessions in every built-in language: register their text-rule packs (English is always there).
registerLanguagePack(...Object.values(BUILTIN_PACKS));

/** What the setup screen lists for each built-in method. */
export interface MethodSummary {
  id: string;
  name: string;
  roles: { id: string; name: string; min: number; max: number | null }[];
}

/** What a request to create a session carries. */
export interface CreateRequest {
  /** A built-in method id… */
  methodId?: string;
  /** …or a designer's method as JSON text. */
  methodJson?: string;
  participants: ParticipantInput[];
  lang?: string;
}

/** Options for {@link openRegistry}. */
export interface RegistryOptions {
  /** Path of the SQLite file that keeps every session's log (created if missing). */
  filename: string;
  /** Told when a background task fails (a timer, a restore at start-up). Default: logged to stderr. */
  onError?: (error: unknown) => void;
}

/** The one tenant of this demo (a real platform passes its organisation id). */
const TENANT = 'default';
/** Most unfinished sessions restored at start-up (a page of the store's list is 100). */
const MAX_RESTORED = 1000;

/**
 * The sessions of this server, kept in a SQLite file. Opening it restores every unfinished session from
 * its log (so timers run again); a finished one is restored the first time someone asks for it (to
 * download its report). A restart loses nothing that was accepted.
 */
export async function openRegistry(options: RegistryOptions) {
  const store: SqliteSessionStore = createSqliteStore({ filename: options.filename });
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const runtime = { store, onError };
  // Sessions by id; a pending restore is shared so two requests never start two Sessions for one log.
  const sessions = new Map<string, Promise<Session | undefined>>();

  const restore = (id: string): Promise<Session | undefined> => {
    let pending = sessions.get(id);
    if (!pending) {
      // The store keeps the method each session pinned (a pasted one too), so restore needs no definition.
      pending = restoreSession(undefined, { store, sessionId: id, tenantId: TENANT }, runtime).catch(() => undefined);
      sessions.set(id, pending);
      void pending.then((session) => {
        if (!session) sessions.delete(id);
      });
    }
    return pending;
  };

  let cursor: string | undefined;
  for (let restored = 0; restored < MAX_RESTORED; ) {
    const page = await store.list(TENANT, { status: ['lobby', 'running', 'paused'], limit: 100, ...(cursor ? { cursor } : {}) });
    for (const item of page.items) {
      await restore(item.sessionId);
      restored++;
    }
    if (!page.nextCursor || page.items.length === 0) break;
    cursor = page.nextCursor;
  }

  const resolveMethod = (request: CreateRequest): { method: MethodDefinition } | { problems: string[] } => {
    if (request.methodJson !== undefined) {
      let config: unknown;
      try {
        config = JSON.parse(request.methodJson);
      } catch (error) {
        return { problems: [`The method is not valid JSON: ${(error as Error).message}`] };
      }
      const parsed = parseMethod(config);
      return parsed.success
        ? { method: parsed.method }
        : { problems: parsed.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(method)'}: ${i.message}`) };
    }
    const method = request.methodId ? builtinMethod(request.methodId) : undefined;
    return method ? { method } : { problems: [`Unknown method "${request.methodId ?? ''}"`] };
  };

  return {
    /** The session with this id: running here, or restored from the store; undefined when there is none. */
    get: (id: string): Promise<Session | undefined> => restore(id),

    /** How many sessions this server holds in memory. */
    get size(): number {
      return sessions.size;
    },

    listMethods(lang: Lang): MethodSummary[] {
      return Object.values(methods).map((m) => ({
        id: m.id,
        name: methodName(m, lang),
        roles: m.roles.map((r) => ({ id: r.id, name: r.name[lang] ?? r.name.en, min: r.min, max: r.max ?? null })),
      }));
    },

    async create(request: CreateRequest): Promise<{ id: string } | { problems: string[] }> {
      const resolved = resolveMethod(request);
      if ('problems' in resolved) return resolved;
      try {
        const session = await createSession(resolved.method, {
          participants: request.participants,
          lang: isLang(request.lang) ? request.lang : 'en',
          tenantId: TENANT,
          ...runtime,
        });
        sessions.set(session.id, Promise.resolve(session));
        return { id: session.id };
      } catch (error) {
        return { problems: [(error as Error).message] };
      }
    },

    /** Stops every session's timers and closes the file. */
    async close(): Promise<void> {
      for (const pending of sessions.values()) (await pending)?.stop();
      sessions.clear();
      await store.close();
    },
  };
}

/** The registry's type. */
export type Registry = Awaited<ReturnType<typeof openRegistry>>;
