// Plans one article as a scraped page: chrome zones around the headline and body, each line with the
// blank lines before it. Pure: randomness comes from the Rng, data from the Picked record.
import { type Rng, chance, int, pick, shuffle } from './prng.js';
import { CHROME_KINDS, type ChromeCtx, inlineShare } from './chrome-kinds.js';
import type { Picked } from './select-records.js';

/** One line of a dump: a headline, a body paragraph (maybe with a share bar glued before it) or chrome. */
export type Piece =
  | { role: 'headline'; text: string }
  | { role: 'body'; text: string; glued?: { text: string; sep: string } }
  | { role: 'chrome'; kind: string; text: string };

export interface Line { piece: Piece; gap: number } // gap: blank lines before this line

/** The per-file «site»: its spacing habits and how often it repeats chrome. */
export interface FileStyle {
  bodyGap: number; // blank lines between paragraphs
  blockGap: number; // blank lines inside a chrome block
  articleGap: number; // blank lines between articles
  jitter: number; // chance a gap differs from the habit
  density: number; // scales every chrome probability
  exactRepeat: number; // chance a kind reuses this file's earlier block word for word
  sameWording: number; // chance a kind uses this file's wording (with fresh numbers)
  wording: Map<string, number>;
  cache: Map<string, string[]>;
}

/** A file's style, drawn once per file. */
export function drawStyle(r: Rng): FileStyle {
  const wording = new Map<string, number>();
  for (const [kind, vs] of Object.entries(CHROME_KINDS)) wording.set(kind, int(r, 0, vs.length - 1));
  return {
    bodyGap: pick(r, [0, 1, 1, 2]), blockGap: pick(r, [0, 0, 0, 1]), articleGap: int(r, 2, 4), jitter: pick(r, [0, 0.1, 0.25]),
    density: 0.4 + r() * 0.9, exactRepeat: pick(r, [0, 0.4, 0.8]), sameWording: pick(r, [0.3, 0.6, 0.9]), wording, cache: new Map(),
  };
}

type Zone = Array<[kind: string, p: number]>;
// «page top» lines come before the headline; «meta» between headline and body; «tail» after the body.
const PAGE_TOP: Zone = [['nav', 0.35], ['login', 0.15], ['ticker', 0.15], ['breadcrumb', 0.4], ['ad', 0.25], ['date', 0.15]];
const META: Zone = [['byline', 0.45], ['date', 0.55], ['dateline', 0.15], ['share', 0.35], ['font-size', 0.2], ['print-email', 0.15],
  ['photo-caption', 0.35], ['gallery', 0.15], ['headline-repeat', 0.15], ['views', 0.2], ['comments', 0.15], ['ad', 0.1]];
const IN_BODY: Zone = [['ad', 0.35], ['photo-caption', 0.25], ['related', 0.2], ['gallery', 0.1], ['share', 0.05], ['most-read', 0.05]];
const TAIL: Zone = [['byline', 0.1], ['date', 0.15], ['tags', 0.35], ['share', 0.35], ['print-email', 0.15], ['comments', 0.3],
  ['views', 0.15], ['rating', 0.12], ['related', 0.35], ['most-read', 0.2], ['prev-next', 0.2], ['follow', 0.25], ['contact-sms', 0.12], ['ad', 0.15]];
const PAGE_BOTTOM: Zone = [['footer', 0.6], ['nav', 0.25], ['follow', 0.2], ['cookie', 0.1], ['contact-sms', 0.15], ['most-read', 0.15]];

function block(r: Rng, s: FileStyle, kind: string, c: ChromeCtx): string[] {
  const cached = s.cache.get(kind);
  if (cached && kind !== 'headline-repeat' && chance(r, s.exactRepeat)) return cached;
  const vs = CHROME_KINDS[kind];
  if (!vs) throw new Error(`unknown chrome kind ${kind}`);
  const i = chance(r, s.sameWording) ? (s.wording.get(kind) ?? 0) : int(r, 0, vs.length - 1);
  const lines = (vs[i] ?? vs[0]!)(r, c).map((l) => l.trim()).filter((l) => l !== '');
  s.cache.set(kind, lines);
  return lines;
}

function gap(r: Rng, s: FileStyle, habit: number): number {
  return chance(r, s.jitter) ? int(r, 0, 2) : habit;
}

function pushBlock(out: Line[], r: Rng, s: FileStyle, kind: string, c: ChromeCtx): void {
  block(r, s, kind, c).forEach((text, i) => out.push({ piece: { role: 'chrome', kind, text }, gap: i === 0 ? gap(r, s, s.bodyGap) : s.blockGap }));
}

function zone(out: Line[], r: Rng, s: FileStyle, z: Zone, c: ChromeCtx, boost = 1): void {
  const kinds = shuffle(r, z.filter(([, p]) => chance(r, Math.min(0.95, p * s.density * boost))).map(([k]) => k));
  for (const k of kinds) pushBlock(out, r, s, k, c);
}

/** Where the article sits in its file: first and last pages get the page-wide chrome more often. */
export interface Place { first: boolean; last: boolean }

/** The lines of one article page. */
export function layoutArticle(r: Rng, s: FileStyle, a: Picked, place: Place, otherTitles: (n: number) => string[]): Line[] {
  const c: ChromeCtx = { date: a.date, author: a.author, title: a.title, otherTitles };
  const out: Line[] = [];
  if (place.first && chance(r, 0.15 * s.density)) pushBlock(out, r, s, 'cookie', c);
  zone(out, r, s, PAGE_TOP, c, place.first ? 1.5 : 0.7);
  out.push({ piece: { role: 'headline', text: a.title }, gap: gap(r, s, s.bodyGap) });
  zone(out, r, s, META, c);
  a.paragraphs.forEach((text, i) => {
    if (i > 0 && chance(r, 0.12 * s.density)) {
      const picks = IN_BODY.filter(([, p]) => chance(r, p));
      const k = picks[0]?.[0] ?? 'ad';
      pushBlock(out, r, s, k, c);
    }
    const glue = i === 0 && chance(r, 0.12);
    const piece: Piece = glue ? { role: 'body', text, glued: { text: inlineShare(r), sep: pick(r, [' ', ' ', '  ']) } } : { role: 'body', text };
    out.push({ piece, gap: gap(r, s, s.bodyGap) });
  });
  if (chance(r, 0.25 * s.density + 0.05)) pushBlock(out, r, s, 'agency-mark', c);
  zone(out, r, s, TAIL, c);
  if (place.last || chance(r, 0.3)) zone(out, r, s, PAGE_BOTTOM, c, place.last ? 1.3 : 0.8);
  return out;
}
