/** Prints data diagnostics to stderr and turns them into an exit code. */
import type { Diagnostic } from '../errors.js';
import { EXIT } from './command.js';
import { write, type CliIO } from './io.js';

/** `input:start: severity code: message`, the position in bytes when marked so. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = `${d.input ?? '<input>'}:${d.unit === 'byte' ? 'byte ' : ''}${d.start}`;
  return `${place}: ${d.severity} ${d.code}: ${d.message}`;
}

/** One line per diagnostic; exit 1 if any is an error. */
export async function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIO): Promise<number> {
  for (const d of diagnostics) await write(io.stderr, formatDiagnostic(d) + '\n');
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.failure : EXIT.ok;
}
