// Chooses which clean records each site gets: weighted random sampling by
// hash, with caps per outlet and per day so the set spreads over the corpus.
import { hash32 } from './prng.js';
import { subtitleEligible, type Rec } from './records.js';
import type { SiteDef } from './kit.js';

export function paragraphWeight(r: Rec): number {
  const n = r.paragraphs.length;
  if (n >= 3) return r.words > 700 ? 1.5 : 3;
  if (n === 2) return 1.6;
  return r.words > 300 ? 0.15 : 0.6;
}

export function assign(seed: string, sites: readonly SiteDef[], clean: readonly Rec[]): Map<string, Rec[]> {
  const total = sites.reduce((s, x) => s + x.files.reduce((a, b) => a + b, 0), 0);
  const outletCap = Math.ceil(total * 0.17);
  const dayCap = Math.ceil((total / 15) * 1.6);
  const used = new Set<string>();
  const perOutlet = new Map<string, number>();
  const perDay = new Map<string, number>();
  const out = new Map<string, Rec[]>();
  // Rare outlets get a boost so the set spreads over more of them.
  const perSource = new Map<string, number>();
  for (const r of clean) perSource.set(r.source, (perSource.get(r.source) ?? 0) + 1);
  const rarity = (r: Rec) => Math.min(4, Math.sqrt(1000 / (perSource.get(r.source) ?? 1000)));
  // Sites with the narrowest pools choose first.
  const order = [...sites].sort((a, b) => poolSize(a, clean) - poolSize(b, clean));
  for (const site of order) {
    const need = site.files.reduce((a, b) => a + b, 0);
    const keyed = clean
      .map((r) => {
        const w = site.weight(r) * paragraphWeight(r) * rarity(r) * (subtitleEligible(r) ? 1 + 2 * site.subtitles : 1);
        const u = (hash32(`${seed}|${site.id}|${r.id}`) + 0.5) / 4294967296;
        return { r, k: w > 0 ? Math.log(u) / w : -Infinity };
      })
      .filter((x) => x.k > -Infinity)
      .sort((a, b) => b.k - a.k || (a.r.id < b.r.id ? -1 : 1));
    const got: Rec[] = [];
    for (const { r } of keyed) {
      if (got.length >= need) break;
      if (used.has(r.id)) continue;
      if ((perOutlet.get(r.source) ?? 0) >= outletCap) continue;
      if ((perDay.get(r.day) ?? 0) >= dayCap) continue;
      got.push(r);
      used.add(r.id);
      perOutlet.set(r.source, (perOutlet.get(r.source) ?? 0) + 1);
      perDay.set(r.day, (perDay.get(r.day) ?? 0) + 1);
    }
    if (got.length < need) throw new Error(`site ${site.id}: only ${got.length} of ${need} records`);
    out.set(site.id, got);
  }
  return out;
}

function poolSize(site: SiteDef, clean: readonly Rec[]): number {
  return clean.reduce((s, r) => s + (site.weight(r) > 0 ? 1 : 0), 0);
}
