// npm run bench:load — `rasd serve` under concurrent load, as clients see it:
//   1. a store: one day of SaudiNewsNet (../shared/data/saudinewsnet, read at run time, never copied)
//      ingested with `rasd ingest`; when the data set is missing, the bundled demo sample
//      (data/samples/demo), and the output says so in its first line;
//   2. `rasd serve` on a free port, in a child process (its own event loop, as in production);
//   3. autocannon against GET /api/search with a fixed mix of queries (half with facets), for 10 s
//      at 1, 8, 32 and 128 connections: requests/s, answers/s by status, p50 and p99 of the 2xx
//      latencies and of all of them, non-2xx answers (503 shed load among them), timeouts (10 s).
// RASD_BENCH_DIR=DIR keeps the store in DIR and reuses it; RASD_BENCH_SECONDS=N changes the 10 s;
// RASD_BENCH_CONNECTIONS=1,8 the levels. Prints measurements only; run on a quiet machine to compare.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { saudiNewsNetZips, SNN_DIR } from './lib/saudinewsnet.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RASD = join(ROOT, 'bin', 'rasd.js');
const DEMO = join(ROOT, 'data', 'samples', 'demo');

/** [query, facets]: words, phrases, OR, exclusion, prefixes, filters and date sort, as people search. */
const QUERIES: ReadonlyArray<[string, boolean, string?]> = [
  ['السعودية', true],
  ['الرياض', false],
  ['وزير', true],
  ['"ولي العهد"', true],
  ['"مجلس الوزراء"', false],
  ['داعش OR القاعدة', true],
  ['إيران OR اليمن OR سوريا', false],
  ['السعودية -الرياض', true],
  ['اقتصا*', false],
  ['headline:الهلال', true],
  ['date:2015-07-20..2015-07-25 الملك', false],
  ['المملكة', true, 'date'],
  ['التمور', false],
  ['الجبير', true],
];

const PATHS = QUERIES.map(([q, facets, sort]) => `/api/search?${new URLSearchParams({ q, facets: String(facets), ...(sort ? { sort } : {}) })}`);
const SECONDS = Number(process.env.RASD_BENCH_SECONDS ?? 10);
const LEVELS = (process.env.RASD_BENCH_CONNECTIONS ?? '1,8,32,128').split(',').map(Number);
const TIMEOUT_S = 10;

/** The store to serve, built with `rasd ingest` unless RASD_BENCH_DIR holds it already. */
function buildStore(dir: string): { db: string; label: string } {
  const zips = saudiNewsNetZips();
  const [inputs, label] = zips.length
    ? [[zips[0]!], `SaudiNewsNet ${zips[0]!.slice(SNN_DIR.length)}`]
    : [[DEMO], `DEMO SAMPLE (data/samples/demo: SaudiNewsNet not found at ${SNN_DIR}; figures are not comparable)`];
  const db = join(dir, zips.length ? 'snn-day.db' : 'demo.db');
  if (!existsSync(db)) {
    console.log(`building the store from ${label} …`);
    const r = spawnSync(process.execPath, [RASD, 'ingest', ...inputs, '--db', db], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`rasd ingest exited ${r.status}`);
  }
  return { db, label };
}

/** Starts `rasd serve` on a free port; resolves with its URL once it prints it. */
function serve(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [RASD, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
      const m = /listening on (http:\/\/\S+?)\/? /.exec(stderr);
      if (m) resolve({ url: m[1]!, child });
    });
    child.on('exit', (code) => reject(new Error(`rasd serve exited ${code}: ${stderr}`)));
  });
}

interface Level {
  connections: number;
  rps: number;
  okRps: number;
  p50: number;
  p99: number;
  p99All: number;
  non2xx: number;
  shed: number;
  timeouts: number;
  errors: number;
}

const pct = (xs: number[], p: number): number => (xs.length ? xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : NaN);

/** One autocannon run at `connections`, the query mix round-robin over all connections. */
async function load(url: string, connections: number, seconds: number): Promise<Level> {
  let next = 0;
  const ok: number[] = [];
  const all: number[] = [];
  let shed = 0;
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url,
      connections,
      duration: seconds,
      timeout: TIMEOUT_S,
      requests: [{ method: 'GET' as const, setupRequest: (req: autocannon.Request) => ({ ...req, path: PATHS[next++ % PATHS.length]! }) }],
    };
    const instance = autocannon(options, (err, result) => (err ? reject(err as Error) : resolve(result)));
    instance.on('response', (_client, status, _bytes, ms) => {
      all.push(ms);
      if (status >= 200 && status < 300) ok.push(ms);
      if (status === 503) shed++;
    });
  });
  ok.sort((a, b) => a - b);
  all.sort((a, b) => a - b);
  return {
    connections,
    rps: all.length / seconds,
    okRps: ok.length / seconds,
    p50: pct(ok, 50),
    p99: pct(ok, 99),
    p99All: pct(all, 99),
    non2xx: r.non2xx,
    shed,
    timeouts: r.timeouts,
    errors: r.errors - r.timeouts,
  };
}

function table(levels: Level[]): string {
  const head = ['connections', 'answers/s', '2xx/s', 'p50 2xx ms', 'p99 2xx ms', 'p99 all ms', 'non-2xx', '503', 'timeouts', 'errors'];
  const rows = levels.map((l) => [l.connections, l.rps.toFixed(0), l.okRps.toFixed(0), l.p50.toFixed(0), l.p99.toFixed(0), l.p99All.toFixed(0), l.non2xx, l.shed, l.timeouts, l.errors].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 1) + ':').join('|')}|`, ...rows.map(line)].join('\n');
}

const keep = process.env.RASD_BENCH_DIR;
if (keep) mkdirSync(keep, { recursive: true });
const dir = keep ?? mkdtempSync(join(tmpdir(), 'rasd-bench-load-'));
let child: ChildProcess | undefined;
try {
  if (!existsSync(DEMO) || !readdirSync(DEMO).length) throw new Error(`the demo sample is missing at ${DEMO}`);
  const { db, label } = buildStore(dir);
  const server = await serve(db);
  child = server.child;
  const health = (await (await fetch(`${server.url}/api/health`)).json()) as { articles: number };
  console.log(`store: ${label}, ${health.articles} articles; ${QUERIES.length} queries round-robin (${QUERIES.filter((q) => q[1]).length} with facets); ${SECONDS} s per level, ${TIMEOUT_S} s client timeout`);
  await load(server.url, 4, Math.min(3, SECONDS)); // warm-up: caches, JIT
  const levels: Level[] = [];
  for (const connections of LEVELS) levels.push(await load(server.url, connections, SECONDS));
  const after = await fetch(`${server.url}/api/health`);
  console.log(table(levels));
  console.log(`health after the run: ${after.status}`);
} finally {
  child?.kill('SIGTERM');
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
