/**
 * The article a page describes in JSON-LD (`<script type="application/ld+json">`): a NewsArticle
 * (or Article, BlogPosting, …) found at the top, in an array, in `@graph` or nested in a WebPage,
 * with its authors and publisher resolved through `@id` references.
 */
import { squash } from './parse-html.js';

/** What JSON-LD says about the article; each field null (or empty) when not given. */
export interface JsonLdArticle {
  headline: string | null;
  description: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

/** A JSON-LD script that is not JSON, by its position among the page's scripts. */
export interface JsonLdError {
  script: number;
  message: string;
}

type Json = Record<string, unknown>;

// `NewsArticle`, `schema:ReportageNewsArticle`, `https://schema.org/BlogPosting`, …
const ARTICLE_TYPE = /(?:^|[/:#])(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/u;
const MAX_DEPTH = 8;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in a JSON-LD value, depth first. */
function objects(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > MAX_DEPTH) return out;
  if (Array.isArray(value)) for (const v of value) objects(v, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    for (const v of Object.values(value)) if (typeof v === 'object') objects(v, out, depth + 1);
  }
  return out;
}

function text(v: unknown): string | null {
  const s = typeof v === 'string' ? squash(v) : '';
  return s || null;
}

/** `"Name"`, `{name}`, `{"@id"}` resolved in `byId`, or an array of those → names. */
function names(v: unknown, byId: Map<string, Json>): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.flatMap((x) => {
    if (typeof x === 'string') return text(x) ?? [];
    if (!isObject(x)) return [];
    const node = typeof x['@id'] === 'string' && x['name'] === undefined ? (byId.get(x['@id']) ?? x) : x;
    return text(node['name']) ?? [];
  });
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return text(v);
  return isObject(v) ? text(v['@id']) ?? text(v['url']) : null;
}

/** Parses a script's JSON; a second try replaces raw control characters, which CMSs leave inside strings. */
function parse(script: string): unknown {
  try {
    return JSON.parse(script);
  } catch {
    return JSON.parse(script.replace(/[\u0000-\u001F]+/gu, ' '));
  }
}

/** The article described by the page's JSON-LD scripts (their texts, in order), and the scripts that are not JSON. */
export function readJsonLd(scripts: readonly string[]): { article: JsonLdArticle | null; errors: JsonLdError[] } {
  const errors: JsonLdError[] = [];
  const nodes: Json[] = [];
  scripts.forEach((s, i) => {
    if (!s.trim()) return;
    try {
      objects(parse(s), nodes);
    } catch (err) {
      errors.push({ script: i, message: (err as Error).message });
    }
  });
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1) byId.set(n['@id'], n);
  const candidates = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  const node = candidates.find((n) => text(n['headline'])) ?? candidates[0];
  if (!node) return { article: null, errors };
  return {
    article: {
      headline: text(node['headline']) ?? text(node['name']),
      description: text(node['description']),
      authors: [...new Set(names(node['author'], byId))],
      datePublished: text(node['datePublished']) ?? text(node['dateCreated']),
      publisher: names(node['publisher'], byId)[0] ?? null,
      url: urlOf(node['url']) ?? urlOf(node['mainEntityOfPage']),
    },
    errors,
  };
}
