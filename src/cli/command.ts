/** The shape of one CLI subcommand: its options, its help text and what it runs. */
import type { ParseArgsConfig } from 'node:util';
import type { CliIO } from './io.js';

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage and options, shown by `rasd help NAME` and `rasd NAME --help`. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Runs the command; resolves to the exit code (0 ok, 1 failure, 2 usage). */
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CliIO): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
