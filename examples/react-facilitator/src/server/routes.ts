import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLang } from '@intervision/core';
import type { Viewer } from '@intervision/react';
import { createSessionServer, type SessionServer } from '@intervision/react/server';
import { body, cookie, json } from './http.js';
import type { CreateRequest, Registry } from './registry.js';
import { sendReport } from './report.js';

/** Who the demo's sign-in cookie says this browser is in a session. A real app uses its own authentication here. */
function viewerCookie(sessionId: string): string {
  return `iv-${encodeURIComponent(sessionId)}`;
}

/** The viewer the sign-in cookie names, or null. */
function viewerOf(req: IncomingMessage, sessionId: string): Viewer | null {
  const who = cookie(req, viewerCookie(sessionId));
  if (!who) return null;
  return who === 'observer' ? { audience: 'observer' } : { participantId: who };
}

/** The example's own API (methods, sessions, sign-in, report), then the session routes of `@intervision/react/server`. */
export function createApi(registry: Registry): { handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>; sessions: SessionServer } {
  const sessions = createSessionServer({
    basePath: '/api/sessions',
    getSession: (id) => registry.get(id),
    authenticate: viewerOf,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/api/methods') {
      const lang = url.searchParams.get('lang');
      json(res, 200, registry.listMethods(isLang(lang) ? lang : 'en'));
      return true;
    }
    if (req.method === 'POST' && path === '/api/sessions') {
      const request = (await body(req)) as CreateRequest | undefined;
      if (!request || !Array.isArray(request.participants)) {
        json(res, 400, { problems: ['Send { methodId or methodJson, participants, lang }'] });
        return true;
      }
      const created = await registry.create(request);
      json(res, 'id' in created ? 201 : 400, created);
      return true;
    }
    const match = /^\/api\/sessions\/([^/]+)\/(sign-in|report)$/.exec(path);
    if (match) {
      const id = decodeURIComponent(match[1]!);
      const session = await registry.get(id);
      if (!session) {
        json(res, 404, { problems: ['No such session'] });
        return true;
      }
      if (match[2] === 'sign-in' && req.method === 'POST') {
        // A demo sign-in: pick who you are. Never do this in a real app; authenticate instead.
        const { as } = ((await body(req)) ?? {}) as { as?: string };
        const known = as === 'observer' || session.getState().participants.some((p) => p.id === as);
        if (!as || !known) {
          json(res, 400, { problems: ['Unknown participant'] });
          return true;
        }
        res.setHeader('set-cookie', `${viewerCookie(id)}=${encodeURIComponent(as)}; Path=/; SameSite=Strict; HttpOnly`);
        json(res, 200, { as });
        return true;
      }
      if (match[2] === 'report' && req.method === 'GET') {
        const viewer = viewerOf(req, id);
        if (!viewer) {
          json(res, 401, { problems: ['Sign in first'] });
          return true;
        }
        sendReport(res, session, viewer, url.searchParams.get('format'));
        return true;
      }
    }
    return sessions.handle(req, res);
  };

  return { handle, sessions };
}
