// Whether an Arabic name plausibly transliterates a Latin one, by their consonant skeletons. The
// world-cities translations hold mislinks: «Manta» given as أسماك شيطان البحر (manta rays), «Split»
// as انقسام; their skeletons share almost nothing, while كوبنهاغن ≈ Copenhagen and الخروب ≈ El Khroub.

// Consonants folded to the few classes transliteration keeps apart (b/f/p/v, t/d/th, s/z/sh, k/g/j/q/kh);
// vowels, glides, h, ء and ع drop, since each language writes them its own way.
const ARABIC: Record<string, string> = {
  ب: 'b', ف: 'b', ت: 't', ث: 't', د: 't', ذ: 't', ض: 't', ط: 't', ز: 's', س: 's', ش: 's', ص: 's', ظ: 's',
  ج: 'k', خ: 'k', غ: 'k', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ر: 'r',
};
const LATIN: Array<[RegExp, string]> = [
  [/(?:kh|gh|ck|zh)/g, 'k'], [/(?:sh|ch|sch)/g, 's'], [/(?:th|dh)/g, 't'], [/ph/g, 'b'], [/c(?=[eiy])/g, 's'], [/x/g, 'ks'],
  [/[cgjq]/g, 'k'], [/[fpv]/g, 'b'], [/z/g, 's'], [/d/g, 't'], [/[^bklmnrst]/g, ''],
];

// «El Khroub», «Al Qurnah», «La Marsa» and «الخروب»: the article is no evidence either way.
const stripLatinArticle = (s: string): string => s.replace(/\b(?:al|el|as|ash|ad|an|ar|at|az|es|ez|la|le|les)\b[\s-]*/gu, '');

function arabicSkeleton(name: string): string {
  let out = '';
  for (const word of name.split(/[ -]/u)) {
    const w = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
    for (const ch of w) out += ARABIC[ch] ?? '';
  }
  return out.replace(/(.)\1+/gu, '$1');
}

function latinSkeleton(name: string): string {
  // «Washington, D.C.», «Quebec City»: what follows a comma, and «City», are no part of the name.
  const bare = name.split(',')[0]!.replace(/\s+(?:city|town)$/iu, '');
  let s = stripLatinArticle(bare.normalize('NFD').replace(/[\p{M}'’`]/gu, '').toLowerCase()).replace(/[^a-z\s-]/g, '');
  for (const [re, to] of LATIN) s = s.replace(re, to);
  return s.replace(/(.)\1+/g, '$1');
}

/** Length of the longest common subsequence of two short strings. */
function lcs(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]!;
}

/** The share of the longer skeleton the two have in common, in order. */
function agreement(a: string, l: string): number {
  return a && l ? lcs(a, l) / Math.max(a.length, l.length) : 0;
}

/**
 * True when the consonants of `arabic` and `latin` mostly agree (60% of the longer skeleton), for the
 * whole names or their first words: «نيوكاسل أبون تاين» is «Newcastle».
 */
export function soundsAlike(arabic: string, latin: string): boolean {
  const as = [arabicSkeleton(arabic), arabicSkeleton(arabic.split(' ')[0]!)];
  const ls = [latinSkeleton(latin), latinSkeleton(latin.split(/[\s,]/u)[0]!)];
  return as.some((a) => ls.some((l) => agreement(a, l) >= 0.6));
}
