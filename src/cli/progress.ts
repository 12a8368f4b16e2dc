/** The progress line of long runs: files, articles, MB/s — drawn only when stderr is a terminal. */
import cliProgress from 'cli-progress';
import { write, type CliIO } from './io.js';

export interface Progress {
  update(files: number, articles: number, bytes: number): void;
  /** Writes a line of its own above the bar (a diagnostic), which is drawn again on the next update. */
  log(line: string): Promise<void>;
  stop(): void;
}

/** A progress bar on a TTY, nothing otherwise (logs and pipes stay clean). */
export function progress(io: CliIO, label: string): Progress {
  if (!io.isTTY) return { update() {}, log: (line) => write(io.stderr, line + '\n'), stop() {} };
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    { format: `${label} {files} files · {articles} articles · {mb} MB · {rate} MB/s`, stream: io.stderr as NodeJS.WritableStream, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { files: 0, articles: 0, mb: '0.0', rate: '0.0' });
  return {
    update(files, articles, bytes) {
      const s = Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(0, { files, articles, mb: (bytes / 1e6).toFixed(1), rate: (bytes / 1e6 / s).toFixed(1) });
    },
    log: (line) => write(io.stderr, `\r\x1b[2K${line}\n`),
    stop: () => bar.stop(),
  };
}
