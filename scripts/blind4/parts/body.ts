// Body paragraphs with chrome between them: read-more lines, captions,
// ads, embedded tweets, video and gallery widgets.
import type { Seg } from '../layout.js';
import type { Article, Page } from '../kit.js';
import { MONTHS_MSA } from '../dates.js';
import { AD_LABELS, CAPTIONS, GALLERY, HANDLES, PHOTOGRAPHERS_PREFIX, READMORE_PREFIX, TWEETS, VIDEO } from '../vocab.js';
import { personName } from './head.js';

export type Insert = 'readmore' | 'caption' | 'ad' | 'tweet' | 'video' | 'gallery';

export function readMore(p: Page): void {
  const pre = p.rng.pick(READMORE_PREFIX);
  if (p.rng.chance(0.25)) {
    p.c('readmore', pre);
    p.c('readmore', p.pools.title());
  } else {
    p.c('readmore', `${pre} ${p.pools.title()}`);
  }
}

export function caption(p: Page): void {
  const text = p.rng.pick(CAPTIONS);
  const credit = `${p.rng.pick(PHOTOGRAPHERS_PREFIX)} ${personName(p)}`;
  p.oneOf([
    [() => p.c('caption', `${text} (${credit})`), 2],
    [() => p.cs('caption', [text, credit]), 2],
    [() => p.c('caption', `${text} - ${p.rng.pick(['أرشيفية', 'واس', 'رويترز', 'أ ف ب', 'الصورة من المصدر'])}`), 2],
    [() => p.c('caption', text), 1],
    [() => p.cs('caption', [`Image copyright ${p.rng.pick(['Reuters', 'AFP', 'Getty Images', 'EPA'])}`, `Image caption ${text}`]), 1],
  ]);
}

export function adInline(p: Page): void {
  p.c('ad', p.rng.pick(AD_LABELS));
}

export function tweet(p: Page): void {
  const handle = p.rng.pick(HANDLES);
  const d = `${p.rng.int(1, 28)} ${MONTHS_MSA[6]} 2015`;
  p.c('tweet', p.rng.pick(TWEETS));
  p.c('tweet', `— ${personName(p)} (@${handle}) ${d}`);
}

export function video(p: Page): void {
  p.c('video', p.rng.pick(VIDEO));
  if (p.rng.chance(0.5)) p.c('video', `${p.rng.int(0, 9)}:${String(p.rng.int(0, 59)).padStart(2, '0')}`);
}

export function gallery(p: Page): void {
  const n = p.rng.int(4, 24);
  const k = p.rng.int(1, n);
  p.oneOf([
    [() => p.c('gallery', `${k} / ${n}`), 2],
    [() => p.cs('gallery', [p.rng.pick(GALLERY), `${k} من ${n}`]), 1],
    [() => p.c('gallery', `${p.rng.pick(GALLERY)} (${n})`), 1],
  ]);
}

const INSERTS: Record<Insert, (p: Page) => void> = {
  readmore: readMore,
  caption,
  ad: adInline,
  tweet,
  video,
  gallery,
};

export interface BodyOpts {
  /** Weighted kinds of chrome that may appear between paragraphs. */
  inserts?: [Insert, number][];
  /** Chance of an insert after a paragraph. */
  rate?: number;
  max?: number;
  /** Chrome glued on the first paragraph's line, before it. */
  glueStart?: Seg;
  /** Chrome glued on the last paragraph's line, after it. */
  glueEnd?: Seg;
  /** Blank lines around inserts (default: the paragraph gap). */
  insertGap?: () => number;
}

export function writeBody(p: Page, a: Article, o: BodyOpts = {}): void {
  const rate = o.rate ?? 0;
  let left = o.max ?? 3;
  const gapAround = () => (o.insertGap ? p.gap(o.insertGap()) : p.paraGap());
  a.body.forEach((text, i) => {
    const last = i === a.body.length - 1;
    p.para(text, i === 0 ? o.glueStart : undefined, last ? o.glueEnd : undefined);
    if (last) return;
    if (o.inserts && left > 0 && p.rng.chance(rate)) {
      left--;
      gapAround();
      INSERTS[p.rng.weighted(o.inserts)](p);
      gapAround();
    } else {
      p.paraGap();
    }
  });
}
