// npm run eval:events-news [-- --blind] [--batch N] [--verbose] [--agreement]
// Events on real news: the events Rasd finds in SaudiNewsNet sentences against a gold of our own
// (scripts/event-gold/gold.jsonl and gold-2.jsonl to gold-7.jsonl, and gold-anercorp.jsonl on
// ANERcorp's news: offsets and labels only, by helpers who had not read the code; the article text is
// read at run time from ../shared). Each batch is reported on its
// own, then all together; --batch N scores one. The dev part is scored by default; --blind scores the
// blind part instead (held out: score it once, at the end).
// - Sentence-level detection, per type: a sentence reports a type when it holds an asserted event of
//   it (PLOVER's auxiliary modes, negated, future, hypothetical and historical, are not events that
//   happened). A found event belongs to the gold sentence its trigger lies in.
// - The keyword baseline: a sentence reports a type when it holds a trigger word of it at all.
// - Participants: for each found asserted event with a gold asserted event of the same type in its
//   sentence, the actor (and the recipient) is right when both are null or their spans overlap.
// --verbose lists the sentences missed and found wrongly (text printed, never stored).
// --agreement compares the second annotators' judgments (second.jsonl) with the gold's on the
// sentences both judged, by the same measures.
import { buildDocument } from '../src/analysis/document.js';
import { findEvents } from '../src/events/find-events.js';
import { defaultEventLexicon } from '../src/events/lexicon.js';
import { sentenceWords } from '../src/events/sentence-words.js';
import { findTriggers } from '../src/events/stages/01-find-triggers.js';
import { EVENT_TYPES, type ArticleEvent } from '../src/core/event-schema.js';
import { findQuantities } from '../src/quantities/index.js';
import { asArticle } from './lib/snn-article.js';
import { goldRecords, readGoldFile, takeOption } from './lib/gold-annotations.js';

type Pair = [number, number];
interface GoldEvent {
  type: string;
  modes: string[];
  trigger: Pair | null;
  actor: Pair | null;
  recipient: Pair | null;
  place: Pair | null;
  time: Pair | null;
  status: string;
  killed: number | null;
  injured: number | null;
  arrested: number | null;
}
interface GoldSentence {
  s: string;
  id: string;
  fp: string;
  span: Pair;
  part: 'dev' | 'blind';
  annotator: string;
  events: GoldEvent[];
}
/** One sentence's events as a scorer compares them: spans into the record's content. */
interface Judged {
  type: string;
  status: string;
  actor: Pair | null;
  recipient: Pair | null;
}

const argv = process.argv.slice(2);
const batchArg = takeOption(argv, '--batch');
const args = new Set(argv);
const part = args.has('--blind') ? 'blind' : 'dev';
const verbose = args.has('--verbose');
/** The gold's batches: each drawn, annotated and split into dev and blind parts of its own (README.md). */
const BATCHES = [
  { name: '1', what: 'broad draw', gold: 'gold.jsonl', second: 'second.jsonl' },
  { name: '2', what: 'protest-rich draw', gold: 'gold-2.jsonl', second: 'second-2.jsonl' },
  { name: '3', what: 'conflict- and security-rich draw', gold: 'gold-3.jsonl', second: 'second-3.jsonl' },
  // All blind: drawn for a figure never read before the rules were set.
  { name: '4', what: 'conflict- and security-rich draw, blind only', gold: 'gold-4.jsonl', second: 'second-4.jsonl' },
  { name: '5', what: 'conflict- and security-rich draw, blind only', gold: 'gold-5.jsonl', second: 'second-5.jsonl' },
  { name: '6', what: 'conflict- and security-rich draw, blind only', gold: 'gold-6.jsonl', second: 'second-6.jsonl' },
  { name: '7', what: 'conflict- and security-rich draw, blind only', gold: 'gold-7.jsonl', second: 'second-7.jsonl' },
  // Another corpus: news of 2006 from ANERcorp's training part, drawn and annotated the same way. No rule was
  // read against it before its figures were taken: a measure of how the rules carry to other news.
  { name: 'A', what: 'ANERcorp, 2006 news', gold: 'gold-anercorp.jsonl', second: 'second-anercorp.jsonl', corpus: 'ANERcorp' },
].map((b) => ({ corpus: 'SaudiNewsNet', ...b }));
const batches = BATCHES.filter((b) => batchArg === undefined || b.name === batchArg);
if (!batches.length) {
  console.error(`eval:events-news: --batch takes ${BATCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const readBatch = (file: string): GoldSentence[] => readGoldFile<GoldSentence>(new URL(`./event-gold/${file}`, import.meta.url));
const recordOf = await goldRecords('eval:events-news', batches.flatMap((b) => readBatch(b.gold)));

const overlap = (a: Pair | null, b: Pair | null): boolean => (a === null || b === null ? a === b : a[0] < b[1] && b[0] < a[1]);
const asserted = (events: readonly Judged[]): Set<string> => new Set(events.filter((e) => e.status === 'asserted').map((e) => e.type));

interface Tally {
  tp: Map<string, number>;
  fp: Map<string, number>;
  fn: Map<string, number>;
  matched: number;
  actor: number;
  recipient: number;
  both: number;
}
const tally = (): Tally => ({ tp: new Map(), fp: new Map(), fn: new Map(), matched: 0, actor: 0, recipient: 0, both: 0 });
const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

/** Scores one sentence's found events against its gold ones. */
function score(t: Tally, found: readonly Judged[], want: readonly Judged[]): { missed: string[]; wrong: string[] } {
  const f = asserted(found);
  const g = asserted(want);
  for (const type of f) bump(g.has(type) ? t.tp : t.fp, type);
  for (const type of g) if (!f.has(type)) bump(t.fn, type);
  for (const e of found) {
    if (e.status !== 'asserted') continue;
    const candidates = want.filter((w) => w.status === 'asserted' && w.type === e.type);
    if (!candidates.length) continue;
    t.matched++;
    const a = candidates.some((w) => overlap(w.actor, e.actor));
    const r = candidates.some((w) => overlap(w.recipient, e.recipient));
    const both = candidates.some((w) => overlap(w.actor, e.actor) && overlap(w.recipient, e.recipient));
    t.actor += a ? 1 : 0;
    t.recipient += r ? 1 : 0;
    t.both += both ? 1 : 0;
  }
  return { missed: [...g].filter((x) => !f.has(x)), wrong: [...f].filter((x) => !g.has(x)) };
}

const goldJudged = (s: GoldSentence): Judged[] => s.events.map((e) => ({ type: e.type, status: e.status, actor: e.actor, recipient: e.recipient }));

function report(name: string, t: Tally, sentences: number): void {
  const prf = (tp: number, fp: number, fn: number): string => {
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `P ${(100 * p).toFixed(1).padStart(5)}  R ${(100 * r).toFixed(1).padStart(5)}  F1 ${(100 * f).toFixed(1).padStart(5)}  (gold ${tp + fn}, found ${tp + fp})`;
  };
  const get = (m: Map<string, number>, k: string): number => m.get(k) ?? 0;
  console.log(`\n${name} (${sentences} sentences)`);
  for (const type of EVENT_TYPES) {
    const [tp, fp, fn] = [get(t.tp, type), get(t.fp, type), get(t.fn, type)];
    if (tp + fp + fn) console.log(`  ${type.padEnd(10)} ${prf(tp, fp, fn)}`);
  }
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${'all types'.padEnd(10)} ${prf(sum(t.tp), sum(t.fp), sum(t.fn))}`);
  if (t.matched) {
    const pct = (n: number): string => `${((100 * n) / t.matched).toFixed(1)}%`;
    console.log(`  participants of ${t.matched} found events with a gold event of their type: actor right ${pct(t.actor)}, recipient right ${pct(t.recipient)}, both ${pct(t.both)}`);
  }
}

if (args.has('--agreement')) {
  for (const b of batches) {
    const second = readBatch(b.second);
    const bySentence = new Map(readBatch(b.gold).map((g) => [g.s, g]));
    const t = tally();
    for (const s of second) {
      const g = bySentence.get(s.s);
      if (g) score(t, goldJudged(s), goldJudged(g));
    }
    report(`agreement, batch ${b.name} (${b.what}): second annotators scored against the gold`, t, second.length);
  }
  process.exit(0);
}

const lex = defaultEventLexicon();
/** Scores the system and the keyword baseline on the sentences of `gold` in the part asked for. */
function evaluate(gold: readonly GoldSentence[], system: Tally, baseline: Tally): number {
  const byArticle = new Map<string, GoldSentence[]>();
  for (const g of gold.filter((g) => g.part === part)) byArticle.set(g.id, [...(byArticle.get(g.id) ?? []), g]);
  let sentences = 0;
  for (const [, list] of byArticle) {
    const rec = recordOf(list[0]!);
    const art = asArticle(rec);
    const day = rec.day;
    const { doc } = buildDocument({ headline: art.headline, subtitle: null, captions: [], paragraphs: art.paragraphs, published: { value: day, precision: 'day' } });
    if (doc.text !== art.text) throw new Error(`${rec.id}: the analysed text is not the text the gold's offsets map to`);
    const events = findEvents(doc, { quantities: findQuantities(doc.text, { tokens: doc.tokens }), day });
    for (const g of list) {
      sentences++;
      const [from, to] = [art.toText(g.span[0]), art.toText(g.span[1])];
      const back = (p: { start: number; end: number } | null): Pair | null => (p ? [fromText(p.start), fromText(p.end)] : null);
      // Spans of found events back into the record's content: the gold's offsets.
      const fromText = (x: number): number => {
        let lo = g.span[0];
        let hi = g.span[1];
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (art.toText(mid) < x) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      const inSentence = events.filter((e: ArticleEvent) => e.trigger.start >= from && e.trigger.start < to);
      const found: Judged[] = inSentence.map((e) => ({ type: e.type, status: e.status, actor: back(e.actor), recipient: back(e.recipient) }));
      const { missed, wrong } = score(system, found, goldJudged(g));
      // The keyword baseline: every trigger word of the sentence counts, whatever its context.
      const first = doc.tokens.findIndex((t) => t.start >= from);
      const sIndex = first >= 0 ? doc.tokens[first]!.sentence : -1;
      const keywords: Judged[] = [];
      for (let s = sIndex; s >= 0 && s < doc.sentences.length && doc.sentences[s]!.start < to; s++) {
        for (const c of findTriggers(lex, sentenceWords(doc, s, 0).words)) keywords.push({ type: c.trigger.type, status: 'asserted', actor: null, recipient: null });
      }
      score(baseline, keywords, goldJudged(g));
      if (verbose) {
        let shown = false;
        for (const e of inSentence) {
          const want = g.events.filter((w) => w.status === 'asserted' && w.type === e.type);
          if (e.status !== 'asserted' || !want.length) continue;
          const b = { actor: back(e.actor), recipient: back(e.recipient) };
          for (const role of ['actor', 'recipient'] as const) {
            if (want.some((w) => overlap(w[role], b[role]))) continue;
            const show = (p: Pair | null): string => (p ? rec.content.slice(...p) : '∅');
            console.log(`${role.toUpperCase()} ${g.s} ${e.type} «${e.trigger.text}» found «${show(b[role])}» gold «${want.map((w) => show(w[role])).join(' | ')}»`);
            if (!shown) console.log(`  ¶ ${doc.text.slice(from, to).replace(/\s+/gu, ' ')}`);
            shown = true;
          }
        }
      }
      if (verbose && (missed.length || wrong.length)) {
        console.log(`${g.s} ${g.id} missed [${missed.join(' ')}] wrong [${wrong.join(' ')}]: ${doc.text.slice(from, to).replace(/\s+/gu, ' ')}`);
        for (const e of inSentence) console.log(`    found ${e.type}/${e.status} «${e.trigger.text}» actor «${e.actor?.text ?? ''}» recipient «${e.recipient?.text ?? ''}»`);
        for (const e of g.events) console.log(`    gold  ${e.type}/${e.status} «${e.trigger ? rec.content.slice(...e.trigger) : ''}» actor «${e.actor ? rec.content.slice(...e.actor) : ''}» recipient «${e.recipient ? rec.content.slice(...e.recipient) : ''}»`);
      }
    }
  }
  return sentences;
}

const all = { system: tally(), baseline: tally(), sentences: 0 };
for (const b of batches) {
  const [system, baseline] = [tally(), tally()];
  const sentences = evaluate(readBatch(b.gold), system, baseline);
  report(`events on ${b.corpus}, batch ${b.name} (${b.what}), ${part} part`, system, sentences);
  report(`keyword baseline, batch ${b.name} (any trigger word, no context rules)`, baseline, sentences);
  if (b.corpus !== 'SaudiNewsNet') continue;
  merge(all.system, system);
  merge(all.baseline, baseline);
  all.sentences += sentences;
}
if (batches.filter((b) => b.corpus === 'SaudiNewsNet').length > 1) {
  report(`events on SaudiNewsNet, all its batches, ${part} part`, all.system, all.sentences);
  report('keyword baseline, all SaudiNewsNet batches', all.baseline, all.sentences);
}

/** Adds tally `b` into `a`. */
function merge(a: Tally, b: Tally): void {
  for (const k of ['tp', 'fp', 'fn'] as const) for (const [type, n] of b[k]) a[k].set(type, (a[k].get(type) ?? 0) + n);
  a.matched += b.matched;
  a.actor += b.actor;
  a.recipient += b.recipient;
  a.both += b.both;
}
