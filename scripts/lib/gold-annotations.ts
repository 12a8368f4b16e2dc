// What the gold sets' tools share. The builders (scripts/quote-gold and scripts/entity-gold
// from-annotations.ts): their command line (--out FILE [--blind IDS] ANNOT=LETTER…), the
// SaudiNewsNet records, one pass over the annotators' JSON lines grouping them by article, the
// problems found, and the gold file written with offsets and labels only. The evals
// (eval-quotes-news.ts, eval-entities-news.ts): reading a gold file, and each article's record,
// checked against the fingerprint taken when it was annotated.
import { readFileSync, writeFileSync } from 'node:fs';
import { isAnercorpId, loadAnercorpRecords } from './anercorp-records.js';
import { fingerprint, loadSnnRecords, type SnnRecord } from './snn-days.js';
import { saudiNewsNetZips, SNN_DIR } from './saudinewsnet.js';

/** One line of an annotator's output: an article's key, and either `none` or the item's fields. */
export interface AnnotatedLine {
  article: string;
  none?: boolean;
}

/** The value of option `name` in `args`, taken out of them with its name (undefined when absent). */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
}

/**
 * Reads the annotators' files named on the command line and turns each item into the gold's form
 * with `convert` (which pushes onto `problems` and returns null for an item it cannot place);
 * writes `{id, fp, part, annotator, [field]: items}` per article to --out, or fails listing the
 * problems. `header` opens the file (a comment line).
 */
export async function buildGold<A extends AnnotatedLine>(field: string, header: string, convert: (a: A, rec: SnnRecord, where: string, problems: string[]) => object | null): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => takeOption(args, name);
  const out = opt('--out');
  const blindFile = opt('--blind');
  if (!out || !args.length) {
    console.error('usage: from-annotations.ts --out FILE [--blind IDS] ANNOT=LETTER…');
    process.exit(2);
  }
  if (!saudiNewsNetZips().length) {
    console.error(`from-annotations: the SaudiNewsNet zips are missing from ${SNN_DIR}`);
    process.exit(1);
  }
  const blind = new Set(blindFile ? readFileSync(blindFile, 'utf8').split('\n').filter(Boolean) : []);
  const records = new Map<string, SnnRecord>((await loadSnnRecords()).map((r) => [r.id, r]));
  const problems: string[] = [];
  const articles = new Map<string, { id: string; fp: string; part: string; annotator: string; items: object[] }>();
  for (const arg of args) {
    const [file, letter] = arg.split('=');
    if (!file || !letter) throw new Error(`expected ANNOT=LETTER, got ${arg}`);
    for (const [n, raw] of readFileSync(file, 'utf8').split('\n').entries()) {
      if (!raw.trim()) continue;
      const a = JSON.parse(raw) as A;
      const rec = records.get(a.article);
      const where = `${file}:${n + 1} (${a.article})`;
      if (!rec) {
        problems.push(`${where}: no such record`);
        continue;
      }
      let entry = articles.get(a.article);
      if (!entry) articles.set(a.article, (entry = { id: a.article, fp: fingerprint(rec.content), part: blind.has(a.article) ? 'blind' : 'dev', annotator: letter, items: [] }));
      if (a.none) continue;
      const item = convert(a, rec, where, problems);
      if (item) entry.items.push(item);
    }
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const rows = [...articles.values()].map(({ items, ...rest }) => JSON.stringify({ ...rest, [field]: items }));
  writeFileSync(out, header + '\n' + rows.join('\n') + '\n');
  console.log(`${articles.size} articles, ${[...articles.values()].reduce((n, a) => n + a.items.length, 0)} ${field} → ${out}`);
}

/** A gold file's articles as the evals read them: one JSON object a line after the comment header. */
export function readGoldFile<T>(url: URL): T[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('//'))
    .map((l) => JSON.parse(l) as T);
}

/**
 * The SaudiNewsNet records by id, for the eval named `evalName`; exits with a message naming the
 * folder when the data set is missing, and gives a lookup that fails when a record is absent or its
 * text changed since it was annotated.
 */
export async function goldRecords(evalName: string, golds?: ReadonlyArray<{ id: string }>): Promise<(a: { id: string; fp: string }) => SnnRecord> {
  const anercorp = golds?.some((g) => isAnercorpId(g.id)) ? loadAnercorpRecords() : [];
  const needSnn = !golds || golds.some((g) => !isAnercorpId(g.id));
  if (needSnn && !saudiNewsNetZips().length) {
    console.error(`${evalName} needs the SaudiNewsNet zips in ${SNN_DIR}; none found`);
    process.exit(1);
  }
  const records = new Map<string, SnnRecord>([...(needSnn ? await loadSnnRecords() : []), ...anercorp].map((r) => [r.id, r]));
  return (a) => {
    const rec = records.get(a.id);
    if (!rec) throw new Error(`${a.id}: not among the records of SaudiNewsNet or ANERcorp`);
    if (fingerprint(rec.content) !== a.fp) throw new Error(`${a.id}: the record's text changed since it was annotated`);
    return rec;
  };
}
