/**
 * What Readability leaves in a page's text, judged as records' and dumps' lines are
 * (chrome/judge-lines.ts): a share bar or a «read also» list inside the article element leaves the
 * paragraphs, a share bar glued to a paragraph is cut from it, and a credit line fills the byline or
 * dateline. The page's outlet profile (what the run and the store learned of the site) is used, and
 * the page's paragraphs are counted into it afterwards, so later pages of the site are judged with it.
 */
import { applyVerdicts } from '../chrome/apply-verdicts.js';
import { judgeLines, type LineVerdict } from '../chrome/judge-lines.js';
import type { Profiles } from '../chrome/profiles.js';
import { profileKey } from '../chrome/profiles.js';

export interface JudgedParagraphs {
  kept: string[];
  chrome: Array<{ text: string; kind: string; evidence: LineVerdict['evidence'] }>;
  byline: string | null;
  dateline: string | null;
}

/** Sorts a page's paragraphs into text and chrome (see the module comment). */
export function judgeParagraphs(paragraphs: readonly string[], o: { profiles?: Profiles | undefined; outlet: string | null; path: string; byline: string | null }): JudgedParagraphs {
  const key = profileKey(o.outlet, o.path);
  const verdicts = judgeLines(paragraphs, { profile: o.profiles?.get(key) ?? null, echoes: o.byline ? [o.byline] : [] });
  o.profiles?.observe(key, paragraphs);
  // The paragraphs as one text, one a line, sorted by the same step as records' and dumps' lines.
  const text = paragraphs.join('\n');
  let at = 0;
  const ranges = paragraphs.map((p): [number, number] => [at, (at += p.length + 1) - 1]);
  const clean = applyVerdicts(text, ranges, verdicts);
  const slice = (r: readonly [number, number] | null): string | null => (r ? text.slice(r[0], r[1]) : null);
  return {
    kept: clean.kept.map((r) => slice(r)!),
    chrome: clean.removed.map((r) => ({ text: text.slice(r.start, r.end), kind: r.kind, evidence: r.evidence })),
    byline: slice(clean.byline),
    dateline: slice(clean.dateline),
  };
}
