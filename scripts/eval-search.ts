// npm run eval:search — name queries on SaudiNewsNet days, read at run time from ../shared.
// Ingests the days into a temporary SQLite store (--db PATH keeps and reuses one), runs each query of
// scripts/search-eval/name-queries.tsv (written by hand: query, the name's written forms, its sense)
// and prints, per query and in all:
//   P@20      of the top 20 hits (all articles, not one per story), those whose headline or text
//             holds one of the name's forms as a word (after any of و ف ب ك ل and the article, in
//             the search form: alef, hamza, ة/ه, ى/ي, tatweel and diacritics folded);
//   recall    of the stored articles that hold a form (alone, or after the article and و ف ب ك ل:
//             a surface-form count that a lone ف cannot fool, as in فرقة for الرقة), those the
//             query finds;
//   hits      the query's total;
//   variants  pairs of spellings of our own (ه/ة, ى/ي, hamza, tatweel) and whether their totals match.
//   judged    where scripts/search-eval/judgments-*.tsv hold hand judgments (by helpers who read the
//             articles, not the code: is the article about or naming this sense of the name?), the
//             precision at 20 by them, and how many of the top 20 are unjudged.
// It prints measured figures only. Holding the name checks the letters, not the sense: for a
// homograph (طالبان, two students) an article holding the word in its other sense counts as a hit;
// the judgments tell the senses apart.
//   node --import tsx scripts/eval-search.ts [--days N] [--db PATH] [--verbose] [--pool FILE] [--blind]
// --pool FILE appends the top 20 of each query that no judgment covers (query id, article) to FILE.
// --kwic FILE [--only q1,q2] writes, for annotators, every article of the days that holds a form of
// each query's name (loosely, after any proclitics) and has no judgment yet: its place and the name's
// contexts (eight words either side, six places at most). FILE must lie outside the repository: it
// holds article text.
// With --kwic-top it writes the top-20 hits no judgment covers instead (what --pool lists).
// Once every holder of a query is judged, its relevant articles are counted (R), and its precision
// is also given against what is possible: relevant hits in the top 20 over min(20, R).
// Judgments and pools name articles by their SaudiNewsNet day and index (2015-07-21#17), never by
// text (not even a url, which holds the headline).
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { articleFlow } from '../src/pipeline.js';
import { normalizeText } from '../src/text/normalize.js';
import { saudiNewsNetZips, SNN_DIR } from './lib/saudinewsnet.js';
import { loadSnnRecords } from './lib/snn-days.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const showBlind = args.includes('--blind');
const QUERIES = new URL('./search-eval/name-queries.tsv', import.meta.url);
const EVAL_DIR = new URL('./search-eval/', import.meta.url);
const poolPath = opt('--pool');
const kwicPath = opt('--kwic');
const kwicTop = args.includes('--kwic-top');
const only = opt('--only')?.split(',');
if (kwicPath && !kwicPath.startsWith('/tmp/') && !kwicPath.startsWith(tmpdir())) {
  process.stderr.write(`eval:search: --kwic writes article text; give a path under ${tmpdir()}, outside the repository\n`);
  process.exit(2);
}

/**
 * Hand judgments (search-eval/judgments-*.tsv, one file per annotator, in name order): query id →
 * article (day#index) → relevant, the first file's where two annotators judged a pair. A fifth of
 * the pairs were judged twice; their agreement is reported.
 */
const judged = new Map<string, Map<string, boolean>>();
const twice: Array<[boolean, boolean]> = [];
for (const file of readdirSync(EVAL_DIR).filter((f) => /^judgments-.+\.tsv$/u.test(f)).sort()) {
  for (const line of readFileSync(new URL(file, EVAL_DIR), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [qid, article, rel] = line.split('\t');
    if (!qid || !article || (rel !== '0' && rel !== '1')) continue;
    let m = judged.get(qid);
    if (!m) judged.set(qid, (m = new Map()));
    const first = m.get(article);
    if (first === undefined) m.set(article, rel === '1');
    else twice.push([first, rel === '1']);
  }
}

const zips = saudiNewsNetZips();
if (!zips.length) {
  process.stderr.write(`eval:search needs the SaudiNewsNet zips in ${SNN_DIR}; none found\n`);
  process.exit(1);
}
const days = Number(opt('--days') ?? 3);
const chosen = zips.slice(0, days);
const chosenDays = new Set(chosen.map((z) => basename(z, '.zip')));

interface Query {
  id: string;
  category: string;
  query: string;
  forms: string[];
  gloss: string;
}
const queries: Query[] = readFileSync(QUERIES, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'))
  .filter((c) => /^q\d+$/u.test(c[0] ?? ''))
  .map(([id, category, query, forms, gloss]) => ({ id: id!, category: category!, query: query!.trim(), forms: forms!.split('|').map((f) => f.trim()).filter(Boolean), gloss: gloss?.trim() ?? '' }))
  .filter((q) => !only || only.includes(q.id));

const given = opt('--db');
const dir = given ? null : mkdtempSync(join(tmpdir(), 'rasd-eval-search-'));
const dbPath = given ?? join(dir!, 'eval.db');
const fresh = !existsSync(dbPath);
const store = openSqliteStore(dbPath);
try {
  if (fresh) {
    const t0 = performance.now();
    let n = 0;
    // Entities are found as `rasd ingest` finds them: a name's tagged mentions rank its articles.
    for await (const r of articleFlow(chosen, process.stdin)) {
      if (r.articles.length) n += store.putArticles(r.articles).inserted;
    }
    store.flush();
    process.stdout.write(`ingested ${chosen.length} days (${n} articles) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  // The articles' texts in the search form, once, to check hits and count the holders.
  const texts = new Map<string, string>();
  const fold = (s: string): string => ` ${normalizeText(s, 'search').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const articleText = (id: string): string => {
    let t = texts.get(id);
    if (t === undefined) {
      const a = store.getArticle(id);
      t = a ? fold([a.headline ?? '', a.subtitle ?? '', ...a.captions.map((c) => c.text), ...a.paragraphs].join('\n')) : '';
      texts.set(id, t);
    }
    return t;
  };
  // Holding the name, loosely (for P@20): any run of proclitics before a form, so «لطالبان» counts,
  // and so, wrongly, does «فرقة» for الرقة. Strictly (the surface-form count recall is taken
  // against): the form alone, or after the article with و ف ب ك ل before it (والرقة, بالرقة).
  const LOOSE = '(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)';
  const STRICT = '(?:[وف]?(?:[بكل]?ال|لل))?';
  const holdsOf = (q: Query, prefix: string): RegExp => {
    const forms = q.forms.map((f) => fold(f).trim().replace(/^ال(?=..)/u, '(?:ال)?'));
    return new RegExp(` ${prefix}(?:${forms.join('|')}) `, 'u');
  };
  const ids = storeIds();
  const urlCache = new Map<string, string | null>();
  const urlOf = (id: string): string | null => {
    if (!urlCache.has(id)) urlCache.set(id, store.getArticle(id)?.url ?? null);
    return urlCache.get(id)!;
  };
  /**
   * Up to six places where the article holds the name (a form of several words over as many words):
   * eight words of its text either side. An article that holds no form (a hit by the name's stem)
   * shows its first thirty words after «∅».
   */
  const contexts = (id: string, q: Query): string => {
    const a = store.getArticle(id);
    if (!a) return '';
    const words = [a.headline ?? '', a.subtitle ?? '', ...a.captions.map((c) => c.text), ...a.paragraphs].join(' ¶ ').split(/\s+/u);
    const re = holdsOf(q, LOOSE);
    const most = Math.max(...q.forms.map((f) => f.split(/\s+/u).length));
    const out: string[] = [];
    for (let i = 0; i < words.length && out.length < 6; i++) {
      let n = 1;
      while (n <= most && !re.test(fold(words.slice(i, i + n).join(' ')))) n++;
      if (n > most) continue;
      out.push(words.slice(Math.max(0, i - 8), i + n + 8).join(' '));
      i += n + 7;
    }
    return out.length ? out.join(' ‖ ') : `∅ ${words.slice(0, 30).join(' ')}`;
  };
  // Judgments and pools name an article by its SaudiNewsNet place (day#index), never by its text.
  const snnId = new Map<string, string>();
  for (const r of await loadSnnRecords(chosen)) if (r.url && !snnId.has(r.url)) snnId.set(r.url, r.id);
  const keyOf = (h: { url: string | null; id: string }): string => (h.url && snnId.get(h.url)) ?? h.id;
  const rows: string[] = [];
  const pool: string[] = [];
  let sumP = 0;
  let sumR = 0;
  let sumJ = 0;
  let judgedQueries = 0;
  let unjudgedHits = 0;
  // Fully judged queries' precision of the possible, dev and blind apart (search-eval/blind.txt).
  const blind = new Set(readFileSync(new URL('blind.txt', EVAL_DIR), 'utf8').split('\n').filter((l) => /^q\d+$/u.test(l.trim())).map((l) => l.trim()));
  const possible = { dev: [] as number[], blind: [] as number[] };
  const kwic: string[] = [];
  const byCat = new Map<string, { p: number; r: number; n: number; j: number; jn: number }>();
  for (const q of queries) {
    const re = holdsOf(q, LOOSE);
    const strict = holdsOf(q, STRICT);
    const res = store.search(q.query, { limit: 20, all: true, facets: false });
    const top = res.hits.map((h) => h.id);
    const good = top.filter((id) => re.test(articleText(id))).length;
    const p = top.length ? good / top.length : 0;
    const holders = ids.filter((id) => strict.test(articleText(id)));
    const found = new Set(searchAll(store, q.query));
    const urls = res.hits.map(keyOf);
    const judgments = judged.get(q.id);
    const missing = urls.filter((u) => !judgments?.has(u));
    unjudgedHits += missing.length;
    for (const u of missing) pool.push(`${q.id}\t${u}`);
    let judgedText = '';
    let judgedP = -1;
    if (judgments && missing.length === 0 && urls.length) {
      const jp = urls.filter((u) => judgments.get(u)).length / urls.length;
      sumJ += jp;
      judgedQueries++;
      judgedText = blind.has(q.id) && !showBlind ? ' judged (blind)' : ` judged P@20 ${jp.toFixed(2)}`;
      judgedP = jp;
    }
    // Every loose holder judged: the relevant ones are all there are (an article that does not hold
    // the name cannot name it), and the top 20 can hold at most min(20, R) of them.
    const looseKeys = ids.filter((id) => re.test(articleText(id))).map((id) => keyOf({ id, url: urlOf(id) }));
    const unjudgedHolders = looseKeys.filter((k) => !judgments?.has(k));
    if (kwicPath && kwicTop) for (const h of res.hits) if (!judgments?.has(keyOf(h))) kwic.push(`${q.id}\t${keyOf(h)}\t${contexts(h.id, q)}`);
    if (kwicPath && !kwicTop) for (const id of ids) if (re.test(articleText(id)) && !judgments?.has(keyOf({ id, url: urlOf(id) }))) kwic.push(`${q.id}\t${keyOf({ id, url: urlOf(id) })}\t${contexts(id, q)}`);
    if (judgments && unjudgedHolders.length === 0 && judgedP >= 0) {
      // Every judged relevant article of these days: the holders, and any hit found by a related form.
      const R = [...judgments].filter(([k, rel]) => rel && chosenDays.has(k.slice(0, k.indexOf('#')))).length;
      const p = R ? urls.filter((u) => judgments.get(u)).length / Math.min(20, R) : 1;
      if (!blind.has(q.id) || showBlind) judgedText += ` R ${R} of possible ${p.toFixed(2)}`;
      possible[blind.has(q.id) ? 'blind' : 'dev'].push(p);
    }
    const r = holders.length ? holders.filter((id) => found.has(id)).length / holders.length : 1;
    sumP += p;
    sumR += r;
    const c = byCat.get(q.category) ?? { p: 0, r: 0, n: 0, j: 0, jn: 0 };
    c.p += p;
    c.r += r;
    c.n++;
    if (judgedP >= 0) {
      c.j += judgedP;
      c.jn++;
    }
    byCat.set(q.category, c);
    rows.push(`${q.id} ${q.category.padEnd(9)} P@20 ${p.toFixed(2)} recall ${r.toFixed(2)} hits ${String(res.total).padStart(5)} holders ${String(holders.length).padStart(5)}${judgedText}  ${q.query}`);
    if (verbose) for (const id of top) if (!re.test(articleText(id))) rows.push(`     miss ${id}`);
  }
  process.stdout.write(`${rows.join('\n')}\n\nper category:\n`);
  for (const [cat, c] of [...byCat].sort()) {
    const j = c.jn ? `  judged P@20 ${(c.j / c.jn).toFixed(3)} (${c.jn} queries)` : '';
    process.stdout.write(`  ${cat.padEnd(9)} ${c.n} queries  mean P@20 ${(c.p / c.n).toFixed(3)}  mean recall ${(c.r / c.n).toFixed(3)}${j}\n`);
  }
  process.stdout.write(`all: ${queries.length} queries on ${chosen.length} days, ${ids.length} articles: mean P@20 (holds the name) ${(sumP / queries.length).toFixed(3)}, mean recall ${(sumR / queries.length).toFixed(3)}\n`);
  process.stdout.write(`judged: ${judgedQueries} queries with all their top 20 judged by hand: mean P@20 ${judgedQueries ? (sumJ / judgedQueries).toFixed(3) : '-'}; ${unjudgedHits} top-20 hits unjudged\n`);
  const mean = (xs: number[]): string => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3) : '-');
  if (possible.dev.length + possible.blind.length) {
    // The blind queries are scored only when asked (--blind), so that work on the dev ones does not read them.
    const held = showBlind ? `, blind ${mean(possible.blind)} (${possible.blind.length} queries)` : ` (${possible.blind.length} blind queries held out: --blind scores them)`;
    process.stdout.write(`fully judged (every article holding the name judged): mean P@20 of what is possible (relevant hits over min(20, R)): dev ${mean(possible.dev)} (${possible.dev.length} queries)${held}\n`);
  }
  if (kwicPath) {
    const header = queries.map((q) => `# ${q.id}\t${q.query}\t${q.gloss}`).join('\n');
    writeFileSync(kwicPath, `${header}\n${kwic.join('\n')}\n`);
    process.stdout.write(`${kwic.length} unjudged ${kwicTop ? 'top-20 hits' : 'holders'} written with their contexts to ${kwicPath}\n`);
  }
  // Spelling variants must find the same articles: ه for ة, ى for ي, hamza forms, tatweel.
  const variants: Array<[string, string]> = [
    ['وزارة الصحة', 'وزاره الصحه'],
    ['مكة المكرمة', 'مكه المكرمه'],
    ['هيئة الأمر بالمعروف', 'هيئه الامر بالمعروف'],
    ['جامعة الملك سعود', 'جامعه الملك سعود'],
    ['القاهرة', 'القاهره'],
    ['الشرطة', 'الشرطه'],
    ['مستشفى', 'مستشفي'],
    ['مصطفى', 'مصطفي'],
    ['الأمير', 'الامير'],
    ['إيران', 'ايران'],
    ['مسؤول', 'مسئول'],
    ['رؤية', 'رءية'],
    ['الرئيس', 'الرئـيس'],
    ['الطائرة', 'الطائره'],
  ];
  let same = 0;
  const diffs: string[] = [];
  for (const [a, b] of variants) {
    const [ta, tb] = [store.search(a, { limit: 1, all: true, facets: false }).total, store.search(b, { limit: 1, all: true, facets: false }).total];
    if (ta === tb) same++;
    else diffs.push(`«${a}» ${ta} vs «${b}» ${tb}`);
  }
  process.stdout.write(`spelling variants: ${same} of ${variants.length} pairs give identical totals${diffs.length ? `; differ: ${diffs.join(', ')}` : ''}\n`);
  if (twice.length) {
    // Cohen's kappa of the pairs two annotators judged.
    const agree = twice.filter(([x, y]) => x === y).length / twice.length;
    const p1 = twice.filter(([x]) => x).length / twice.length;
    const p2 = twice.filter(([, y]) => y).length / twice.length;
    const chance = p1 * p2 + (1 - p1) * (1 - p2);
    const kappa = chance < 1 ? (agree - chance) / (1 - chance) : 1;
    process.stdout.write(`annotator agreement: ${twice.length} pairs judged twice, ${(100 * agree).toFixed(1)}% agree, Cohen's kappa ${kappa.toFixed(3)}\n`);
  }
  if (poolPath) {
    appendFileSync(poolPath, pool.map((l) => l + '\n').join(''));
    process.stdout.write(`${pool.length} unjudged (query, article) pairs appended to ${poolPath}\n`);
  }
} finally {
  store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Every stored article id, read from the store's file. */
function storeIds(): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT id FROM articles ORDER BY docno').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** Every article a query matches (pages of the store's maximum). */
function searchAll(s: ReturnType<typeof openSqliteStore>, query: string): string[] {
  const out: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const res = s.search(query, { limit: 100, offset, all: true, facets: false });
    out.push(...res.hits.map((h) => h.id));
    if (res.hits.length < 100 || offset + 100 >= 10_000) return out;
  }
}

