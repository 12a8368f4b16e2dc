// The generator's self-check: every gold span slices to its intended text, spans never overlap, and
// everything outside them is whitespace (so the gold accounts for every visible character).
import type { Expect, GoldArticle } from './render-dump.js';

/** Throws with the file and offset of the first inconsistency. */
export function verifyGold(file: string, text: string, gold: GoldArticle[], expects: Expect[]): void {
  for (const e of expects) {
    const got = text.slice(e.span[0], e.span[1]);
    if (got !== e.text) throw new Error(`${file}: span [${e.span[0]},${e.span[1]}] slices to «${got.slice(0, 40)}», expected «${e.text.slice(0, 40)}»`);
  }
  const spans: Array<[number, number]> = [];
  for (const g of gold) {
    spans.push(g.headline, ...g.body, ...g.chrome.map((c): [number, number] => [c.start, c.end]));
    if (g.subtitle) spans.push(g.subtitle);
    for (let i = 1; i < g.body.length; i++) {
      if (g.body[i]![0] < g.body[i - 1]![1]) throw new Error(`${file}: body spans of ${g.recordId} out of order`);
    }
    if (g.body.length === 0 || g.body[0]![0] < g.headline[1]) throw new Error(`${file}: body of ${g.recordId} missing or before its headline`);
  }
  if (spans.length !== expects.length) throw new Error(`${file}: ${spans.length} gold spans but ${expects.length} expected pieces`);
  spans.sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [s, e] of spans) {
    if (s < pos) throw new Error(`${file}: span at ${s} overlaps the one ending at ${pos}`);
    if (e <= s) throw new Error(`${file}: empty span at ${s}`);
    if (/\S/.test(text.slice(pos, s))) throw new Error(`${file}: text outside any span at ${pos}: «${text.slice(pos, s).slice(0, 30)}»`);
    pos = e;
  }
  if (/\S/.test(text.slice(pos))) throw new Error(`${file}: text outside any span at ${pos}`);
}
