/**
 * Two kinds of error (see DESIGN.md):
 * - misuse of the API or bad configuration throws a {@link RasdError} with a code;
 * - a problem found in the *data* becomes a {@link Diagnostic} that travels with the result.
 */

/** Error codes thrown for misuse; each names the bad value in its message. */
export const ERROR_CODES = {
  E_OPTION: 'an option has a bad value',
  E_USAGE: 'a command was called the wrong way',
  E_ENCODING: 'an encoding name is not supported',
  E_IO: 'a file could not be read or written',
  E_DATA: 'a bundled data file is missing or malformed',
  E_NOT_STORE: 'a --db file is not a Rasd store',
  E_BUSY: 'the store is being written by another process',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error thrown for misuse or bad configuration, with a stable `.code`. */
export class RasdError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RasdError';
    this.code = code;
  }
}

/** A problem found in input data, with its place. Never thrown. */
export interface Diagnostic {
  /** Stable rule id such as `decode/invalid-bytes`. */
  code: string;
  message: string;
  /** Name of the input (a path, `<stdin>`, …) when known. */
  input?: string;
  /** Start offset; `unit` says whether it counts bytes or UTF-16 code units. */
  start: number;
  end: number;
  unit: 'byte' | 'char';
  severity: 'error' | 'warning' | 'info';
}
