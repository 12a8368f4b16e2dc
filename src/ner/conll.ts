/** CoNLL reading and writing: one token a line (first column), a blank line between sentences. */
import type { Diagnostic } from '../errors.js';

/** One sentence of a CoNLL file: its tokens, their tags (second column, when present) and where it was. */
export interface ConllSentence {
  tokens: string[];
  /** The last column of each line when the lines have two or more columns, else null. */
  tags: string[] | null;
  /** 1-based line number of the sentence's first token. */
  line: number;
}

/**
 * Parses CoNLL text: `token TAG` lines (columns split by spaces or tabs; extra columns ignored,
 * the tag is the last one), sentences ended by blank lines. A line of one column has no tag; a
 * sentence where some lines lack a tag gets a `conll/missing-tag` diagnostic and tags null.
 */
export function parseConll(text: string, input?: string): { sentences: ConllSentence[]; diagnostics: Diagnostic[] } {
  const sentences: ConllSentence[] = [];
  const diagnostics: Diagnostic[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let first = 0;
  let firstOffset = 0;
  let untagged = 0;
  const flush = (endOffset: number): void => {
    if (!tokens.length) return;
    if (untagged && untagged < tokens.length) {
      diagnostics.push({ code: 'conll/missing-tag', message: `sentence at line ${first}: ${untagged} of ${tokens.length} lines have no tag column`, ...(input ? { input } : {}), start: firstOffset, end: endOffset, unit: 'char', severity: 'warning' });
    }
    sentences.push({ tokens, tags: untagged ? null : tags, line: first });
    tokens = [];
    tags = [];
    untagged = 0;
  };
  let at = 0;
  let lineNo = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(at, end).trim();
    if (!line) flush(at);
    else {
      if (!tokens.length) {
        first = lineNo;
        firstOffset = at;
      }
      const cols = line.split(/[ \t]+/);
      tokens.push(cols[0]!);
      if (cols.length > 1) tags.push(cols[cols.length - 1]!);
      else untagged++;
    }
    at = end + 1;
  }
  flush(text.length);
  return { sentences, diagnostics };
}

/** Formats sentences as `token TAG` lines with a blank line after each sentence. */
export function formatConll(sentences: ReadonlyArray<{ tokens: readonly string[]; tags: readonly string[] }>): string {
  let out = '';
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) out += `${s.tokens[i]} ${s.tags[i]}\n`;
    out += '\n';
  }
  return out;
}
