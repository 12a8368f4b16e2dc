/** Prints data diagnostics to stderr and turns them into an exit code. */
import type { Diagnostic } from '../errors.js';
import { EXIT } from './command.js';
import { write, type CliIO } from './io.js';

/** One line per diagnostic, `input:start: severity code: message`; exit 1 if any is an error. */
export async function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIO): Promise<number> {
  for (const d of diagnostics) {
    const place = `${d.input ?? '<input>'}:${d.unit === 'byte' ? 'byte ' : ''}${d.start}`;
    await write(io.stderr, `${place}: ${d.severity} ${d.code}: ${d.message}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.failure : EXIT.ok;
}
