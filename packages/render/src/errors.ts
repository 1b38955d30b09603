import { IntervisionError, isIntervisionError } from '@intervision/core';

/** Codes of the errors the renderers throw. */
export type RenderErrorCode = 'invalid-render-options' | 'method-mismatch' | 'unprojected-view';

/**
 * Thrown for a programmer error when calling a renderer: an unknown `format` or `audience`, a session
 * view rendered with the definition of another method, or the unprojected server view given to
 * `renderReport` (`unprojected-view`). Recognise it with {@link isRenderError}.
 */
export class RenderError extends IntervisionError<RenderErrorCode> {}

/** Whether `error` is a {@link RenderError} (from any copy of the package), optionally with one of `codes`. */
export function isRenderError(error: unknown, ...codes: RenderErrorCode[]): error is RenderError {
  const all: RenderErrorCode[] = ['invalid-render-options', 'method-mismatch', 'unprojected-view'];
  return isIntervisionError(error, ...(codes.length > 0 ? codes : all));
}
