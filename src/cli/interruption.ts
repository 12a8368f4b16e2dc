/** Stopping a long run by signal: the first one asks it to stop cleanly, a second one ends it at once. */
import { write, type CliIO } from './io.js';

/**
 * Ctrl-C (SIGINT) or SIGTERM stops the run gracefully: what is analysed is stored and indexed,
 * then the command exits with 130 or 143. A second signal stops at once (the next writer indexes
 * what was stored).
 */
export function interruption(io: CliIO): { signal: AbortSignal; readonly name: string; code(): number; dispose(): void } {
  const controller = new AbortController();
  let name: NodeJS.Signals | null = null;
  const on = (sig: NodeJS.Signals): void => {
    if (name) {
      process.stderr.write(`\nrasd ingest: ${sig} again: stopping at once; the next ingest or open indexes what was stored\n`);
      process.exit(sig === 'SIGTERM' ? 143 : 130);
    }
    name = sig;
    void write(io.stderr, `\nrasd ingest: ${sig}: stopping; storing and indexing what is analysed (${sig === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM'} again stops at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return {
    signal: controller.signal,
    get name() {
      return name ?? 'signal';
    },
    code: () => (name === 'SIGTERM' ? 143 : 130),
    dispose() {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    },
  };
}
