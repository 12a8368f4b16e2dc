// Chooses SaudiNewsNet sentences for the event gold and writes annotators' packets to a folder outside
// the repository (the packets hold article text, which never ships).
//   node --import tsx scripts/event-gold/make-packets.ts --out DIR --count N [--seed S] [--size K]
//     [--random F] [--focus GROUPS --focus-share F] [--prefix P] [--exclude GOLD …] [--corpus anercorp]
// With --corpus anercorp, sentences come from ANERcorp's training part instead (one record per
// sentence; scripts/lib/anercorp-records.ts): gold whose labels may train a model that ships.
// Sentences come from days 4 to 15 (days 1 to 3 serve the search evaluation), from articles in none of
// the GOLD files (JSON lines with an `id`), at most two from one article. A share F (0.25 by default)
// is drawn from all sentences; the rest from sentences holding a word of conflict, protest, diplomacy,
// aid, law or security (GROUPS below), most of which report no event: the hard negatives. With
// --focus (group names, comma-separated), a share of the draw comes first from sentences holding a
// word of those groups («protest»), for types that a broad draw gives too few of. The draws are
// seeded and round-robin over the outlets; sentence numbers take the letter P (S by default). Sentences are cut here, by this script's own simple
// rule (a line, cut after . ! ? ؟ before a space), not by Rasd's splitter, so that the gold does not
// lean on the code it measures. DIR gets packet-NN.txt (K sentences each, one per line:
// `S<n> <tab> text`), sentences.jsonl (each sentence's number, article id, fingerprint and span) and
// order.txt (the sentence numbers in drawing order).
import { mkdirSync, writeFileSync } from 'node:fs';
import { readOptions } from '../lib/options.js';
import { allDays, goldIds, seededRandom, shuffle } from '../lib/draw.js';
import { fingerprint, loadSnnRecords, type SnnRecord } from '../lib/snn-days.js';
import { loadAnercorpRecords } from '../lib/anercorp-records.js';

const USAGE = 'usage: make-packets.ts --out DIR --count N [--seed S] [--size K] [--random F] [--focus GROUPS --focus-share F] [--prefix P] [--exclude GOLD …] [--corpus snn|anercorp]';
const values = readOptions('make-packets.ts', USAGE, {
  out: { type: 'string' },
  count: { type: 'string' },
  seed: { type: 'string', default: '17' },
  size: { type: 'string', default: '100' },
  random: { type: 'string', default: '0.25' },
  focus: { type: 'string' },
  'focus-share': { type: 'string', default: '0' },
  prefix: { type: 'string', default: 'S' },
  exclude: { type: 'string', multiple: true, default: [] },
  corpus: { type: 'string', default: 'snn' },
});
const [count, size, share, focusShare] = [Number(values.count), Number(values.size), Number(values.random), Number(values['focus-share'])];
const prefix = values.prefix!;
if (values.corpus !== 'snn' && values.corpus !== 'anercorp') {
  console.error(USAGE);
  process.exit(2);
}
if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(size) || size < 1 || !(share >= 0 && focusShare >= 0 && share + focusShare <= 1) || !/^[A-Z]$/u.test(prefix)) {
  console.error(USAGE);
  process.exit(2);
}
const anercorp = values.corpus === 'anercorp';
const zips = anercorp ? [] : allDays('make-packets');
const taken = goldIds(values.exclude);

/**
 * Words of the event types' fields, written broadly (stems with optional clitics): a sentence with one
 * is a candidate, whether or not it reports an event. Written for this draw only; the extractor's
 * triggers are its own data file.
 */
const GROUPS: Record<string, string[]> = {
  conflict: [
    'قتل', 'قتيل', 'مقتل', 'اغتيال', 'اغتال', 'هجوم', 'هاجم', 'استهدف', 'قصف', 'غار', 'انفجار', 'تفجير', 'فجر', 'انتحاري', 'اشتباك', 'اشتبك', 'معارك', 'اختطاف', 'خطف',
    'جرح', 'جريح', 'إصابة', 'أصيب', 'مصرع', 'استشهاد', 'استشهد', 'شهيد', 'دمر', 'تدمير', 'إطلاق نار', 'أطلق', 'صاروخ', 'قذائف', 'عبوة', 'مفخخ',
  ],
  protest: ['تظاهر', 'مظاهرة', 'احتجاج', 'احتج', 'اعتصام', 'إضراب', 'مسيرة', 'شغب'],
  security: ['اعتقال', 'اعتقل', 'القبض', 'قبض', 'احتجاز', 'احتجز', 'ضبط', 'مداهمة', 'داهم', 'ترحيل', 'حظر', 'منع', 'حصار', 'مصادرة', 'صادر'],
  diplomacy: [
    'اتفاق', 'اتفق', 'وقع', 'توقيع', 'معاهدة', 'تعهد', 'وعد', 'زيارة', 'زار', 'استقبل', 'التقى', 'لقاء', 'اجتماع', 'اجتمع', 'مباحثات', 'بحث', 'اتصال', 'هاتفي', 'مفاوضات', 'محادثات',
    'أشاد', 'أيد', 'دعم', 'رحب', 'تأييد', 'مساعدات', 'منحة', 'تبرع', 'قدم', 'إغاثة', 'تعاون', 'شراكة',
    'انسحاب', 'انسحب', 'أفرج', 'الإفراج', 'إطلاق سراح', 'هدنة', 'وقف إطلاق', 'استقال', 'استقالة',
  ],
  claims: ['طالب', 'دعا', 'ناشد', 'طلب', 'رفض', 'اتهم', 'اتهام', 'أدان', 'إدانة', 'استنكر', 'تحقيق', 'حقق', 'هدد', 'تهديد', 'توعد', 'حذر'],
  sanctions: ['عقوبات', 'عقوبة', 'حكم', 'أحكام', 'طرد', 'قطع العلاقات', 'سحب', 'تجميد'],
  force: ['حشد', 'تعزيزات', 'نشر', 'استنفار', 'تأهب'],
};
/** A sentence holding a word of the groups named (stems with optional clitics). */
const wordsOf = (groups: readonly string[]): RegExp =>
  new RegExp('(?:^|[\\s«"(])[وفبلك]?(?:ال)?(?:' + groups.flatMap((g) => GROUPS[g]!).join('|') + ')', 'u');
const BROAD = wordsOf(Object.keys(GROUPS));
const focusGroups = values.focus ? values.focus.split(',') : [];
if (focusGroups.some((g) => !GROUPS[g])) {
  console.error(`make-packets.ts: --focus takes groups among ${Object.keys(GROUPS).join(', ')}`);
  process.exit(2);
}
const FOCUS = focusGroups.length ? wordsOf(focusGroups) : null;

interface Sentence {
  record: SnnRecord;
  start: number;
  end: number;
}
const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

/** The record's sentences: each line cut after . ! ? ؟ before a space; 6 to 80 words each, spans trimmed. */
function sentencesOf(r: SnnRecord): Sentence[] {
  const out: Sentence[] = [];
  const text = r.content;
  const cut = /[^\n]*?(?:[.!?؟](?=\s)|\n|$)/gu;
  for (let m = cut.exec(text); m && m[0].length > 0; m = cut.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    const n = words(text.slice(start, end));
    if (n >= 6 && n <= 80) out.push({ record: r, start, end });
  }
  return out;
}

const random = seededRandom(Number(values.seed));

const pools = { focus: new Map<string, Sentence[]>(), broad: new Map<string, Sentence[]>(), any: new Map<string, Sentence[]>() };
for (const r of anercorp ? loadAnercorpRecords() : await loadSnnRecords(zips.slice(3))) {
  if (taken.has(r.id)) continue;
  for (const s of sentencesOf(r)) {
    const text = r.content.slice(s.start, s.end);
    const inPools = BROAD.test(text) ? [pools.broad, pools.any] : [pools.any];
    if (FOCUS?.test(text)) inPools.push(pools.focus);
    for (const pool of inPools) {
      const list = pool.get(r.source) ?? [];
      list.push(s);
      pool.set(r.source, list);
    }
  }
}
for (const pool of Object.values(pools)) for (const list of pool.values()) shuffle(list, random);

const chosen: Sentence[] = [];
const perArticle = new Map<string, number>();
const seen = new Set<string>();
/** Draws up to `n` sentences from a pool, round-robin over its outlets. */
function draw(pool: Map<string, Sentence[]>, n: number): void {
  const outlets = [...pool.keys()].sort();
  const at = new Map(outlets.map((o) => [o, 0]));
  let got = 0;
  while (got < n) {
    let any = false;
    for (const o of outlets) {
      const list = pool.get(o)!;
      let i = at.get(o)!;
      while (i < list.length) {
        const s = list[i++]!;
        const key = `${s.record.id}@${s.start}`;
        if (seen.has(key) || (perArticle.get(s.record.id) ?? 0) >= 2) continue;
        seen.add(key);
        perArticle.set(s.record.id, (perArticle.get(s.record.id) ?? 0) + 1);
        chosen.push(s);
        got++;
        any = true;
        break;
      }
      at.set(o, i);
      if (got >= n) break;
    }
    if (!any) break;
  }
}
const randomCount = Math.round(count * share);
const focusCount = FOCUS ? Math.round(count * focusShare) : 0;
draw(pools.focus, focusCount);
draw(pools.broad, count - randomCount - focusCount);
draw(pools.any, randomCount);
// The two draws interleaved at random, so that any slice of the order (the blind part) holds both.
shuffle(chosen, random);

mkdirSync(values.out, { recursive: true });
const num = (i: number): string => `${prefix}${String(i + 1).padStart(4, '0')}`;
writeFileSync(`${values.out}/order.txt`, chosen.map((_, i) => num(i)).join('\n') + '\n');
writeFileSync(`${values.out}/sentences.jsonl`, chosen.map((s, i) => JSON.stringify({ s: num(i), id: s.record.id, fp: fingerprint(s.record.content), span: [s.start, s.end] })).join('\n') + '\n');
for (let p = 0; p * size < chosen.length; p++) {
  const lines = chosen.slice(p * size, (p + 1) * size).map((s, k) => `${num(p * size + k)}\t${s.record.content.slice(s.start, s.end).replace(/\s+/gu, ' ')}`);
  writeFileSync(`${values.out}/packet-${String(p + 1).padStart(2, '0')}.txt`, lines.join('\n') + '\n');
}
console.log(`${chosen.length} sentences (${focusCount} with a word of ${focusGroups.join('+') || 'no focus'}, ${count - randomCount - focusCount} with a broad event word, ${randomCount} from all) from ${new Set(chosen.map((s) => s.record.source)).size} outlets → ${values.out}`);
