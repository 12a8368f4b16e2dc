// Turns annotators' mentions (JSON lines quoting the article's words, as BRIEF.md asks) into the
// entity gold: offsets and labels only, into each SaudiNewsNet record's `content`, read at run time
// from ../shared. No article text is written.
//   node --import tsx scripts/entity-gold/from-annotations.ts --out FILE [--blind IDS] ANNOT=LETTER…
// ANNOT is an annotator's JSON lines file, LETTER their name in the gold; IDS lists the blind part's
// article ids, one per line. Each mention is the `nth` occurrence of its words in its line (exactly,
// else with harakat, tatweel and spacing folded); its actor id, the occurrence of the id's words
// nearest to it. Anything not found is reported, and the run fails.
import { buildGold, type AnnotatedLine } from '../lib/gold-annotations.js';
import { findLoose, lineStarts, nearestLoose } from '../quote-gold/loose-find.js';

interface Annotated extends AnnotatedLine {
  line?: number;
  text?: string;
  nth?: number;
  type?: string;
  id?: string;
}

const TYPES = new Set(['PERS', 'ORG', 'LOC']);

await buildGold<Annotated>('mentions', "// Entity gold (offsets into SaudiNewsNet records' `content`; see scripts/entity-gold/README.md). No article text.", (a, rec, where, problems) => {
  const content = rec.content;
  const starts = lineStarts(content);
  if (a.line === undefined || a.line >= starts.length || !a.text || !a.id || !TYPES.has(a.type ?? '')) {
    problems.push(`${where}: bad line, text, id or type`);
    return null;
  }
  const lineEnd = a.line + 1 < starts.length ? starts[a.line + 1]! - 1 : content.length;
  let at = null;
  for (let k = 0, from = starts[a.line]!; k < (a.nth ?? 1); k++) {
    at = findLoose(content, a.text, from, lineEnd);
    if (!at) break;
    from = at.start + 1;
  }
  if (!at) {
    problems.push(`${where}: «${a.text}» (${a.nth ?? 1}) not found in line ${a.line}`);
    return null;
  }
  const id = nearestLoose(content, a.id, at.start);
  if (!id) {
    problems.push(`${where}: id «${a.id}» not found in the content`);
    return null;
  }
  return { type: a.type, span: [at.start, at.end], id: [id.start, id.end] };
});
