/**
 * HTML character references left in exported text fields (`&quot;السعودية&quot;`, `&#1587;`),
 * decoded while keeping the offset map: a decoded character maps to where its reference starts.
 */
import type { StringField } from './json-scan.js';

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00A0', laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—', rlm: '\u200F', lrm: '\u200E', zwnj: '\u200C', zwj: '\u200D' };
const REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** `f` with its character references decoded, or `f` itself when it has none. */
export function decodeEntities(f: StringField): StringField {
  if (!f.value.includes('&')) return f;
  let value = '';
  const raw: number[] = [];
  let at = 0;
  for (const m of f.value.matchAll(REF)) {
    const cp = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : -1;
    const ch = cp >= 0 ? (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : null) : (Object.hasOwn(NAMED, m[3]!.toLowerCase()) ? NAMED[m[3]!.toLowerCase()]! : null);
    if (ch === null) continue;
    for (let k = at; k < m.index; k++) {
      value += f.value[k];
      raw.push(f.raw[k]!);
    }
    value += ch;
    for (let k = 0; k < ch.length; k++) raw.push(f.raw[m.index]!);
    at = m.index + m[0].length;
  }
  if (at === 0) return f;
  for (let k = at; k <= f.value.length; k++) {
    if (k < f.value.length) value += f.value[k];
    raw.push(f.raw[k]!);
  }
  return { value, raw: Int32Array.from(raw) };
}
