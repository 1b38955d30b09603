import {
  builtinMethod,
  createMemoryStore,
  createSession,
  isLang,
  type Lang,
  type MethodDefinition,
  methodName,
  methods,
  type ParticipantInput,
  parseMethod,
  type Session,
} from '@intervision/core';

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

/** Sessions of this dev server, in memory (the SQLite store replaces the memory store in production). */
export function createRegistry() {
  const sessions = new Map<string, Session>();
  const store = createMemoryStore();

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
    get: (id: string) => sessions.get(id),

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
          store,
        });
        sessions.set(session.id, session);
        return { id: session.id };
      } catch (error) {
        return { problems: [(error as Error).message] };
      }
    },

    close() {
      for (const session of sessions.values()) session.stop();
    },
  };
}

/** The registry's type. */
export type Registry = ReturnType<typeof createRegistry>;
