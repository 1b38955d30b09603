// The example's server: the sessions live here; the browser gets projected views over server-sent events.
//   tsx src/server/main.ts            development, with Vite's hot reload
//   tsx src/server/main.ts --prod     serves the built app from dist/ (what the end-to-end tests use)
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRegistry } from './registry.js';
import { createApi } from './routes.js';
import { serveStatic } from './static.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '5173' }, prod: { type: 'boolean', default: false } } });
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const registry = createRegistry();
const api = createApi(registry);

let frontend: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void | Promise<void>;
if (values.prod) {
  frontend = (req, res) => serveStatic(join(root, 'dist'), req, res);
} else {
  const { createServer: createVite } = await import('vite');
  const vite = await createVite({ root, server: { middlewareMode: true }, appType: 'spa' });
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

const port = Number(values.port);
server.listen(port, '127.0.0.1', () => console.log(`react-facilitator on http://127.0.0.1:${port}/`));
const stop = () => {
  api.sessions.close();
  registry.close();
  server.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
