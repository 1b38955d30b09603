import type { IncomingMessage } from 'node:http';

/** A request body that is too large or not JSON. */
export class BodyError extends Error {
  /** HTTP status to answer. */
  readonly status: number;
  /** @param status HTTP status to answer. @param message What was wrong. */
  constructor(status: number, message: string) {
    super(message);
    this.name = 'BodyError';
    this.status = status;
  }
}

/** Reads a JSON body of at most `maxBytes`; throws {@link BodyError} (413 or 400) otherwise. */
export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw new BodyError(413, `body is larger than ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BodyError(400, 'body is not JSON');
  }
}
