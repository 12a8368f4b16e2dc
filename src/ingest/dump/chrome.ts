/** Page chrome standing alone on a line (the font-size widget «TT», «طباعة» …): the chrome kinds of data/ingest/chrome. */
import { classifyLine } from '../chrome/classify-line.js';

/** True when a short line is chrome on its own evidence: `TT`, `A A A`, `طباعة`, `اقرأ أيضاً`. */
export function isChromeLine(line: string): boolean {
  return line.length <= 40 && classifyLine(line) !== null;
}
