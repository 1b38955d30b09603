import type { Finding } from '@intervision/core';

/** A piece of a text: plain, or covered by a finding's span. */
export interface TextSegment {
  /** The text of the piece. */
  text: string;
  /** The finding whose span covers it, or null. */
  finding: Finding | null;
}

/** Splits `text` by the findings' spans (overlaps go to the earlier span; spans outside the text are clamped). */
export function segmentsOf(text: string, findings: readonly Finding[]): TextSegment[] {
  const spans = findings
    .filter((f) => f.span && f.span.end > f.span.start)
    .map((f) => ({ start: Math.max(0, f.span!.start), end: Math.min(text.length, f.span!.end), finding: f }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: TextSegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) out.push({ text: text.slice(at, start), finding: null });
    out.push({ text: text.slice(start, span.end), finding: span.finding });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), finding: null });
  return out;
}
