/** Size limits of streamed extraction, in UTF-16 code units of decoded text. */
export interface StreamLimits {
  /** A dump line longer than this is reported and skipped (no paragraph is a megabyte long). */
  maxLine: number;
  /** A JSON or CSV record longer than this is reported and skipped. */
  maxRecord: number;
  /** An HTML page or feed (read whole, as a DOM needs) longer than this is reported and skipped. */
  maxDocument: number;
  /** Consecutive lines or records are handed to the extractors in pieces of about this size. */
  piece: number;
}

export const DEFAULT_LIMITS: StreamLimits = {
  maxLine: 1 << 20,
  maxRecord: 8 << 20,
  maxDocument: 64 << 20,
  piece: 1 << 20,
};
