/** Which reader an input needs: from its name, else from its first characters. */
import { extname } from 'node:path';

export type InputFormat = 'dump' | 'json' | 'html' | 'csv' | 'feed';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'dump',
  '.text': 'dump',
  '.dump': 'dump',
  '.json': 'json',
  '.jsonl': 'json',
  '.ndjson': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

/** The format of an input named `name` whose decoded text starts with `head`. */
export function detectFormat(name: string, head: string): InputFormat {
  const byName = BY_EXTENSION[extname(name).toLowerCase()];
  if (byName) return byName;
  const start = head.replace(/^[\s\uFEFF]+/, '').slice(0, 512).toLowerCase();
  if (start.startsWith('[') || start.startsWith('{')) return 'json';
  if (start.startsWith('<')) return /<(rss|feed|rdf:rdf)[\s>]/.test(start) ? 'feed' : 'html';
  return 'dump';
}
