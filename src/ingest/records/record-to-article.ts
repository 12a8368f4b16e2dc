/** One record (from JSON or CSV) → an article: fields by the map, spans through the offset maps. */
import { isSpaceUnit } from '../../text/count-words.js';
import { articleId } from '../article-id.js';
import type { Article, ArticleSpan } from '../../core/article.js';
import { applyVerdicts } from '../chrome/apply-verdicts.js';
import { judgeLines } from '../chrome/judge-lines.js';
import type { Profiles } from '../chrome/profiles.js';
import { profileKey } from '../chrome/profiles.js';
import { splitDateline } from '../dump/dateline.js';
import { parseDateText } from '../html/parse-date-text.js';
import { deckLines } from './deck.js';
import { decodeEntities } from './entities.js';
import { MAPPABLE, type FieldMap } from './field-map.js';
import type { StringField } from './json-scan.js';
import { parsePublished } from './published.js';
import { headCaption } from './head-caption.js';
import { tailCaptions } from './tail-captions.js';

/** Options of every record reader (JSON, JSONL, CSV). */
export interface RecordOptions {
  path: string;
  /** Explicit field mapping; detected from the keys otherwise. */
  map?: FieldMap;
  /** The outlet, when records do not name one. */
  outlet?: string | null;
  /** What the run has learned of each outlet's chrome; without it, lines are judged on their own. */
  profiles?: Profiles;
}

/** The trimmed span of decoded characters `[from, to)` of a field, mapped to raw offsets. */
function rawSpan(f: StringField, from: number, to: number): ArticleSpan | null {
  while (from < to && /\s/.test(f.value[from]!)) from++;
  while (to > from && /\s/.test(f.value[to - 1]!)) to--;
  return from < to ? { start: f.raw[from]!, end: f.raw[to]! } : null;
}

/** Paragraphs of a body field, as decoded `[from, to)` ranges: lines split at newlines, trimmed, empty ones dropped. */
function paragraphsOf(f: StringField): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const v = f.value;
  let from = 0;
  for (;;) {
    const nl = v.indexOf('\n', from);
    const k = nl < 0 ? v.length : nl;
    let a = from;
    let b = k;
    while (a < b && isSpaceUnit(v.charCodeAt(a))) a++;
    while (b > a && isSpaceUnit(v.charCodeAt(b - 1))) b--;
    if (a < b) out.push([a, b]);
    if (nl < 0) return out;
    from = k + 1;
  }
}

/** The article of one record, or why there is none. `fields` holds the record's string fields with offsets. */
export function recordToArticle(
  record: Readonly<Record<string, unknown>>,
  fields: ReadonlyMap<string, StringField>,
  map: FieldMap,
  r: ArticleSpan,
  options: RecordOptions,
): { article: Article } | { code: string; message: string } {
  const decoded = new Map<string, StringField | undefined>();
  // Text fields lose their HTML character references (&quot; …); a URL keeps them.
  const field = (name: (typeof MAPPABLE)[number]): StringField | undefined => {
    if (!decoded.has(name)) {
      const f = map[name] ? fields.get(map[name]!) : undefined;
      decoded.set(name, f && name !== 'url' ? decodeEntities(f) : f);
    }
    return decoded.get(name);
  };
  const body = field('body');
  if (!body || !body.value.trim()) {
    return { code: 'records/no-body', message: `no article text: the record has no ${map.body ? `text in "${map.body}"` : 'field that looks like a body (content, text, body…; use --map body=KEY)'}` };
  }
  const spanOf = (name: (typeof MAPPABLE)[number]): ArticleSpan | null => {
    const f = field(name);
    return f ? rawSpan(f, 0, f.value.length) : null;
  };
  const textOf = (span: ArticleSpan | null, name: (typeof MAPPABLE)[number]): string | null => {
    if (span) return field(name)!.value.trim();
    const v = map[name] ? record[map[name]!] : undefined;
    return typeof v === 'number' || (typeof v === 'string' && v.trim()) ? String(v).trim() : null;
  };
  const outlet = textOf(spanOf('outlet'), 'outlet') ?? options.outlet ?? null;
  // Chrome leaves the body: share bars, «read more», SMS blocks; a reporter or place line fills byline or dateline.
  const all = paragraphsOf(body);
  const profile = options.profiles?.get(profileKey(outlet, options.path)) ?? null;
  const texts = all.map(([a, b]) => body.value.slice(a, b));
  const credits = [field('byline')?.value.trim()].filter((s): s is string => !!s);
  const verdicts = judgeLines(texts, { profile, echoes: credits });
  // The deck before the opening credit is the subtitle (when the record gives none); a photo's caption may open the
  // text where the outlet habitually opens so, and a gallery's captions may close it.
  const deck = spanOf('subtitle') ? [] : deckLines(texts, verdicts);
  const blankBefore = all.map(([a], i) => i > 0 && /\n[^\S\n]*\n/u.test(body.value.slice(all[i - 1]![1], a)));
  const captionLines = [...(deck.includes(0) ? [] : headCaption(texts, verdicts, profile)), ...tailCaptions(texts, verdicts, blankBefore)];
  const aside = new Set([...deck, ...captionLines]);
  const lines = all.filter((_, i) => !aside.has(i));
  const clean = applyVerdicts(body.value, lines, verdicts.filter((_, i) => !aside.has(i)));
  const ranges = clean.kept;
  const toRaw = ([a, b]: [number, number]): ArticleSpan => ({ start: body.raw[a]!, end: body.raw[b]! });
  const deckRange: [number, number] | null = deck.length ? [all[deck[0]!]![0], all[deck[deck.length - 1]!]![1]] : null;
  let dateline: ArticleSpan | null = clean.dateline ? toRaw(clean.dateline) : null;
  let datelineText: string | null = clean.dateline ? body.value.slice(...clean.dateline) : null;
  let bylineText: string | null = null;
  let byline = spanOf('byline');
  if (clean.byline && !byline) {
    byline = toRaw(clean.byline);
    bylineText = body.value.slice(...clean.byline);
  }
  // A dateline opens the body: «الرياض: …»; checked on the decoded text, mapped back through the offsets.
  const first = ranges[0];
  const split = first && !dateline ? splitDateline(body.value, { start: first[0], end: first[1] }) : null;
  if (split && first) {
    dateline = toRaw([split.dateline.start, split.dateline.end]);
    datelineText = body.value.slice(split.dateline.start, split.dateline.end);
    if (split.byline && !byline) {
      byline = toRaw([split.byline.start, split.byline.end]);
      bylineText = body.value.slice(split.byline.start, split.byline.end);
    }
    if (split.rest) ranges[0] = [split.rest.start, split.rest.end];
    else ranges.shift();
  }
  const paragraphs = ranges.map(toRaw);
  const paraTexts = ranges.map(([a, b]) => body.value.slice(a, b));
  const headlineSpan = spanOf('headline');
  const headline = textOf(headlineSpan, 'headline');
  const published = textOf(spanOf('published'), 'published');
  const subtitleSpan = spanOf('subtitle') ?? (deckRange ? toRaw(deckRange) : null);
  return {
    article: {
    id: articleId(headline, paraTexts),
    headline,
    subtitle: deckRange ? deck.map((i) => texts[i]).join('\n') : textOf(subtitleSpan, 'subtitle'),
    byline: bylineText ?? textOf(spanOf('byline'), 'byline'),
    dateline: datelineText,
    published: published ? parsePublished(published) : clean.date ? parseDateText(body.value.slice(...clean.date)) : null,
    outlet,
    url: textOf(spanOf('url'), 'url'),
    captions: captionLines.map((i) => ({ text: texts[i]!, credit: null, ...toRaw(all[i]!) })),
    paragraphs: paraTexts,
    source: { path: options.path, start: r.start, end: r.end },
    spans: { headline: headlineSpan, subtitle: subtitleSpan, byline, dateline, paragraphs },
    removed: clean.removed.map((r) => ({ ...toRaw([r.start, r.end]), reason: 'chrome' as const, kind: r.kind, evidence: r.evidence, text: body.value.slice(r.start, r.end) })),
    diagnostics: [],
  },
  };
}
