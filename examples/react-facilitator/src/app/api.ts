/** A built-in method as the server lists it. */
export interface MethodSummary {
  id: string;
  name: string;
  roles: { id: string; name: string; min: number; max: number | null }[];
}

/** A participant on the setup screen. */
export interface ParticipantDraft {
  id: string;
  name: string;
  role: string;
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { 'content-type': 'application/json' } });
  const body = (await response.json()) as T & { problems?: string[] };
  if (!response.ok) throw new Error((body.problems ?? [`${response.status}`]).join('\n'));
  return body;
}

/** The built-in methods. */
export const listMethods = () => call<MethodSummary[]>('/api/methods');

/** Creates a session; resolves to its id. */
export const createSession = (request: { methodId?: string; methodJson?: string; participants: ParticipantDraft[]; lang: string }) =>
  call<{ id: string }>('/api/sessions', { method: 'POST', body: JSON.stringify(request) }).then((r) => r.id);

/** The demo sign-in: this browser acts as `as` in the session. */
export const signIn = (sessionId: string, as: string) =>
  call<{ as: string }>(`/api/sessions/${encodeURIComponent(sessionId)}/sign-in`, { method: 'POST', body: JSON.stringify({ as }) });
