import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.json', 'application/json'],
]);

/** Serves the built app from `root`; unknown paths get `index.html` (the app routes on the client). */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  const inside = file.startsWith(root) && extname(file) !== '';
  try {
    const data = await readFile(inside ? file : join(root, 'index.html'));
    res.writeHead(200, { 'content-type': TYPES.get(inside ? extname(file) : '.html') ?? 'application/octet-stream' });
    res.end(data);
  } catch {
    const index = await readFile(join(root, 'index.html'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(index);
  }
}
