/** The progress line of long runs: files, articles, MB/s — drawn only when stderr is a terminal. */
import cliProgress from 'cli-progress';
import type { CliIO } from './io.js';

export interface Progress {
  update(files: number, articles: number, bytes: number): void;
  stop(): void;
}

/** A progress bar on a TTY, nothing otherwise (logs and pipes stay clean). */
export function progress(io: CliIO, label: string): Progress {
  if (!io.isTTY) return { update() {}, stop() {} };
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
    stop: () => bar.stop(),
  };
}
