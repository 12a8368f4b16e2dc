/** Size limits of streamed extraction, in UTF-16 code units of decoded text, and its time budget. */
export interface StreamLimits {
  /** A dump line longer than this is reported and skipped (no paragraph is a megabyte long). */
  maxLine: number;
  /** A JSON or CSV record longer than this is reported and skipped. */
  maxRecord: number;
  /** An HTML page or feed (read whole, as a DOM needs) longer than this is reported and skipped. */
  maxDocument: number;
  /** Consecutive lines or records are handed to the extractors in pieces of about this size. */
  piece: number;
  /**
   * Milliseconds extracting one record (a dump article, a JSON or CSV record, a page, a feed) may
   * take, plus {@link budgetPerMillion} per million characters of it; past that it is stopped and
   * reported (`extract/time-budget`), the records around it kept (stream/budget.ts). 0: no budget.
   */
  budget: number;
  /** Milliseconds added to {@link budget} per million characters. */
  budgetPerMillion: number;
}

export const DEFAULT_LIMITS: StreamLimits = {
  maxLine: 1 << 20,
  maxRecord: 8 << 20,
  maxDocument: 64 << 20,
  piece: 1 << 20,
  // Extraction reads 1 to 10 million characters a second; the first record also loads the tables.
  budget: 10_000,
  budgetPerMillion: 10_000,
};
