/**
 * What Readability leaves in a page's text, judged as records' and dumps' lines are
 * (chrome/judge-lines.ts): a share bar or a «read also» list inside the article element leaves the
 * paragraphs, a share bar glued to a paragraph is cut from it, and a credit line fills the byline or
 * dateline. The page's outlet profile (what the run and the store learned of the site) is used, and
 * the page's paragraphs are counted into it afterwards, so later pages of the site are judged with it.
 */
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
  const out: JudgedParagraphs = { kept: [], chrome: [], byline: null, dateline: null };
  paragraphs.forEach((p, i) => {
    const v = verdicts[i];
    if (!v) return void out.kept.push(p);
    const text = p.slice(v.start, v.end).trim();
    const tail = v.also ? p.slice(v.also.start).trim() : '';
    const rest = `${p.slice(0, v.start)} ${p.slice(v.end, v.also ? v.also.start : p.length)}`.trim();
    if (!text) return void out.kept.push(p);
    out.chrome.push({ text, kind: v.kind, evidence: v.evidence });
    if (tail) out.chrome.push({ text: tail, kind: v.also!.kind, evidence: v.also!.evidence });
    if (v.kind === 'byline') out.byline ??= text;
    if (v.kind === 'dateline') out.dateline ??= text;
    if (rest) out.kept.push(rest);
  });
  return out;
}
