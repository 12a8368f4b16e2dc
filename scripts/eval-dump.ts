// npm run eval:dump — runs the dump extractor over ../shared/data/dumps and prints what it found,
// then checks the facts issue 3 states for the example dump (two articles: the first with a subtitle,
// an AFP caption and 7 paragraphs; the second with no subtitle, an AP caption and 3 paragraphs;
// no field holding «TT» or a repeated caption).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDump } from '../src/ingest/dump/extract-dump.js';
import { decode } from '../src/text/decode.js';

const dir = fileURLToPath(new URL('../../shared/data/dumps/', import.meta.url));
if (!existsSync(dir)) {
  console.log(`no dumps at ${dir}: nothing to evaluate (the data set is missing)`);
  process.exit(0);
}
const EXAMPLE = '000_830e32081e079479.txt';
let failures = 0;
const check = (ok: boolean, what: string): void => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const { text } = decode(readFileSync(dir + name), { input: name });
  const { articles, diagnostics } = extractDump(text, { path: name });
  console.log(`${name}: ${articles.length} articles, ${diagnostics.length} diagnostics`);
  for (const a of articles) {
    console.log(`  - ${a.headline?.slice(0, 50)}… subtitle: ${a.subtitle ? 'yes' : 'no'}; captions: ${a.captions.map((c) => c.credit?.code ?? 'none').join(', ') || 'none'}; paragraphs: ${a.paragraphs.length}; dateline: ${a.dateline ?? '—'}; removed: ${a.removed.length}`);
  }
  if (name !== EXAMPLE) continue;
  const [first, second] = articles;
  check(articles.length === 2, 'exactly two articles');
  check(!!first?.subtitle && first.captions.some((c) => c.credit?.code === 'AFP') && first.paragraphs.length === 7, 'first: subtitle, AFP caption, 7 paragraphs');
  check(!!second && !second.subtitle && second.captions.some((c) => c.credit?.code === 'AP') && second.paragraphs.length === 3, 'second: no subtitle, AP caption, 3 paragraphs');
  const fields = articles.flatMap((a) => [a.headline, a.subtitle, a.byline, a.dateline, ...a.paragraphs, ...a.captions.map((c) => c.text)]);
  check(!fields.some((f) => f?.trim() === 'TT'), 'no field holds TT');
  check(articles.every((a) => new Set(a.captions.map((c) => c.text)).size === a.captions.length), 'no repeated caption');
}
console.log(failures ? `${failures} checks failed` : 'all checks passed');
process.exitCode = failures ? 1 : 0;
