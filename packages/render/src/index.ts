/**
 * `@intervision/render`: static renderers for intervision methods and sessions — a Mermaid diagram of a
 * method, a printable facilitator script, and the minutes of a session in Markdown or self-contained
 * HTML, in English, Dutch and German. Pure functions over plain data: no DOM, no I/O.
 *
 * @packageDocumentation
 */

export { type MethodDiagramOptions, renderMethodDiagram } from './diagram/method-diagram.js';
export type { RenderFormat } from './document/render.js';
export { isRenderError, RenderError, type RenderErrorCode } from './errors.js';
export type { ReportAudience } from './report/context.js';
export { type ReportInput, type ReportOptions, renderReport } from './report/report.js';
export { type FacilitatorScriptOptions, renderFacilitatorScript } from './script/facilitator-script.js';
