/**
 * The shapes the UI reads from the JSON API, as src/api/schemas.ts and src/core/article.ts define
 * them (the browser cannot import zod schemas, so they are restated here as plain types).
 */

/** `[start, end)` in UTF-16 code units. */
export type Range = [number, number];

export interface Highlighted {
  text: string;
  highlights: Range[];
}

export interface Published {
  value: string;
  precision: 'year' | 'month' | 'day' | 'minute' | 'second';
}

export interface SearchHit {
  id: string;
  score: number;
  headline: Highlighted | null;
  snippet: Highlighted;
  outlet: string | null;
  published: Published | null;
  url: string | null;
  credits: string[];
  similar: number;
  story: string;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface EntityFacet extends FacetValue {
  type: string;
  name: string;
  weeks: number[];
}

export interface SpeakerFacet extends FacetValue {
  type: string;
  name: string;
}

export interface Facets {
  outlet: FacetValue[];
  credit: FacetValue[];
  month: FacetValue[];
  day: FacetValue[];
  entity: EntityFacet[];
  speaker: SpeakerFacet[];
  /** The first day (Saturday) of each week from the first match to the last. */
  weeks: string[];
}

export interface SearchResult {
  query: string;
  total: number;
  stories: number;
  offset: number;
  limit: number;
  sort: 'relevance' | 'date';
  hits: SearchHit[];
  facets: Facets | null;
  notes: string[];
  took_ms: number;
}

export type EntityType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface Entity extends TextSpan {
  type: EntityType;
  canonical: string;
  name: string;
  role: TextSpan | null;
  source: 'ner' | 'alias';
}

export interface Quote extends TextSpan {
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: (TextSpan & { canonical: string | null; name: string | null; type: EntityType | null; carried: boolean }) | null;
  role: TextSpan | null;
  cue: (TextSpan & { lemma: string }) | null;
  medium: TextSpan | null;
}

export interface TimeExpression extends TextSpan {
  value: string | null;
  grain: 'day' | 'week' | 'month' | 'year';
  relative: boolean;
}

export interface Caption {
  text: string;
  credit: { code: string; label: string } | null;
  start: number;
  end: number;
}

export interface Removed {
  start: number;
  end: number;
  reason: 'chrome' | 'duplicate';
  text: string;
}

export interface Diagnostic {
  code: string;
  message: string;
  severity: 'error' | 'warning' | 'info';
  start: number;
  end: number;
}

export interface Article {
  id: string;
  headline: string | null;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  published: Published | null;
  outlet: string | null;
  url: string | null;
  captions: Caption[];
  paragraphs: string[];
  source: { path: string; start: number; end: number };
  removed: Removed[];
  diagnostics: Diagnostic[];
  entities?: Entity[];
  /** Where each field lies in the analysed text that the spans point into (absent in articles analysed before it was stored). */
  parts?: TextPart[];
  quotes?: Quote[];
  times?: TimeExpression[];
  events?: ArticleEvent[];
}

export interface TextPart {
  field: 'headline' | 'subtitle' | 'caption' | 'paragraph';
  index: number;
  start: number;
  end: number;
  input: { start: number; end: number } | null;
}

/** `GET /api/entities`: one row. */
export interface EntityCount {
  canonical: string;
  type: string;
  name: string;
  articles: number;
  mentions: number;
}

export interface StoreStats {
  articles: number;
  stories: number;
  outlets: FacetValue[];
  dates: { first: string | null; last: string | null };
}

/** A participant of a stored event (`key` is what `actor:` matches). */
export interface StoredParticipant {
  key: string;
  name: string;
  type: string;
  country: string | null;
}

/** One event of `GET /api/events`. */
export interface StoredEvent {
  id: string;
  story: string;
  mentions: number;
  article: { id: string; headline: string | null; outlet: string | null; url: string | null; published: string | null };
  sources: string[];
  type: string;
  mode: string[];
  status: string;
  trigger: string;
  actor: StoredParticipant | null;
  recipient: StoredParticipant | null;
  place: string | null;
  date: string | null;
  counts: { killed: number | null; injured: number | null; arrested: number | null; displaced: number | null };
  confidence: number;
  sentence: string;
}

/** `GET /api/events`. */
export interface EventPage {
  total: number;
  offset: number;
  limit: number;
  events: StoredEvent[];
  timeline: Array<{ type: string; date: string; count: number }>;
}

/** An event of an analysed article: the spans the article page marks. */
export interface ArticleEvent {
  type: string;
  trigger: TextSpan;
  sentence: { start: number; end: number };
}
