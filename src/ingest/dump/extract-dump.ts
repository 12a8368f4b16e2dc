/** Page-text dump → articles: segment into blocks, structure each, and build the records. */
import type { Diagnostic } from '../../errors.js';
import { countWords } from '../../text/count-words.js';
import { articleId } from '../article-id.js';
import type { Article, ArticleSpan } from '../../core/article.js';
import { segmentDump } from './segment-dump.js';
import { structureDumpBlock } from './structure-dump.js';
import { profileKey, type Profiles } from '../chrome/profiles.js';

export interface DumpOptions {
  /** The input's name, recorded in `source.path` and in diagnostics. */
  path: string;
  /** The outlet, when the caller knows it (dumps do not say). */
  outlet?: string | null;
  /** What the run has learned of chrome, by outlet or input (chrome/profiles.ts). */
  profiles?: Profiles;
}

/**
 * Whether a block's body lines are text, not a list, a menu or comments left between articles: a
 * sentence of some length, or a line as long as a paragraph, that is not cut short («…» closes a
 * listing's teaser); or, with no such line and no line bulleted, numbered or cut short, a sentence
 * however short, or more words than a list holds (a poem has no full stops but many verses).
 */
const LIST_WORDS = 15;
const POEM_WORDS = 60;
const SENTENCE_WORDS = 5;
const PARAGRAPH_WORDS = 25;
const BULLETED = /^(?:[•·▪●◦■\-–*]|\p{Nd}{1,2}\s*[-.)])\s/u;
const CUT_SHORT = /(?:\.\.\.|…)\s*["»”)]?$/u;
function holdsText(lines: readonly string[]): boolean {
  const text = (l: string): boolean => {
    if (CUT_SHORT.test(l)) return false;
    const n = countWords(l, PARAGRAPH_WORDS);
    return n >= PARAGRAPH_WORDS || (n >= SENTENCE_WORDS && /[.!؟?]["»”)]?$/u.test(l));
  };
  if (lines.some(text)) return true;
  if (lines.some((l) => BULLETED.test(l) || CUT_SHORT.test(l))) return false;
  if (lines.some((l) => /[.!؟?]["»”)]?$/u.test(l))) return true;
  return lines.reduce((n, l) => n + countWords(l, POEM_WORDS), 0) >= (lines.length > 1 ? POEM_WORDS : LIST_WORDS);
}

/** The articles of a page-text dump, in order. A block with no body becomes a diagnostic, not an article. */
export function extractDump(text: string, options: DumpOptions): { articles: Article[]; diagnostics: Diagnostic[] } {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const slice = (s: ArticleSpan | null): string | null => (s ? text.slice(s.start, s.end) : null);
  const profile = options.profiles?.get(profileKey(options.outlet, options.path)) ?? null;
  for (const block of segmentDump(text)) {
    const parts = structureDumpBlock(text, block, profile);
    if (parts.paragraphs.length === 0 || !holdsText(parts.paragraphs.map((p) => text.slice(p.start, p.end)))) {
      diagnostics.push({
        code: 'dump/no-body',
        message: `lines ${text.slice(block.start, Math.min(block.end, block.start + 60)).replace(/\s+/g, ' ')}… hold no article body${parts.paragraphs.length ? ' (a list or a menu: no sentence, a few words or bulleted lines)' : ''}; skipped`,
        input: options.path,
        start: block.start,
        end: block.end,
        unit: 'char',
        severity: 'warning',
      });
      continue;
    }
    const headline = slice(parts.headline);
    const paragraphs = parts.paragraphs.map((p) => text.slice(p.start, p.end));
    articles.push({
      id: articleId(headline, paragraphs),
      headline,
      subtitle: slice(parts.subtitle),
      byline: slice(parts.byline),
      dateline: slice(parts.dateline),
      published: parts.published,
      outlet: options.outlet ?? null,
      url: null,
      captions: parts.captions,
      paragraphs,
      source: { path: options.path, start: block.start, end: block.end },
      spans: { headline: parts.headline, subtitle: parts.subtitle, byline: parts.byline, dateline: parts.dateline, paragraphs: parts.paragraphs },
      removed: parts.removed,
      diagnostics: [],
    });
  }
  return { articles, diagnostics };
}
