import type { ServerResponse } from 'node:http';
import type { Session } from '@intervision/core';
import type { Viewer } from '@intervision/react';
import { renderReport } from '@intervision/render';
import { json } from './http.js';

/** The formats the report download offers (`?format=`), with the response type and file extension of each. */
const FORMATS = new Map([
  ['html', { format: 'html', type: 'text/html; charset=utf-8', ext: 'html' }],
  ['markdown', { format: 'markdown', type: 'text/markdown; charset=utf-8', ext: 'md' }],
] as const);

/**
 * Answers the minutes of a session as the signed-in viewer may read them: rendered with `renderReport`
 * from the view projected for that viewer (a participant's own view; an observer gets the `report`
 * audience's copy), never from the raw state. The facilitator's copy adds the rule findings. `format` is
 * `html` (the default) or `markdown`.
 */
export function sendReport(res: ServerResponse, session: Session, viewer: Viewer, format: string | null): void {
  const chosen = FORMATS.get((format ?? 'html') as 'html' | 'markdown');
  if (!chosen) {
    json(res, 400, { problems: ['format must be html or markdown'] });
    return;
  }
  const view = session.viewFor('participantId' in viewer ? viewer : { audience: 'report' });
  // The audience follows the view: the facilitator's own view gives the facilitator's copy.
  const report = renderReport({ view, method: session.method }, { format: chosen.format });
  // Session ids are UUIDs here; anything else is left out of the file name.
  const name = `intervision-${session.id.replace(/[^A-Za-z0-9-]/g, '').slice(0, 64)}.${chosen.ext}`;
  res.writeHead(200, {
    'content-type': chosen.type,
    'content-disposition': `attachment; filename="${name}"`,
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(report);
}
