/** The query AST. Every node carries `start`/`end`: UTF-16 offsets into the query it came from. */

/** A half-open range over the query text. */
export interface QuerySpan {
  start: number;
  end: number;
}

/** `الرياض`, `Riyadh`, `2015`: one word as typed (the analyser normalises it later). */
export interface TermNode extends QuerySpan {
  type: 'term';
  text: string;
}

/** `"مجلس الوزراء"` or `«مجلس الوزراء»`: words that must follow each other. */
export interface PhraseNode extends QuerySpan {
  type: 'phrase';
  words: string[];
}

/** `اقتصاد*`: words starting with `text`. */
export interface PrefixNode extends QuerySpan {
  type: 'prefix';
  text: string;
}

/** `الرياض جدة`: all children match. Never nested in another `and`. */
export interface AndNode extends QuerySpan {
  type: 'and';
  children: QueryNode[];
}

/** `الرياض OR جدة`: any child matches. Never nested in another `or`. */
export interface OrNode extends QuerySpan {
  type: 'or';
  children: QueryNode[];
}

/** `-جدة`: the child must not match. */
export interface NotNode extends QuerySpan {
  type: 'not';
  child: QueryNode;
}

/** The fields that take a word or phrase: `headline` searches text; `entity`, `said` and `actor` name an entity, a speaker or an event's participant. */
export type TextField = 'headline' | 'entity' | 'said' | 'actor';

/** `headline:الرياض`, `headline:(أ OR ب)`: the child must match inside `field`. */
export interface FieldNode extends QuerySpan {
  type: 'field';
  field: TextField;
  child: QueryNode;
}

/** `outlet:"الشرق الأوسط"`: the article's outlet is exactly `value`. */
export interface OutletNode extends QuerySpan {
  type: 'outlet';
  value: string;
}

/** `credit:AFP`, `credit:أ.ف.ب`: a photo credit code or label, kept as typed. */
export interface CreditNode extends QuerySpan {
  type: 'credit';
  value: string;
}

/** `date:2015-07`: published between `from` and `to` inclusive (`YYYY-MM-DD`); `null` is an open end. */
export interface DateNode extends QuerySpan {
  type: 'date';
  from: string | null;
  to: string | null;
}

/** `event:ASSAULT`, `event:PROTEST/demo`: the article tells an event of this PLOVER type (and mode) as done. */
export interface EventNode extends QuerySpan {
  type: 'event';
  /** The type, upper-case. */
  event: string;
  /** The mode, lower-case, or null for any. */
  mode: string | null;
}

export type QueryNode =
  | TermNode
  | PhraseNode
  | PrefixNode
  | AndNode
  | OrNode
  | NotNode
  | FieldNode
  | OutletNode
  | CreditNode
  | DateNode
  | EventNode;
