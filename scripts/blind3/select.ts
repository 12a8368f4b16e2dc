/** Choosing the articles: a quota per outlet, about a quarter shown with a subtitle. */
import type { Rng } from './prng.js';
import { SOURCES, type Article } from './records.js';

export interface Chosen {
  art: Article;
  subtitle: boolean;
}

export function chooseArticles(rng: Rng, clean: readonly Article[], total: number, subtitleShare: number): Chosen[] {
  const by = new Map<string, Article[]>();
  for (const a of clean) {
    const xs = by.get(a.source) ?? [];
    xs.push(a);
    by.set(a.source, xs);
  }
  // Outlets with few clean records get what they can spare; the rest share the remainder.
  const quota = new Map<string, number>();
  const small = SOURCES.filter((s) => (by.get(s)?.length ?? 0) < 40);
  for (const s of small) quota.set(s, Math.min(by.get(s)?.length ?? 0, Math.floor(((by.get(s)?.length ?? 0) * 4) / 5)));
  const big = rng.shuffle(SOURCES.filter((s) => !small.includes(s)));
  let left = total - [...quota.values()].reduce((a, b) => a + b, 0);
  big.forEach((s, i) => {
    const q = Math.ceil(left / (big.length - i));
    quota.set(s, q);
    left -= q;
  });

  // Subtitles: spread over outlets in proportion, capped by what each outlet can offer.
  const wantSub = Math.round(total * subtitleShare);
  const subQ = new Map<string, number>();
  for (const s of SOURCES) {
    const elig = (by.get(s) ?? []).filter((a) => a.subtitleEligible).length;
    subQ.set(s, Math.min(elig, Math.round((quota.get(s) ?? 0) * subtitleShare)));
  }
  let missing = wantSub - [...subQ.values()].reduce((a, b) => a + b, 0);
  for (const s of rng.shuffle(SOURCES)) {
    if (missing <= 0) break;
    const elig = (by.get(s) ?? []).filter((a) => a.subtitleEligible).length;
    const q = subQ.get(s) ?? 0;
    if (q < elig && q < (quota.get(s) ?? 0)) {
      subQ.set(s, q + 1);
      missing--;
    }
  }

  const out: Chosen[] = [];
  for (const s of SOURCES) {
    const xs = rng.shuffle(by.get(s) ?? []);
    const withSub = xs.filter((a) => a.subtitleEligible).slice(0, subQ.get(s) ?? 0);
    const taken = new Set(withSub.map((a) => a.id));
    const rest = xs.filter((a) => !taken.has(a.id)).slice(0, (quota.get(s) ?? 0) - withSub.length);
    for (const a of withSub) out.push({ art: a, subtitle: true });
    for (const a of rest) out.push({ art: a, subtitle: false });
  }
  if (out.length !== total) throw new Error(`chose ${out.length} articles, wanted ${total}`);
  return out;
}

/** File sizes (articles per file) summing to `total`, with a file count in [minFiles, maxFiles]. */
export function fileSizes(rng: Rng, total: number, minFiles: number, maxFiles: number): number[] {
  const W: [number, number][] = [[1, 22], [2, 25], [3, 20], [4, 14], [5, 10], [6, 9]];
  for (;;) {
    const sizes: number[] = [];
    let sum = 0;
    while (sum < total) {
      const n = Math.min(rng.weighted(W), total - sum);
      sizes.push(n);
      sum += n;
    }
    if (sizes.length >= minFiles && sizes.length <= maxFiles && sizes.includes(1) && sizes.includes(6)) return sizes;
  }
}
