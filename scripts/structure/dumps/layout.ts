// Lays out one dump file: its articles' lines in order (headline, chrome, body, captions), with the
// file's template chrome repeated in every article and other chrome placed once, at random.
import { KINDS, type ChromeCtx, type Slot } from './chrome-kinds.js';
import { momentOn, outletInfo, PLACES, type Outlet } from './chrome-words.js';
import type { Rng } from './prng.js';
import type { Article } from './records.js';

export type Role = 'headline' | 'body' | 'caption' | 'chrome';

export interface LaidLine {
  text: string;
  role: Role;
  kind?: string;
  /** Blank lines before this line (within an article: 0–2). */
  gap: number;
}

export interface LaidArticle {
  article: Article;
  lines: LaidLine[];
}

export interface FileLayout {
  articles: LaidArticle[];
  /** Blank lines between articles, before each article after the first (3–5). */
  articleGaps: number[];
  leadingBlanks: number;
  trailingSpaceRate: number;
  leadingSpaceRate: number;
  spacedBlanks: boolean;
}

interface Placed {
  slot: Slot;
  lines: LaidLine[];
}

interface TemplateItem {
  kind: string;
  wording: number;
  slot: Slot;
  text?: string[];
}

export interface Pools {
  names: readonly string[];
  otherTitles: (k: number) => string[];
}

const SLOTS: Slot[] = ['top', 'head', 'mid', 'bottom'];
const CAPTION_WHAT = ['جانب من الاجتماع', 'جانب من اللقاء', 'لقطة من المباراة', 'من موقع الحادث', 'جانب من الحفل', 'من الفعاليات', 'صورة أرشيفية', 'جانب من المؤتمر الصحافي'];

function slotFor(kind: string, rng: Rng): Slot {
  const spec = KINDS[kind]!;
  return rng.chance(0.78) ? rng.pick(spec.slots) : rng.pick(SLOTS);
}

const chromeLines = (kind: string, text: readonly string[]): LaidLine[] => text.map((t) => ({ text: t, role: 'chrome' as const, kind, gap: 0 }));

function caption(rng: Rng, names: readonly string[]): string {
  const what = rng.chance(0.3) ? `${rng.pick(names)} خلال ${rng.pick(['حديثه للصحفيين', 'الجولة', 'افتتاح المعرض', 'الاجتماع'])}` : rng.pick(CAPTION_WHAT);
  const credit = rng.pick(['', ' (واس)', ' (أ ف ب)', ' (رويترز)', ` (تصوير: ${rng.pick(names)})`, ` - ${rng.pick(PLACES)}`]);
  return what + credit;
}

function layArticle(article: Article, template: TemplateItem[], site: Outlet, rng: Rng, pools: Pools, paraGap: number): LaidLine[] {
  const ctx: ChromeCtx = { rng, site, article, moment: momentOn(article.day, rng), names: pools.names, otherTitles: pools.otherTitles };
  const placed: Placed[] = [];
  for (const t of template) {
    const text = t.text ?? KINDS[t.kind]!.wordings[t.wording]!(ctx);
    placed.push({ slot: t.slot, lines: chromeLines(t.kind, text) });
  }
  const used = new Set(template.map((t) => t.kind));
  const once = rng.sample(Object.keys(KINDS).filter((k) => !used.has(k)), rng.int(1, 5));
  for (const kind of once) placed.push({ slot: slotFor(kind, rng), lines: chromeLines(kind, rng.pick(KINDS[kind]!.wordings)(ctx)) });
  if (rng.chance(0.2)) placed.push({ slot: rng.pick(['top', 'head', 'head', 'bottom'] as const), lines: chromeLines('duplicate', [article.title]) });
  if (rng.chance(0.12)) {
    const text = caption(rng, pools.names);
    const lines: LaidLine[] = [{ text, role: 'caption', gap: 0 }];
    if (rng.chance(0.3)) lines.push({ text, role: 'chrome', kind: 'duplicate', gap: 0 });
    placed.push({ slot: rng.pick(['head', 'mid'] as const), lines });
  }
  const n = article.paragraphs.length;
  const slotOf = (p: Placed): Slot => (p.slot === 'mid' && n < 2 ? 'bottom' : p.slot);
  const at = (slot: Slot): Placed[] => rng.shuffle(placed.filter((p) => slotOf(p) === slot));
  const midAt = new Map<number, Placed[]>();
  for (const p of at('mid')) {
    const i = rng.int(1, n - 1);
    midAt.set(i, [...(midAt.get(i) ?? []), p]);
  }
  const bottom = at('bottom');
  bottom.sort((a, b) => Number(b.lines[0]?.kind === 'end-mark') - Number(a.lines[0]?.kind === 'end-mark'));
  const blocks: LaidLine[][] = [
    ...at('top').map((p) => p.lines),
    [{ text: article.title, role: 'headline', gap: 0 }],
    ...at('head').map((p) => p.lines),
  ];
  article.paragraphs.forEach((text, i) => {
    for (const p of midAt.get(i) ?? []) blocks.push(p.lines);
    blocks.push([{ text, role: 'body', gap: 0 }]);
  });
  blocks.push(...bottom.map((p) => p.lines));
  const out: LaidLine[] = [];
  for (const block of blocks) {
    block.forEach((line, i) => {
      const base = i === 0 ? paraGap : rng.chance(0.8) ? 0 : paraGap;
      const gap = out.length === 0 ? 0 : Math.max(0, Math.min(2, base + (rng.chance(0.12) ? rng.pick([-1, 1]) : 0)));
      out.push({ ...line, gap });
    });
  }
  return out;
}

/** The file's layout: one site template (0–5 kinds), the articles, and the file's spacing habits. */
export function layFile(articles: readonly Article[], rng: Rng, pools: Pools): FileLayout {
  const site = outletInfo(rng.pick(articles).outlet);
  const siteCtx: ChromeCtx = { rng, site, article: articles[0]!, moment: momentOn(articles[0]!.day, rng), names: pools.names, otherTitles: pools.otherTitles };
  const template: TemplateItem[] = rng.sample(Object.keys(KINDS), rng.int(0, 5)).map((kind) => {
    const spec = KINDS[kind]!;
    const wording = rng.int(0, spec.wordings.length - 1);
    const item: TemplateItem = { kind, wording, slot: slotFor(kind, rng) };
    if (spec.fixed) item.text = spec.wordings[wording]!(siteCtx);
    return item;
  });
  const paraGap = rng.chance(0.5) ? 1 : 0;
  return {
    articles: articles.map((article) => ({ article, lines: layArticle(article, template, site, rng, pools, paraGap) })),
    articleGaps: articles.map(() => rng.int(3, 5)),
    leadingBlanks: rng.chance(0.2) ? rng.int(1, 2) : 0,
    trailingSpaceRate: rng.chance(0.35) ? rng.pick([0.05, 0.15, 0.4]) : 0,
    leadingSpaceRate: rng.chance(0.3) ? rng.pick([0.1, 0.5, 0.9]) : 0,
    spacedBlanks: rng.chance(0.2),
  };
}
