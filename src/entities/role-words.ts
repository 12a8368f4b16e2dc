/**
 * The cue words of titles and roles (data/entities/roles.txt), compiled into look-ups by search
 * form with their clitic forms: «والرئيس», «للرئيس», «برئيس» all find the head «رئيس».
 */
import { RasdError } from '../errors.js';
import { readDataText } from '../text/read-data.js';
import { articleOf, cliticForms, cliticLetters, type CliticForm } from './clitic-forms.js';
import { nameKey } from './fold-name.js';

/** What a cue word does in a role phrase (see the header of data/entities/roles.txt). */
export type CueKind = 'title' | 'head' | 'link' | 'prep' | 'stop' | 'particle';
const KINDS: ReadonlySet<string> = new Set<CueKind>(['title', 'head', 'link', 'prep', 'stop', 'particle']);

/** One written form of a cue: its kind, and the clitics it carries. */
export interface Cue {
  kind: CueKind;
  /** Clitic letters in front that a role span leaves out («والرئيس» → 1). */
  skip: number;
  /** It carries the article («الرئيس», «للرئيس»): a head with it needs no complement. */
  definite: boolean;
}

/** Cue phrases keyed by search form; `more` marks keys that longer phrases continue. */
export interface RoleWords {
  readonly cues: ReadonlyMap<string, { cue: Cue | null; more: boolean }>;
  readonly maxWords: number;
}

/** Which clitic forms each kind takes: titles and single words every form, stops and particles only و/ف. */
function formsOf(kind: CueKind, first: string, letters: ReturnType<typeof cliticLetters>): CliticForm[] {
  if (kind === 'title') {
    const [bare, rule] = articleOf(first, letters.article);
    return cliticForms(bare, rule, letters);
  }
  if (kind === 'head' || kind === 'link') return cliticForms(first, 'optional', letters);
  return cliticForms(first, 'none', letters).filter((f) => !f.prep);
}

/** Parses `kind<TAB>phrase|phrase|…` lines into cue look-ups; throws E_DATA naming the line. */
export function parseRoleWords(source: string, file = 'roles.txt'): RoleWords {
  const cues = new Map<string, { cue: Cue | null; more: boolean }>();
  const letters = cliticLetters();
  let maxWords = 1;
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const listed: Array<[CueKind, string]> = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [kind = '', phrases = '', extra] = line.split('\t').map((s) => s.trim());
    if (extra !== undefined || !KINDS.has(kind) || !phrases) {
      throw new RasdError('E_DATA', `${file}:${n + 1}: expected "kind<TAB>phrase|phrase|…" with kind one of ${[...KINDS].join(', ')}, got ${JSON.stringify(line)}`);
    }
    for (const p of phrases.split('|')) {
      const key = nameKey(p.trim());
      if (key) listed.push([kind as CueKind, key]);
    }
  }
  // Listed forms first, so that a listed word («وزير») is never read as a clitic form («و» + «زير»).
  for (const [kind, key] of listed) {
    if (!cues.get(key)?.cue) cues.set(key, { cue: { kind, skip: 0, definite: key.startsWith(letters.article) }, more: cues.get(key)?.more ?? false });
  }
  for (const [kind, key] of listed) {
    const words = key.split(' ');
    const rest = words.length > 1 ? ' ' + words.slice(1).join(' ') : '';
    for (const f of formsOf(kind, words[0]!, letters)) {
      const k = f.form + rest;
      if (!cues.get(k)?.cue) cues.set(k, { cue: { kind, skip: f.skip, definite: f.definite }, more: cues.get(k)?.more ?? false });
    }
  }
  for (const key of [...cues.keys()]) {
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let i = 1; i < words.length; i++) {
      const prefix = words.slice(0, i).join(' ');
      const node = cues.get(prefix);
      if (node) node.more = true;
      else cues.set(prefix, { cue: null, more: true });
    }
  }
  return { cues, maxWords };
}

let bundled: RoleWords | undefined;

/** The bundled cue words (data/entities/roles.txt), compiled once. */
export function defaultRoleWords(): RoleWords {
  bundled ??= parseRoleWords(readDataText('entities/roles.txt'), 'data/entities/roles.txt');
  return bundled;
}

/** The kind of the bundled cue a single word (or phrase) is, in any clitic form: «المهندس» → title, «وزير» → head; null for none. */
export function roleWordKind(word: string): CueKind | null {
  return defaultRoleWords().cues.get(nameKey(word))?.cue?.kind ?? null;
}
