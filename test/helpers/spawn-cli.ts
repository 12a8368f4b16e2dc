/** Runs the CLI from the TypeScript sources as a process of its own: for signals, and several at once. */
import { spawn, type ChildProcess } from 'node:child_process';

const MAIN = new URL('../../src/cli/main.ts', import.meta.url).href;
const SCRIPT = `import { main } from ${JSON.stringify(MAIN)}; process.exitCode = await main(process.argv.slice(1));`;

export interface Spawned {
  child: ChildProcess;
  /** Resolves when the process ends, with its exit code (or the signal that ended it) and its output. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** `rasd ...argv` in a new process; `stdin` (if given) is written and the pipe left open unless `end`. */
export function spawnCli(argv: string[], o: { stdin?: string; end?: boolean; env?: NodeJS.ProcessEnv } = {}): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, ...argv], { env: { ...process.env, ...o.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  // A command that ends (or is stopped) before reading all of its input closes the pipe: not an error here.
  child.stdin!.on('error', () => {});
  if (o.stdin !== undefined) child.stdin!.write(o.stdin);
  if (o.end !== false) child.stdin!.end();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Resolves once the output so far matches `pattern` (a command's own word that it is ready). */
export async function outputMatches(run: Spawned, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  let seen = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms: ${seen}`)), timeoutMs);
    const check = (c: Buffer): void => {
      seen += c.toString('utf8');
      if (!pattern.test(seen)) return;
      clearTimeout(timer);
      run.child.stderr!.off('data', check);
      resolve();
    };
    run.child.stderr!.on('data', check);
  });
}
