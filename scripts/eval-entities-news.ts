// npm run eval:entities-news [-- --blind] [--verbose] [--context] [--agreement]
// Names on real news: the PERS, ORG and LOC entities Rasd finds in SaudiNewsNet articles against a
// gold of our own (scripts/entity-gold/gold.jsonl: offsets and labels only, by helpers who had not
// read the code; the article text is read at run time from ../shared). Prints:
// - mention precision, recall and F1, strict (the same span and type) and loose (same type, spans
//   overlapping), overall and by type; and overall again with the gold's mentions of the outlet
//   signing off or crediting itself left out («رابط الخبر بصحيفة الوئام», «نايف عبدالله – عين اليوم»),
//   which Rasd takes for the article's outlet and no entity, by design;
// - one actor, one id: for each actor the gold names at least twice in an article, the share of its
//   mentions Rasd found that carry the id most of them carry; the actors split over several ids; and
//   the ids Rasd gives to two actors of the gold or more (merged).
// The dev part is scored by default; --blind scores the blind part (held out: score it once, at the
// end). --context lists every miss as --verbose does, each missed or cut mention with the words around
// it (printed, never stored). --agreement compares the second annotators' mentions (second.jsonl) with
// the gold's.
//   NER_MODEL  a model file to tag with instead of the shipped one (one made by `rasd adapt --out`).
import { buildDocument } from '../src/analysis/document.js';
import { isOutletSelf } from '../src/entities/self-mentions.js';
import { normalizeText } from '../src/text/normalize.js';
import { asArticle } from './lib/snn-article.js';
import { goldRecords, readGoldFile } from './lib/gold-annotations.js';
import { useModelFromEnv } from './lib/model-env.js';

useModelFromEnv();

type Pair = [number, number];
interface GoldMention {
  type: 'PERS' | 'ORG' | 'LOC';
  span: Pair;
  id: Pair;
}
interface GoldArticle {
  id: string;
  fp: string;
  part: 'dev' | 'blind';
  annotator: string;
  mentions: GoldMention[];
}
interface Found {
  type: string;
  span: Pair;
  canonical: string;
  text: string;
}

const TYPES = ['PERS', 'ORG', 'LOC'] as const;
const args = process.argv.slice(2);
const context = args.includes('--context');
const verbose = context || args.includes('--verbose');
const readGold = (name: string): GoldArticle[] => readGoldFile<GoldArticle>(new URL(`./entity-gold/${name}`, import.meta.url));
const record = await goldRecords('eval:entities-news');
const gold = readGold('gold.jsonl');
const fold = (s: string): string => normalizeText(s, 'search').replace(/\s+/gu, ' ').trim();
const overlap = (a: Pair, b: Pair): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Pairs each of `a` with an unused one of `b` of the same type: the same span (strict) or overlapping most (loose). */
function pairUp<A extends { type: string; span: Pair }, B extends { type: string; span: Pair }>(a: readonly A[], b: readonly B[], strict: boolean): Array<B | null> {
  const used = new Set<number>();
  return a.map((x) => {
    let best = -1;
    for (let i = 0; i < b.length; i++) {
      const y = b[i]!;
      if (used.has(i) || y.type !== x.type) continue;
      if (strict ? y.span[0] !== x.span[0] || y.span[1] !== x.span[1] : overlap(x.span, y.span) === 0) continue;
      if (best < 0 || overlap(x.span, y.span) > overlap(x.span, b[best]!.span)) best = i;
    }
    if (best < 0) return null;
    used.add(best);
    return b[best]!;
  });
}

type Counts = { gold: number; found: number; strict: number; loose: number };
const zero = (): Counts => ({ gold: 0, found: 0, strict: 0, loose: 0 });
const f1 = (c: Counts, k: 'strict' | 'loose'): string => {
  const p = c.found ? c[k] / c.found : 0;
  const r = c.gold ? c[k] / c.gold : 0;
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(p + r ? (200 * p * r) / (p + r) : 0).toFixed(1)}`;
};

if (args.includes('--agreement')) {
  const second = readGold('second.jsonl');
  const byId = new Map(gold.map((a) => [a.id, a]));
  const all = zero();
  let sameActor = 0;
  let pairs = 0;
  for (const s of second) {
    const g = byId.get(s.id);
    if (!g) continue;
    const content = record(g).content;
    all.gold += g.mentions.length;
    all.found += s.mentions.length;
    all.strict += pairUp(g.mentions, s.mentions, true).filter(Boolean).length;
    const loose = pairUp(g.mentions, s.mentions, false);
    all.loose += loose.filter(Boolean).length;
    // Actor ids agree when two mentions one annotator gives one actor get one actor from the other.
    for (let i = 0; i < g.mentions.length; i++) {
      for (let j = i + 1; j < g.mentions.length; j++) {
        const [x, y] = [loose[i], loose[j]];
        if (!x || !y) continue;
        pairs++;
        const sameG = fold(content.slice(...g.mentions[i]!.id)) === fold(content.slice(...g.mentions[j]!.id));
        const sameS = fold(content.slice(...x.id)) === fold(content.slice(...y.id));
        if (sameG === sameS) sameActor++;
      }
    }
  }
  console.log(`agreement on ${second.length} articles judged twice: mentions strict ${f1(all, 'strict')}, loose ${f1(all, 'loose')}; same-actor decisions agree on ${sameActor} of ${pairs} pairs of mentions both marked (${((100 * sameActor) / Math.max(1, pairs)).toFixed(1)}%)`);
  process.exit(0);
}

const part = args.includes('--blind') ? 'blind' : 'dev';
const scored = gold.filter((a) => a.part === part);
const total = zero();
/** The same, with the gold's mentions of the outlet signing off or crediting itself left out (Rasd leaves them out by design). */
const withoutSelf = zero();
let selfMentions = 0;
const byType = new Map<string, Counts>(TYPES.map((t) => [t, zero()]));
let onMain = 0;
let inActors = 0;
let actors = 0;
let split = 0;
let merged = 0;
const outlets = new Set<string>();
const misses: string[] = [];
for (const a of scored) {
  const rec = record(a);
  outlets.add(rec.source);
  const art = asArticle(rec);
  const { doc } = buildDocument({ headline: art.headline, subtitle: null, captions: [], paragraphs: art.paragraphs, published: null });
  if (doc.text !== art.text) throw new Error(`${a.id}: the analysed text is not the text the gold's offsets map to`);
  const content = rec.content;
  const goldM = a.mentions.map((m) => ({ ...m, span: [art.toText(m.span[0]), art.toText(m.span[1] - 1) + 1] as Pair, actor: `${m.type} ${fold(content.slice(...m.id))}` }));
  // The article's lines only: the headline is not annotated.
  const bodyFrom = art.headline ? art.toText(content.length ? content.search(/\S/u) : 0) : 0;
  const found: Found[] = doc.entities.filter((e) => TYPES.includes(e.type as (typeof TYPES)[number]) && e.start >= bodyFrom).map((e) => ({ type: e.type, span: [e.start, e.end] as Pair, canonical: e.canonical, text: e.text }));
  const strict = pairUp(goldM, found, true);
  const loose = pairUp(goldM, found, false);
  total.gold += goldM.length;
  total.found += found.length;
  for (const t of TYPES) {
    const c = byType.get(t)!;
    c.gold += goldM.filter((m) => m.type === t).length;
    c.found += found.filter((f) => f.type === t).length;
    c.strict += strict.filter((x, i) => x && goldM[i]!.type === t).length;
    c.loose += loose.filter((x, i) => x && goldM[i]!.type === t).length;
  }
  total.strict += strict.filter(Boolean).length;
  total.loose += loose.filter(Boolean).length;
  const self = goldM.map((m) => isOutletSelf(doc.text, { type: m.type, start: m.span[0], end: m.span[1], text: doc.text.slice(...m.span) }));
  selfMentions += self.filter(Boolean).length;
  withoutSelf.gold += goldM.length - self.filter(Boolean).length;
  withoutSelf.found += found.length;
  withoutSelf.strict += strict.filter((x, i) => x && !self[i]).length;
  withoutSelf.loose += loose.filter((x, i) => x && !self[i]).length;
  // One actor, one id.
  const byActor = new Map<string, Found[]>();
  goldM.forEach((m, i) => {
    const f = loose[i];
    const list = byActor.get(m.actor) ?? [];
    if (f) list.push(f);
    byActor.set(m.actor, list);
  });
  const idActors = new Map<string, Set<string>>();
  for (const [actor, list] of byActor) {
    for (const f of list) idActors.set(f.canonical, (idActors.get(f.canonical) ?? new Set()).add(actor));
    if (goldM.filter((m) => m.actor === actor).length < 2 || list.length === 0) continue;
    actors++;
    const counts = new Map<string, number>();
    for (const f of list) counts.set(f.canonical, (counts.get(f.canonical) ?? 0) + 1);
    onMain += Math.max(...counts.values());
    inActors += list.length;
    if (counts.size > 1) {
      split++;
      misses.push(`${a.id} split: ${actor} → ${[...counts].map(([c, n]) => `${c} ×${n}`).join(', ')}`);
    }
  }
  for (const [id, set] of idActors) {
    if (set.size < 2) continue;
    merged++;
    misses.push(`${a.id} merged: ${id} ← ${[...set].join(' | ')}`);
  }
  /** The words around a gold mention, the mention in brackets, on one line. */
  const around = (span: Pair): string => (context ? `   … ${doc.text.slice(Math.max(0, span[0] - 60), span[0])}[${doc.text.slice(...span)}]${doc.text.slice(span[1], span[1] + 40)} …`.replace(/\s+/gu, ' ') : '');
  goldM.forEach((m, i) => {
    if (!loose[i]) misses.push(`${a.id} missed ${m.type}: «${doc.text.slice(...m.span)}»${around(m.span)}`);
    else if (!strict[i]) misses.push(`${a.id} boundary ${m.type}: «${doc.text.slice(...m.span)}» found as «${loose[i]!.text}»${around(m.span)}`);
  });
  const paired = new Set(loose.filter(Boolean));
  for (const f of found) if (!paired.has(f)) misses.push(`${a.id} spurious ${f.type}: «${f.text}»`);
}
console.log(`entity gold, ${part} part: ${scored.length} articles from ${outlets.size} outlets, ${total.gold} mentions`);
console.log(`mentions   strict ${f1(total, 'strict')}   loose ${f1(total, 'loose')}`);
console.log(`  without the ${selfMentions} gold mentions of the outlet signing off or crediting itself (no entity, by design): strict ${f1(withoutSelf, 'strict')}   loose ${f1(withoutSelf, 'loose')}`);
for (const [t, c] of byType) console.log(`  ${t.padEnd(5)} ${String(c.gold).padStart(4)} gold  strict ${f1(c, 'strict')}   loose ${f1(c, 'loose')}`);
console.log(`one actor, one id: ${actors} actors named twice or more; ${onMain} of their ${inActors} found mentions on each actor's main id (${((100 * onMain) / Math.max(1, inActors)).toFixed(1)}%); ${split} actors split over several ids; ${merged} ids given to two actors or more`);
if (verbose) console.log(['', 'misses:', ...misses.map((m) => '  ' + m)].join('\n'));
