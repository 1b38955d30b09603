import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openRegistry } from './registry.js';
import { createApi } from './routes.js';
import { serveStatic } from './static.js';

/** Options for {@link startServer}. */
export interface ServerOptions {
  /** Folder of the app: `dist/` is served from it in production, Vite runs in it in development. */
  root: string;
  /** Folder for the SQLite file `sessions.sqlite` (created if missing). */
  dataDir: string;
  /** Port on 127.0.0.1 (0: any free port). */
  port: number;
  /** Serve the built app from `dist/` (true) or run Vite's dev middleware (false). */
  prod: boolean;
}

/** A started server. */
export interface StartedServer {
  /** Its address, e.g. `http://127.0.0.1:5173`. */
  url: string;
  /** Closes event streams, stops the sessions' timers, closes the SQLite file and the listener. */
  close(): Promise<void>;
}

/** Starts the example's server: the API (sessions kept in SQLite under `dataDir`) and the app. */
export async function startServer(options: ServerOptions): Promise<StartedServer> {
  const registry = await openRegistry({ filename: join(options.dataDir, 'sessions.sqlite') });
  const api = createApi(registry);

  let frontend: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
  if (options.prod) {
    frontend = (req, res) => serveStatic(join(options.root, 'dist'), req, res);
  } else {
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({ root: options.root, server: { middlewareMode: true }, appType: 'spa' });
    frontend = (req, res) => vite.middlewares(req, res);
  }

  const server = createServer(async (req, res) => {
    if (req.url?.startsWith('/api/') && (await api.handle(req, res))) return;
    if (req.url?.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"problems":["not found"]}');
      return;
    }
    await frontend(req, res);
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      api.sessions.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await registry.close();
    },
  };
}
