// npm run eval:quotes-news [-- --blind] [--verbose] [--context] [--agreement]
// Who said what on real news: the statements Rasd finds in SaudiNewsNet articles against a gold of
// our own (scripts/quote-gold/gold.jsonl: offsets and labels only, by helpers who had not read the
// code; the article text is read at run time from ../shared). Prints statement precision and
// recall, speaker accuracy (of all gold statements: a statement not found has no right speaker),
// kind, cue, role and medium, and with --verbose every miss. The dev part is scored by default;
// --blind scores the blind part instead (held out: score it once, at the end).
// --context lists every miss as --verbose does, each with the text before it (printed, never stored).
// --agreement compares the second annotators' judgments (second.jsonl) with the gold's on the
// articles both judged: statements found by both, and their speakers.
// A found statement matches a gold one when their spans overlap by at least half of the shorter.
// A speaker is right when it is the same speaker (see sameSpeaker: the same words after the search
// normalisation, a shorter form of the gold's name with no word added, or the actor Rasd links the
// gold's mention to); both null is right too. How often the very words agree is printed beside.
//   NER_MODEL=FILE tags with that model instead of the shipped one (one made by `rasd adapt --out`).
import { buildDocument } from '../src/analysis/document.js';
import { quotesOf } from '../src/quotes/index.js';
import type { Quote } from '../src/core/quote-schema.js';
import type { Entity } from '../src/core/entity-schema.js';
import { normalizeText } from '../src/text/normalize.js';
import { asArticle } from './lib/snn-article.js';
import { goldRecords, readGoldFile } from './lib/gold-annotations.js';
import { useModelFromEnv } from './lib/model-env.js';

useModelFromEnv();

type Pair = [number, number];
interface GoldStatement {
  kind: string;
  text: Pair;
  speaker: Pair | null;
  role: Pair | null;
  cue: Pair | null;
  medium: Pair | null;
}
interface GoldArticle {
  id: string;
  fp: string;
  part: 'dev' | 'blind';
  annotator: string;
  statements: GoldStatement[];
}

const args = process.argv.slice(2);
const blind = args.includes('--blind');
const context = args.includes('--context');
const verbose = context || args.includes('--verbose');
const agreement = args.includes('--agreement');

const readGold = (name: string): GoldArticle[] => readGoldFile<GoldArticle>(new URL(`./quote-gold/${name}`, import.meta.url));
const record = await goldRecords('eval:quotes-news');
const gold = readGold('gold.jsonl');
const fold = (s: string): string => normalizeText(s, 'search').replace(/[«»“”"'(),.:؛،]/gu, ' ').replace(/\s+/gu, ' ').trim();

/**
 * The same speaker: the same words (search form); or a shorter form of the gold's name, its words in
 * order with none added («عمر السفياني» for «تركي عمر السفياني»; not «الناشط عماد عاشور» for «عماد
 * عاشور»); or the actor Rasd links the gold's mention to (one canonical id: «عبدالعزيز آل الشيخ»
 * from the alias table for «عبدالعزيز بن عبدالله آل الشيخ»).
 */
function sameSpeaker(got: string | null, want: string | null, q: Quote, goldSpan: Pair | null, entities: readonly Entity[]): boolean {
  if (got === want) return true;
  if (got === null || want === null || !q.speaker) return false;
  const g = got.split(' ');
  const w = want.split(' ');
  let k = 0;
  for (const word of w) if (k < g.length && g[k] === word) k++;
  if (k === g.length && (g.length >= 2 || g[0] === w[w.length - 1])) return true;
  if (!q.speaker.canonical || !goldSpan) return false;
  const at = entities.find((e) => overlap([e.start, e.end], goldSpan) > 0 && e.canonical === q.speaker!.canonical);
  return at !== undefined;
}

const overlap = (a: Pair, b: Pair): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const matches = (a: Pair, b: Pair): boolean => overlap(a, b) * 2 >= Math.min(a[1] - a[0], b[1] - b[0]);

/** With --context: the text before a statement, to read a miss where it happened (printed, never stored). */
const before = (content: string, at: number): string => `\n      …${content.slice(Math.max(0, at - 260), at).replace(/\s+/gu, ' ')}⟦${content.slice(at, at + 40).replace(/\s+/gu, ' ')}…`;

/** Pairs each gold statement with the unused found span that overlaps it most, where they match. */
function pairUp<T>(goldSpans: Pair[], found: T[], span: (f: T) => Pair): Array<T | null> {
  const used = new Set<number>();
  return goldSpans.map((g) => {
    let best = -1;
    for (let i = 0; i < found.length; i++) {
      if (used.has(i) || !matches(g, span(found[i]!))) continue;
      if (best < 0 || overlap(g, span(found[i]!)) > overlap(g, span(found[best]!))) best = i;
    }
    if (best < 0) return null;
    used.add(best);
    return found[best]!;
  });
}

if (agreement) {
  const second = readGold('second.jsonl');
  const first = new Map(gold.map((a) => [a.id, a]));
  let both = 0;
  let onlyFirst = 0;
  let onlySecond = 0;
  let speakers = 0;
  let kinds = 0;
  for (const b of second) {
    const a = first.get(b.id);
    if (!a) continue;
    const rec = record(a);
    const content = rec.content;
    const paired = pairUp(a.statements.map((s) => s.text), b.statements, (s) => s.text);
    const matched = paired.filter((p) => p !== null).length;
    both += matched;
    onlyFirst += a.statements.length - matched;
    onlySecond += b.statements.length - matched;
    paired.forEach((p, i) => {
      if (!p) return;
      const s = a.statements[i]!;
      const sa = s.speaker ? fold(content.slice(...s.speaker)) : null;
      const sb = p.speaker ? fold(content.slice(...p.speaker)) : null;
      if (sa === sb) speakers++;
      if (s.kind === p.kind) kinds++;
    });
  }
  const f1 = (2 * both) / (2 * both + onlyFirst + onlySecond);
  console.log(`agreement on ${second.length} articles judged twice: statements ${both} found by both, ${onlyFirst} by the first only, ${onlySecond} by the second only (F1 ${(100 * f1).toFixed(1)}); of those found by both, speaker agrees ${speakers} (${((100 * speakers) / both).toFixed(1)}%), kind ${kinds} (${((100 * kinds) / both).toFixed(1)}%)`);
  process.exit(0);
}

const part = blind ? 'blind' : 'dev';
const scored = gold.filter((a) => a.part === part);
const t = { exact: 0, gold: 0, found: 0, matched: 0, speaker: 0, speakerMatched: 0, kind: 0, cue: 0, cueGold: 0, role: 0, roleGold: 0, medium: 0, mediumGold: 0 };
/** Per gold kind: statements, found, speaker right. */
const byKind = new Map<string, { gold: number; matched: number; speaker: number }>();
const misses: string[] = [];
const outlets = new Set<string>();
let words = 0;
let ms = 0;
for (const a of scored) {
  const rec = record(a);
  outlets.add(rec.source);
  const content = rec.content;
  const art = asArticle(rec);
  words += art.text.split(/\s+/u).length;
  const t0 = performance.now();
  // The shipped path: the article's analysed document, then the quote finder reading it.
  const { doc, roles } = buildDocument({ headline: art.headline, subtitle: null, captions: [], paragraphs: art.paragraphs, published: null });
  if (doc.text !== art.text) throw new Error(`${a.id}: the analysed text is not the text the gold's offsets map to`);
  const entities = doc.entities;
  const found = quotesOf(doc, roles);
  ms += performance.now() - t0;
  const goldSpans = a.statements.map((s) => [art.toText(s.text[0]), art.toText(s.text[1])] as Pair);
  const paired = pairUp(goldSpans, found, (q: Quote) => [q.start, q.end]);
  t.gold += a.statements.length;
  t.found += found.length;
  a.statements.forEach((s, i) => {
    const q = paired[i];
    let k = byKind.get(s.kind);
    if (!k) byKind.set(s.kind, (k = { gold: 0, matched: 0, speaker: 0 }));
    k.gold++;
    if (q) k.matched++;
    const opening = content.slice(s.text[0], s.text[1]).split(/\s+/u).slice(0, 6).join(' ');
    const want = s.speaker ? fold(content.slice(...s.speaker)) : null;
    if (!q) {
      misses.push(`${a.id} not found (${s.kind}, cue ${s.cue ? `«${content.slice(...s.cue)}»` : 'none'}): «${opening}…» — ${want ?? 'no speaker'}${context ? before(content, s.text[0]) : ''}`);
      return;
    }
    t.matched++;
    const got = q.speaker ? fold(q.speaker.name ?? q.speaker.text) : null;
    const gs = s.speaker ? ([art.toText(s.speaker[0]), art.toText(s.speaker[1])] as Pair) : null;
    if (got === want) t.exact++;
    if (sameSpeaker(got, want, q, gs, entities)) {
      t.speaker++;
      t.speakerMatched++;
      k.speaker++;
    } else if (q.speaker?.carried) {
      const prev = i > 0 ? a.statements[i - 1]! : null;
      const pw = prev?.speaker ? fold(content.slice(...prev.speaker)) : null;
      const pq = i > 0 ? paired[i - 1] : null;
      const pg = pq?.speaker ? fold(pq.speaker.name ?? pq.speaker.text) : null;
      console.log(`CARRY\t${pw === want ? 'same-as-prev-gold' : 'new-speaker'}\t${pg === got ? 'got=prev-found' : 'got≠prev-found'}\t${a.id}\t${got}\t${want}\t${pw}`);
      misses.push(`${a.id} speaker: «${opening}…» — got ${got ?? 'none'}${q.speaker?.carried ? ' (carried)' : ''}, expected ${want ?? 'none'}${context ? before(content, s.text[0]) : ''}`);
    }
    if (q.kind === s.kind || (q.kind === 'mixed' && s.kind === 'direct')) t.kind++;
    if (s.cue) {
      t.cueGold++;
      if (q.cue && fold(q.cue.text) === fold(content.slice(...s.cue))) t.cue++;
    }
    if (s.role) {
      t.roleGold++;
      if (q.role && fold(q.role.text) === fold(content.slice(...s.role))) t.role++;
    }
    if (s.medium) {
      t.mediumGold++;
      if (q.medium && fold(q.medium.text) === fold(content.slice(...s.medium))) t.medium++;
    }
  });
  const matchedFound = new Set(paired.filter((q): q is Quote => q !== null));
  for (const q of found) if (!matchedFound.has(q)) misses.push(`${a.id} extra (${q.kind}): «${q.text.split(/\s+/u).slice(0, 6).join(' ')}…» — ${q.speaker ? (q.speaker.name ?? q.speaker.text) : 'no speaker'}`);
}
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(`quote gold, ${part} part: ${scored.length} articles from ${outlets.size} outlets, ${t.gold} statements`);
console.log(`statements  precision ${pct(t.matched, t.found)}  recall ${pct(t.matched, t.gold)}  (${t.found} found, ${t.matched} match)`);
console.log(`speaker right ${t.speaker} of ${t.gold} statements: ${(t.speaker / t.gold).toFixed(3)} (of the ${t.matched} found: ${(t.speakerMatched / Math.max(1, t.matched)).toFixed(3)}); the very words of the gold: ${t.exact} (${(t.exact / t.gold).toFixed(3)})`);
for (const [kind, k] of [...byKind].sort()) console.log(`  ${kind.padEnd(8)} ${k.gold} statements, ${k.matched} found, speaker right ${k.speaker}: ${(k.speaker / k.gold).toFixed(3)} (of those found: ${(k.speaker / Math.max(1, k.matched)).toFixed(3)})`);
console.log(`kind ${pct(t.kind, t.matched)}%  cue ${pct(t.cue, t.cueGold)}% of ${t.cueGold}  role ${pct(t.role, t.roleGold)}% of ${t.roleGold}  medium ${pct(t.medium, t.mediumGold)}% of ${t.mediumGold}`);
console.log(`speed: entities and quotes of ${words} words in ${ms.toFixed(0)} ms (${Math.round(words / (ms / 1000))} words/s, the tagger's start-up included)`);
if (verbose) console.log(`\nmisses:\n  ${misses.join('\n  ')}`);
