/** A half-open character range `[start, end)` in a text, for underlining in a UI. */
export interface Span {
  /** Index of the first character. */
  start: number;
  /** Index one past the last character. */
  end: number;
}

/** A finding as a rule reports it, before the engine stamps the mode-derived severity on it. */
export interface RuleHit {
  /** Stable key of the message, e.g. `no-advice.modal-suggestion`. */
  messageKey: string;
  /** Human message in the language the rule was asked for. */
  message: string;
  /** Where in the text the problem is. */
  span?: Span;
  /** A rewording the UI can offer, in the same language. */
  suggestion?: string;
  /** How sure the rule is, 0..1. */
  confidence?: number;
}
