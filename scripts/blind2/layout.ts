// A dump as a list of lines with roles, rendered to text with whitespace noise while recording the
// exact offsets (UTF-16 indices) of every line's visible text.
import type { Rng } from './prng.js';

export type Role =
  | { t: 'headline' }
  | { t: 'subtitle' }
  | { t: 'body'; i: number }
  | { t: 'chrome'; kind: string };

export interface Line {
  text: string;
  role: Role;
  art: number; // index of the article (within the file) the line is attributed to
  gap: number; // blank lines before this line
}

export interface Span {
  role: Role;
  art: number;
  start: number;
  end: number;
}

export interface Noise {
  crlf: boolean;
  trailP: number; // a line gets trailing spaces/tabs/RLM
  rlmShare: number; // among trailing decorations, the share that holds an RLM (U+200F)
  leadP: number; // a body line starts with a space or two
  blankWsP: number; // a blank line holds stray spaces/tabs
  topBlank: number;
  finalNewline: boolean;
}

export class Doc {
  readonly lines: Line[] = [];
  add(text: string, role: Role, art: number, gap: number): void {
    if (text !== text.trim() || text.length === 0 || /[\r\n]/.test(text)) {
      throw new Error(`line text must be trimmed, non-empty, single-line: ${JSON.stringify(text)}`);
    }
    this.lines.push({ text, role, art, gap: Math.max(0, gap) });
  }
}

export function render(doc: Doc, noise: Noise, rng: Rng): { text: string; spans: Span[] } {
  const nl = noise.crlf ? '\r\n' : '\n';
  const parts: string[] = [];
  let len = 0;
  const put = (s: string): void => {
    parts.push(s);
    len += s.length;
  };
  const blank = (): void => {
    if (rng.chance(noise.blankWsP)) put(rng.pick([' ', '  ', '\t', ' \t']));
    put(nl);
  };
  const spans: Span[] = [];
  for (let i = 0; i < noise.topBlank; i++) blank();
  doc.lines.forEach((ln, i) => {
    if (i > 0) {
      put(nl);
      for (let g = 0; g < ln.gap; g++) blank();
    }
    if (ln.role.t === 'body' && rng.chance(noise.leadP)) put(rng.pick([' ', '  ', ' ']));
    const start = len;
    put(ln.text);
    spans.push({ role: ln.role, art: ln.art, start, end: len });
    if (rng.chance(noise.trailP)) {
      put(rng.chance(noise.rlmShare) ? rng.pick(['\u200f', ' \u200f', '\u200f ']) : rng.pick([' ', '  ', '\t', ' \t']));
    }
  });
  if (noise.finalNewline) put(nl);
  return { text: parts.join(''), spans };
}
