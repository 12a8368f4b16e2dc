/** One decoded input, held whole, → articles, by its format (the streamed reader fed one chunk). */
import type { Diagnostic } from '../errors.js';
import type { Profiles } from './chrome/profiles.js';
import type { Article } from '../core/article.js';
import type { InputFormat } from './detect-format.js';
import type { FieldMap } from './records/field-map.js';
import { FormatReader } from './stream/format-reader.js';
import type { StreamLimits } from './stream/limits.js';

export interface ExtractOptions {
  path: string;
  format: InputFormat;
  outlet?: string | null;
  map?: FieldMap;
  limits?: StreamLimits;
  /** What is known of the outlets' chrome (a store's profiles); a profile of its own otherwise. */
  profiles?: Profiles;
  /** Give each article `source.digest` (see ReaderOptions). */
  digests?: boolean;
}

/** The articles of one decoded input, with the problems found in it. */
export function extractText(text: string, o: ExtractOptions): { articles: Article[]; diagnostics: Diagnostic[] } {
  const reader = new FormatReader({ ...o, head: text.slice(0, 512) });
  const a = reader.push(text);
  const b = reader.end();
  return { articles: [...a.articles, ...b.articles], diagnostics: [...a.diagnostics, ...b.diagnostics] };
}
