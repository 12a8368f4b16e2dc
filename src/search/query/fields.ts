/** The field names a query may use, and what each takes as its value. Names are matched case-insensitively. */
export const QUERY_FIELDS = {
  headline: 'text', // headline:الرياض  headline:"مجلس الوزراء"  headline:اقتصاد*  headline:(أ OR ب)
  outlet: 'name', // outlet:الجزيرة  outlet:"الشرق الأوسط"
  credit: 'name', // credit:AFP  credit:أ.ف.ب
  date: 'date', // date:2015-07  date:2015-07-01..2015-07-31
  entity: 'word', // entity:"سلمان بن عبدالعزيز"  (reserved for entity search)
  said: 'word', // said:"رامي عبد الرحمن", said:"مصدر عسكري"  (who is quoted)
  event: 'event', // event:ASSAULT  event:PROTEST/demo  (articles telling such an event as done)
  actor: 'word', // actor:داعش  actor:"مسلحون مجهولون"  (who did it, or to whom, in an event)
} as const;

export type QueryFieldName = keyof typeof QUERY_FIELDS;

/** True if `name` (lower-cased) is a field of {@link QUERY_FIELDS}. */
export function isQueryField(name: string): name is QueryFieldName {
  return Object.hasOwn(QUERY_FIELDS, name);
}

/** What a field's value looks like, for error messages. */
export const VALUE_HINTS: Readonly<Record<(typeof QUERY_FIELDS)[QueryFieldName], string>> = {
  text: 'a word, a prefix*, a "phrase" or a (group)',
  name: 'a name or a "quoted name"',
  date: 'a date such as 2015-07-01, 2015-07, 2015 or a range 2015-07-01..2015-07-31',
  word: 'a word or a "phrase"',
  event: 'a PLOVER event type such as ASSAULT or PROTEST, optionally with a mode: PROTEST/demo',
};
