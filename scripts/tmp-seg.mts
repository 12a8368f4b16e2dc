import { segmentClitics, stem } from '../dist/index.js';
import { tokenize, normalizeText } from '../dist/index.js';
import { loadSaudiNewsNet, saudiNewsNetZips } from './lib/saudinewsnet.js';
const arts = await loadSaudiNewsNet(saudiNewsNetZips().slice(0, 2));
const freq = new Map<string, number>();
for (const a of arts) { const t = a.content; for (const k of tokenize(t)) if (k.kind === 'arabic') { const w = normalizeText(t.slice(k.start, k.end), 'morph'); freq.set(w, (freq.get(w) ?? 0) + 1); } }
const top = [...freq].sort((a, b) => b[1] - a[1]);
const out: string[] = [];
for (const [w] of top.slice(0, 1500)) {
  const s = segmentClitics(w);
  if (s.proclitics.length || s.enclitics.length || /^[وفبلك]/.test(w)) out.push(`${w}=${[...s.proclitics.map((c) => c.tag), s.lemma, ...s.enclitics.map((c) => c.tag)].join('+')}→${stem(w)}`);
}
console.log(out.slice(0, 400).join('  '));
