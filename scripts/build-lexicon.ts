// Compiles Ayaspell's hunspell dictionary (Debian hunspell-ar 3.2) into data/lexicon/ayaspell-stems.txt:
// one morph-form word a line with its tags, clitic-expanded variants dropped, affix flags reduced to
// the inflections each stem allows. Get the source with
//   cd /tmp && apt-get download hunspell-ar && dpkg-deb -x hunspell-ar_*.deb hx
// then run
//   node --import tsx scripts/build-lexicon.ts /tmp/hx/usr/share/hunspell/ar.dic
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { normalizeText } from '../src/text/normalize.js';
import { TAG_LETTERS } from '../src/text/lexicon-tags.js';

const dicPath = process.argv[2];
if (!dicPath || !dicPath.endsWith('.dic')) {
  process.stderr.write('usage: node --import tsx scripts/build-lexicon.ts /path/to/ar.dic\n');
  process.exit(2);
}
const affPath = dicPath.replace(/\.dic$/, '.aff');
const outPath = new URL('../data/lexicon/ayaspell-stems.txt', import.meta.url);

// AF n: the affix flags behind the alias number used in the .dic (flags are two characters: FLAG long);
// AM n: the morphological description behind the number after a tab (`is:pst st:قال po:verb`).
const aliases: string[][] = [[]];
const descriptions: string[] = [''];
const declared = { AF: 0, AM: 0 };
for (const line of readFileSync(affPath, 'utf8').split('\n')) {
  const count = /^(AF|AM)\s+(\d+)\s*$/.exec(line);
  if (count) declared[count[1] as 'AF' | 'AM'] = Number(count[2]);
  else if (line.startsWith('AF ')) aliases.push(line.slice(3).replace(/#.*/, '').trim().match(/../g) ?? []);
  else if (line.startsWith('AM ')) descriptions.push(line.slice(3));
}
if (aliases.length - 1 !== declared.AF || descriptions.length - 1 !== declared.AM) {
  throw new Error(`${affPath}: read ${aliases.length - 1} AF and ${descriptions.length - 1} AM lines, the file declares ${declared.AF} and ${declared.AM}`);
}

// The inflection a suffix flag adds (see the SFX rules of ar.aff): BA adds ة, CA…GE the dual,
// HA…HD ات, IA…IG ون/ين, LA…ND the nisba ي/ية/يون, Ax…Sx verb agreement, PFX Pj the future س.
function inflections(flags: readonly string[]): string {
  let out = '';
  const has = (re: RegExp): boolean => flags.some((f) => re.test(f));
  if (has(/^B[A-D]$/)) out += TAG_LETTERS.feminine;
  if (has(/^[C-G][A-E]$/)) out += TAG_LETTERS.dual;
  if (has(/^H[A-D]$/)) out += TAG_LETTERS.femininePlural;
  if (has(/^I[A-G]$/)) out += TAG_LETTERS.masculinePlural;
  if (has(/^(L[A-C]|M[A-C]|N[A-D])$/)) out += TAG_LETTERS.nisba;
  if (flags.includes('JA')) out += TAG_LETTERS.accusative;
  if (has(/^[A-S]x$/)) out += TAG_LETTERS.agreement;
  if (flags.includes('Pj')) out += TAG_LETTERS.future;
  return out;
}

// The word class of each part of the .dic: files are announced between `::::` lines, and
// names.dic is cut into parts by `#` comment lines such as `##اسم-جامد##`.
type Cls = keyof typeof TAG_LETTERS;
function classOfComment(comment: string, current: Cls): Cls {
  if (/^###أسماء\s/.test(comment)) return 'function'; // الله with its clitic-expanded variants
  if (/القارات|البلدان|العواصم|اسماء،أشخاص/.test(comment)) return 'proper';
  if (/الفاعل|المفعول|صفة|صفات|التفضيل|النسبة/.test(comment)) return 'adjective';
  if (/جامد|المصادر|مصادر|مختلفات|الأسماء|اﻷسماء|أسماء/.test(comment)) return 'noun';
  return current;
}
const FILE_CLASS: Record<string, Cls> = {
  'stopwords.dic': 'function',
  'tools.dic': 'function',
  'names.dic': 'noun',
  'verb.huns.dic': 'verb',
};

const ARABIC_WORD = /^(?=\p{Script=Arabic})\p{L}+$/u;
const tags = new Map<string, Set<string>>();
// Entries of the function-word lists, to drop their clitic-expanded variants afterwards.
const plainFunction = new Set<string>();
let file = '';
let cls: Cls = 'noun';
let expectName = false;
let raw = 0;

for (const line of readFileSync(dicPath, 'utf8').split('\n')) {
  if (/^:{5,}\s*$/.test(line)) {
    expectName = !expectName;
    continue;
  }
  if (expectName) {
    file = line.trim();
    cls = FILE_CLASS[file] ?? 'noun';
    continue;
  }
  if (line.startsWith('#')) {
    if (file === 'names.dic') cls = classOfComment(line, cls);
    continue;
  }
  const [entry = '', morph = ''] = line.split('\t');
  const slash = entry.indexOf('/');
  const surface = slash >= 0 ? entry.slice(0, slash) : entry;
  const flagRef = slash >= 0 ? entry.slice(slash + 1) : '';
  const word = normalizeText(surface.trim(), 'morph');
  if (!ARABIC_WORD.test(word)) continue; // counts such as `170812` and empty lines
  raw++;
  const flags = /^\d+$/.test(flagRef) ? aliases[Number(flagRef)] ?? [] : flagRef.match(/../g) ?? [];
  let t = tags.get(word);
  if (!t) tags.set(word, (t = new Set()));
  t.add(TAG_LETTERS[cls]);
  for (const ch of inflections(flags)) t.add(ch);
  if (cls === 'verb' && /\bis:pst\b/.test(descriptions[Number(morph)] ?? '')) t.add(TAG_LETTERS.past);
  if (cls !== 'verb' && /ى[\u064B-\u065F\u0670]*$/u.test(surface.trim())) t.add(TAG_LETTERS.maqsura);
  if (cls === 'function') plainFunction.add(word);
}

// `وبغير`, `أفبغير`, `لله`: a question alef, و/ف and ب/ك/ل written onto another function word
// (but not ال: التي is no ال + تي); `فيها`, `بينهم`, `عليه`: a pronoun written after one.
const CLITIC_RUN = /^(ا(?=[وف]))?([وف])?([بكل])?/u;
const PRONOUN = /(ه|ها|هم|هما|هن|ك|كم|كما|كن|ي|ني|نا)$/u;
const DEMONSTRATIVE_HOSTS = new Set(['ذا', 'هنا', 'هنال', 'تا', 'تي', 'ذان', 'تان', 'ذين', 'تين', 'اولا', 'اولاي']);
function isExpandedVariant(word: string): boolean {
  const run = CLITIC_RUN.exec(word)?.[0] ?? '';
  for (let cut = run.length; cut >= 1; cut--) {
    const rest = word.slice(cut);
    if (rest.length >= 2 && plainFunction.has(rest)) return true;
    // لله: ل before the article drops its alef (rest `له` of `الله`).
    if (rest.startsWith('ل') && word.slice(0, cut).endsWith('ل') && plainFunction.has('ا' + rest)) return true;
  }
  const pronoun = PRONOUN.exec(word)?.[0];
  // The ك of address on a demonstrative is part of the word: هناك, ذاك are no هنا + ك, ذا + ك.
  if (pronoun === 'ك' && DEMONSTRATIVE_HOSTS.has(word.slice(0, -1))) return false;
  if (pronoun) {
    const host = word.slice(0, -pronoun.length);
    if (host.length >= 1 && (plainFunction.has(host) || plainFunction.has(host.replace(/ي$/u, 'ا')))) return true;
  }
  return false;
}
let dropped = 0;
for (const word of plainFunction) {
  const t = tags.get(word)!;
  if (![...t].some((c) => c !== TAG_LETTERS.function && c === c.toUpperCase()) && isExpandedVariant(word)) {
    tags.delete(word);
    if (process.env.DEBUG) process.stderr.write(word + ' ');
    dropped++;
  }
}

const ORDER = Object.values(TAG_LETTERS).join('');
const lines = [...tags.keys()]
  .sort()
  .map((w) => `${w}\t${[...tags.get(w)!].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).join('')}`);
const header = [
  '# GENERATED by scripts/build-lexicon.ts from Debian hunspell-ar 3.2 (Ayaspell, © 2006-2008 Mohamed Kebdani),',
  '# used under LGPL-2.1+ (the dictionary is tri-licensed GPL-2.0+/LGPL-2.1+/MPL-1.1); see LICENSE-ayaspell.txt.',
  '# Do not edit: rerun `node --import tsx scripts/build-lexicon.ts /tmp/hx/usr/share/hunspell/ar.dic`.',
  '# Format: word<TAB>tags, words in the morph form of src/text/normalize.ts (أ إ آ → ا, ى → ي, ة kept).',
  `# Tags: ${Object.entries(TAG_LETTERS).map(([k, v]) => `${v} ${k}`).join(', ')}.`,
  '# Upper case is the word class of the Ayaspell list it came from; lower case the inflections its affix flags allow.',
];
mkdirSync(new URL('.', outPath), { recursive: true });
writeFileSync(outPath, header.join('\n') + '\n' + lines.join('\n') + '\n');
process.stderr.write(`${raw} entries read, ${dropped} clitic-expanded variants dropped, ${lines.length} words written\n`);
