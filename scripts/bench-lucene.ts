// npm run bench:lucene [-- --mb N --rounds N]
// Wall time of `rasd analyze FILE` against Lucene's ArabicAnalyzer (scripts/lucene/AnalyzeLines.java), each
// run as a whole process (start-up included) on the same file of SaudiNewsNet lines, interleaved, after one
// warm-up round that is not counted. Both print one line of space-separated terms per input line; the
// output is piped back here and counted (bytes, lines), so it is really produced. Then the same on the
// input's first line alone: the start-up.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSaudiNewsNet, requireSaudiNewsNetZips } from './lib/saudinewsnet.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RASD_BIN = join(ROOT, 'bin/rasd.js');
const JAVA_SRC = join(ROOT, 'scripts/lucene/AnalyzeLines.java');
const JAR_DIR = '/usr/share/java';
const APT = 'apt-get install -y liblucene8-java default-jdk-headless';
const MB = 1e6;

const { values } = parseArgs({ options: { mb: { type: 'string', default: '14' }, rounds: { type: 'string', default: '5' } } });
const targetMb = Number(values.mb);
const rounds = Number(values.rounds);
if (!(targetMb > 0) || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: bench-lucene.ts [--mb N (> 0)] [--rounds N (integer >= 1)]');
  process.exit(2);
}

// --- the tools ---------------------------------------------------------------------------------------------
/** lucene-core and lucene-analyzers-common of the same Lucene 8 version, from Debian's liblucene8-java. */
function luceneJars(): { version: string; core: string; analyzers: string } | null {
  const files = existsSync(JAR_DIR) ? readdirSync(JAR_DIR) : [];
  const versions = files.map((f) => /^lucene-core-(8\.[\d.]+)\.jar$/.exec(f)?.[1]).filter((v): v is string => !!v).sort();
  for (const version of versions.reverse()) {
    const analyzers = `lucene-analyzers-common-${version}.jar`;
    if (files.includes(analyzers)) return { version, core: join(JAR_DIR, `lucene-core-${version}.jar`), analyzers: join(JAR_DIR, analyzers) };
  }
  return null;
}
const hasCommand = (cmd: string): boolean => !spawnSync(cmd, ['-version'], { stdio: 'ignore' }).error;

const jars = luceneJars();
const missing = [!jars && `Lucene 8 jars (lucene-core-8.*.jar, lucene-analyzers-common-8.*.jar in ${JAR_DIR})`, !hasCommand('javac') && 'javac', !hasCommand('java') && 'java'].filter(Boolean);
if (missing.length || !jars) {
  console.error(`bench:lucene: missing ${missing.join(', ')}. Install with:\n  ${APT}`);
  process.exit(1);
}
if (!existsSync(join(ROOT, 'dist/cli/main.js'))) {
  console.error('bench:lucene: dist/ is missing; run `npm run build` (npm run bench:lucene does)');
  process.exit(1);
}

// --- the input ---------------------------------------------------------------------------------------------
const zips = requireSaudiNewsNetZips('bench:lucene');

const work = mkdtempSync(join(tmpdir(), 'rasd-bench-lucene-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const inputPath = join(work, 'input.txt');

/**
 * Title and content lines of the articles, zips in name (date) order and articles in file order, until the file
 * holds targetMb MB. Lines split on \r\n, \r and \n alike (Java's readLine splits a lone \r, rasd does not) and
 * blank lines are left out, so both tools see the same lines.
 */
async function writeInput(): Promise<{ bytes: number; lines: number; articles: number; zipsRead: number }> {
  const target = targetMb * MB;
  const out = createWriteStream(inputPath);
  let bytes = 0;
  let lines = 0;
  let articles = 0;
  let zipsRead = 0;
  fill: for (const zip of zips) {
    zipsRead++;
    for (const a of await loadSaudiNewsNet([zip])) {
      articles++;
      for (const raw of `${a.title ?? ''}\n${a.content ?? ''}`.split(/\r\n|\r|\n/)) {
        if (!raw.trim()) continue;
        const line = raw + '\n';
        out.write(line);
        bytes += Buffer.byteLength(line);
        lines++;
        if (bytes >= target) break fill;
      }
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { bytes, lines, articles, zipsRead };
}
const input = await writeInput();
if (input.bytes < targetMb * MB) console.log(`note: the SaudiNewsNet zips hold only ${(input.bytes / MB).toFixed(2)} MB of lines; using all of it`);

const classes = join(work, 'classes');
const cp = `${jars.core}:${jars.analyzers}`;
const javac = spawnSync('javac', ['-encoding', 'UTF-8', '-cp', cp, '-d', classes, JAVA_SRC], { encoding: 'utf8' });
if (javac.status !== 0) {
  console.error(`bench:lucene: javac failed on ${JAVA_SRC}:\n${javac.stderr}`);
  process.exit(1);
}

// --- the runs ----------------------------------------------------------------------------------------------
interface Tool {
  name: string;
  cmd: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}
/**
 * NODE_EXTRA_CA_CERTS makes every Node process parse that file of certificates before any of its code
 * runs: on a machine that sets it for its proxy, 50-60 ms of each start. When it is set, both tools are
 * run again without it (a machine that does not set it), and both sets of figures are printed.
 */
const CERTS = 'NODE_EXTRA_CA_CERTS';
const cleanEnv: NodeJS.ProcessEnv = { ...process.env };
delete cleanEnv[CERTS];
const envs: Array<{ mark: string; env: NodeJS.ProcessEnv }> = [{ mark: '', env: process.env }];
if (process.env[CERTS]) envs.push({ mark: '*', env: cleanEnv });
const toolsFor = (path: string): Tool[] =>
  envs.flatMap(({ mark, env }) => [
    { name: `rasd${mark}`, cmd: process.execPath, args: [RASD_BIN, 'analyze', path], env },
    { name: `lucene${mark}`, cmd: 'java', args: ['-cp', `${classes}:${cp}`, 'AnalyzeLines', path], env },
  ]);

interface Run {
  ms: number;
  bytes: number;
  lines: number;
}
/** One whole process: spawn to exit with its stdout drained (the 'close' event), stdout counted. */
function run(tool: Tool): Promise<Run> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let lines = 0;
    const err: Buffer[] = [];
    const t0 = performance.now();
    const child = spawn(tool.cmd, tool.args, { stdio: ['ignore', 'pipe', 'pipe'], env: tool.env });
    child.stdout.on('data', (c: Buffer) => {
      bytes += c.length;
      for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${tool.name} exited with ${code ?? signal}:\n${Buffer.concat(err).toString('utf8')}`));
      resolve({ ms, bytes, lines });
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Every tool on one file, interleaved: 1 warm-up round, then `rounds`; the figures printed. */
async function compare(title: string, path: string, file: { bytes: number; lines: number }): Promise<void> {
  const tools = toolsFor(path);
  const times: Record<string, number[]> = {};
  const outputs: Record<string, Run[]> = {};
  for (const t of tools) (times[t.name] = []), (outputs[t.name] = []);
  try {
    for (let r = 0; r <= rounds; r++) {
      for (const tool of tools) {
        const res = await run(tool);
        outputs[tool.name]!.push(res);
        if (r > 0) times[tool.name]!.push(res.ms);
      }
    }
  } catch (e) {
    console.error(`bench:lucene: ${(e as Error).message}`);
    process.exit(1);
  }
  // Speeds say little of a file under 1 MB, whose time is the start-up: '-' for those.
  const mbps = (ms: number): string => (file.bytes < MB ? '-' : (file.bytes / MB / (ms / 1000)).toFixed(2));
  console.log('');
  console.log(title);
  console.log('tool     median ms    min ms   MB/s at median   MB/s at min   output lines   output MB');
  for (const tool of tools) {
    const t = times[tool.name]!;
    const last = outputs[tool.name]!.at(-1)!;
    const med = median(t);
    const min = Math.min(...t);
    console.log(
      `${tool.name.padEnd(8)} ${med.toFixed(0).padStart(9)} ${min.toFixed(0).padStart(9)} ${mbps(med).padStart(15)} ${mbps(min).padStart(13)} ${String(last.lines).padStart(14)} ${(last.bytes / MB).toFixed(2).padStart(11)}`,
    );
  }
  console.log(`per round (ms): ${tools.map((t) => `${t.name} ${times[t.name]!.map((x) => x.toFixed(0)).join(', ')}`).join('; ')}`);
  for (const { mark } of envs) {
    const ratio = median(times[`rasd${mark}`]!) / median(times[`lucene${mark}`]!);
    const where = mark ? ` (* = without ${CERTS})` : '';
    console.log(`rasd${mark} takes ${ratio.toFixed(2)}× lucene${mark}'s time (median wall time of the whole process)${where}`);
  }
  let linesOk = true;
  for (const tool of tools) {
    const counts = [...new Set(outputs[tool.name]!.map((o) => o.lines))];
    if (counts.length !== 1 || counts[0] !== file.lines) {
      linesOk = false;
      console.log(`output lines: ${tool.name} printed ${counts.join(' / ')} lines for ${file.lines} input lines`);
    }
  }
  if (linesOk) console.log(`output lines: every tool printed ${file.lines} lines (one per input line) in every run`);
}

const javaVersion = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0]?.trim() ?? 'java';
console.log(`input: ${(input.bytes / MB).toFixed(2)} MB UTF-8 (1 MB = 10^6 bytes), ${input.lines} lines: titles and content lines of the first ${input.articles} articles of ${input.zipsRead} SaudiNewsNet zip(s), blank lines left out`);
console.log(`rasd:   node ${process.version} bin/rasd.js analyze FILE`);
console.log(`lucene: ${javaVersion}, Lucene ${jars.version} ArabicAnalyzer (default stop words), scripts/lucene/AnalyzeLines.java`);
console.log(`each a whole process (start-up included), stdout piped and counted; 1 warm-up round not counted, then ${rounds} rounds, interleaved`);
if (envs.length > 1) console.log(`${CERTS} is set here (${process.env[CERTS]}): tools marked * run without it, as on a machine that does not set it`);

await compare(`the whole input`, inputPath, input);
// Start-up: the input's first line alone, so that the figure is the processes' start and end.
const firstLine = readFileSync(inputPath, 'utf8').split('\n', 1)[0]! + '\n';
const startPath = join(work, 'first-line.txt');
writeFileSync(startPath, firstLine);
await compare(`start-up: the input's first line alone (${Buffer.byteLength(firstLine)} bytes)`, startPath, { bytes: Buffer.byteLength(firstLine), lines: 1 });
