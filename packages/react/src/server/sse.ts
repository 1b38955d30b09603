import type { ServerResponse } from 'node:http';

/** Starts a server-sent event stream on `res`. */
export function openStream(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 1000\n\n');
}

/** Writes one event (`data` as JSON on one line, which JSON.stringify guarantees). */
export function writeEvent(res: ServerResponse, event: string, data: unknown, id?: number): void {
  res.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** Writes a comment line that keeps proxies from closing an idle stream. */
export function writeHeartbeat(res: ServerResponse): void {
  res.write(': keep-alive\n\n');
}
