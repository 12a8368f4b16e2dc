/**
 * Chooses each article field among a page's metadata candidates, in the order of trust:
 *   headline  JSON-LD headline > og:title > <h1> > <title>, without a « | Outlet» suffix
 *   subtitle  the <h2> right after the <h1> > og:description / description / JSON-LD, unless it repeats the body
 *   byline    JSON-LD authors > meta author > a byline element, without «بقلم:»
 *   published JSON-LD datePublished > article:published_time > <time datetime> > a <time>'s text («21 يوليو 2015»)
 *   outlet    og:site_name > JSON-LD publisher > the caller's outlet
 *   url       canonical > og:url > JSON-LD url > the caller's url
 */
import { normalizeText } from '../../text/normalize.js';
import type { Article } from '../../core/article.js';
import { parsePublished } from '../records/published.js';
import type { PageMetadata } from './html-metadata.js';
import { parseDateText } from './parse-date-text.js';

/** The chosen fields, as text. */
export interface HtmlFields {
  headline: string | null;
  subtitle: string | null;
  byline: string | null;
  published: Article['published'];
  /** Times the page gives that are not dates: they become diagnostics. */
  badDates: string[];
  outlet: string | null;
  url: string | null;
}

// « | النهار», « - أخبار الواحة», « — Site»: the separators that put the outlet after a headline.
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' « ', ' » '];
// An unknown suffix after « | » is an outlet when it is this short.
const MAX_SUFFIX_WORDS = 4;
// «بقلم: كريم الحداد», «كتبت - ليلى», «By Sami».
const BYLINE_LEADER = /^(?:بقلم|كتب|كتبت|كتبه|كتبها|إعداد|اعداد|تقرير|by)(?![\p{L}\p{M}])\s*[:：\-–—]?\s*/iu;
// A description cut short: «… تخصص جناحاً…», «… ...». Blank and dot runs are matched from their
// first character only (the lookbehinds): `\s*(?:…|\.{2,})\s*$` re-read a long run from each one.
export const ELLIPSIS = /(?:(?<!\s)\s+)?(?:…|(?<!\.)\.{2,})\s*$/u;
// What ends a byline: «كريم الحداد،», «Sami:».
export const BYLINE_END = /(?<![\s.،,:])[\s.،,:]+$/u;

const key = (s: string): string => normalizeText(s, 'search');
const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

/** A title without its site suffix: `خبر | النهار` → `خبر` when «النهار» is the outlet or a short name after « | ». */
export function stripSiteSuffix(title: string, outlets: ReadonlyArray<string | null>): string {
  const known = new Set(outlets.filter((o): o is string => !!o).map(key));
  for (const sep of SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + sep.length).trim();
    if (known.has(key(tail))) return head;
    if (sep === ' | ' && words(tail) <= MAX_SUFFIX_WORDS && words(head) > words(tail)) return head;
    // `النهار | خبر`: the outlet first.
    const first = title.indexOf(sep);
    if (known.has(key(title.slice(0, first).trim()))) return title.slice(first + sep.length).trim();
  }
  return title;
}

/** A byline without its leader word: `بقلم: كريم الحداد` → `كريم الحداد`; null for a URL or nothing. */
export function cleanByline(raw: string | null): string | null {
  if (!raw || /^https?:\/\//iu.test(raw)) return null;
  const name = raw.replace(BYLINE_LEADER, '').replace(BYLINE_END, '').trim();
  return name || null;
}

/** True when a description only repeats body text: the lead (cut with «…») or any other part of it. */
export function repeatsBody(description: string, bodyKey: string): boolean {
  const d = key(description.replace(ELLIPSIS, ''));
  return d.length > 0 && bodyKey.includes(d);
}

function absoluteUrl(candidates: ReadonlyArray<string | null | undefined>): string | null {
  const base = candidates.find((c) => c && URL.canParse(c) && /^https?:/iu.test(c));
  for (const c of candidates) {
    if (!c) continue;
    const u = URL.canParse(c, base ?? undefined) ? new URL(c, base ?? undefined) : null;
    if (u && /^https?:$/u.test(u.protocol)) return u.href;
  }
  return null;
}

/** Chooses the fields of a page (see the module comment); `paragraphs` is the body, used to tell a subtitle from a lead. */
export function chooseFields(meta: PageMetadata, paragraphs: readonly string[], options: { outlet?: string | null; url?: string | null }): HtmlFields {
  const ld = meta.jsonLd;
  const outlet = meta.siteName ?? ld?.publisher ?? options.outlet ?? null;
  const outlets = [outlet, meta.siteName, ld?.publisher ?? null, options.outlet ?? null];
  const headline = [ld?.headline, meta.ogTitle, meta.h1, meta.title].map((t) => (t ? stripSiteSuffix(t, outlets) : null)).find((t) => t) ?? null;

  const bodyKey = key(paragraphs.join(' '));
  const isHeadline = (s: string): boolean => headline !== null && key(s) === key(headline);
  const described = meta.descriptions.find((d) => !isHeadline(d) && !repeatsBody(d, bodyKey)) ?? null;
  const subtitle = meta.afterH1 && !isHeadline(meta.afterH1) ? meta.afterH1 : described;

  const authors = ld?.authors.filter((a) => !outlet || key(a) !== key(outlet)) ?? [];
  const byline = cleanByline(authors.join('، ') || null) ?? cleanByline(meta.metaAuthor) ?? cleanByline(meta.bylineText);

  const badDates: string[] = [];
  let published: Article['published'] = null;
  for (const raw of [ld?.datePublished, meta.metaPublished, meta.timeValue]) {
    if (!raw || published) continue;
    published = parsePublished(raw);
    if (!published) badDates.push(raw);
  }
  // Last, a date written only as text: `<time>الثلاثاء 21 يوليو 2015</time>`.
  for (const text of meta.timeTextsByTrust) published ??= parseDateText(text);
  return { headline, subtitle, byline, published, badDates, outlet, url: absoluteUrl([meta.canonical, meta.ogUrl, ld?.url, options.url]) };
}
