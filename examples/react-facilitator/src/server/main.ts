// The example's server: the sessions live here, in a SQLite file; the browser gets projected views over
// server-sent events.
//   tsx src/server/main.ts                      development, with Vite's hot reload
//   tsx src/server/main.ts --prod               serves the built app from dist/ (what the end-to-end tests use)
//   --data-dir <folder>                          where sessions.sqlite lives (default: data/, or $INTERVISION_DATA_DIR)
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './app.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5173' },
    prod: { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: process.env.INTERVISION_DATA_DIR ?? join(root, 'data') },
  },
});
const dataDir = resolve(values['data-dir']);
mkdirSync(dataDir, { recursive: true });

const server = await startServer({ root, dataDir, port: Number(values.port), prod: values.prod });
console.log(`react-facilitator on ${server.url}/ (sessions in ${join(dataDir, 'sessions.sqlite')})`);
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
