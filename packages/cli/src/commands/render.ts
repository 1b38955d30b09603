import type { MethodDefinition } from '@intervision/core';
import { requireMethod } from '../files/load.js';
import { EXIT, type Io } from '../io.js';

/** The two renderers of `@intervision/render` the CLI wraps. */
interface Renderers {
  renderMethodDiagram(method: MethodDefinition, options?: { lang?: string; direction?: 'TB' | 'LR'; times?: boolean }): string;
  renderFacilitatorScript(method: MethodDefinition, options?: { lang?: string; format?: 'markdown' | 'html' }): string;
}

/** The package name, in a variable so bundlers leave the import to run time. */
const RENDER_PACKAGE = '@intervision/render';

/** Loads `@intervision/render`, or `undefined` when it is not installed. */
async function renderers(): Promise<Renderers | undefined> {
  try {
    return (await import(RENDER_PACKAGE)) as Renderers;
  } catch {
    return undefined;
  }
}

async function withMethod(io: Io, target: string, render: (r: Renderers, method: MethodDefinition) => string): Promise<number> {
  const method = requireMethod(io, target);
  if (!method) return EXIT.problems;
  const r = await renderers();
  if (!r) {
    io.err(io.c.red(`this command needs ${RENDER_PACKAGE}: npm install ${RENDER_PACKAGE}`));
    return EXIT.usage;
  }
  io.out(render(r, method));
  return EXIT.ok;
}

/** `intervision diagram <file|id>`: the method as a Mermaid flowchart (via `renderMethodDiagram`). */
export function diagram(io: Io, target: string, options: { lang: string; direction: 'TB' | 'LR' }): Promise<number> {
  return withMethod(io, target, (r, method) => r.renderMethodDiagram(method, { lang: options.lang, direction: options.direction }));
}

/** `intervision script <file|id> --lang nl`: a printable facilitator script (via `renderFacilitatorScript`). */
export function script(io: Io, target: string, options: { lang: string; format: 'markdown' | 'html' }): Promise<number> {
  return withMethod(io, target, (r, method) => r.renderFacilitatorScript(method, { lang: options.lang, format: options.format }));
}
