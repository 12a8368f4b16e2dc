/** What flows between the pipeline's stages (src/pipeline.ts): each input's articles and problems, in order. */
import type { Diagnostic } from '../errors.js';
import type { Article } from './article.js';

/** Part of what one input gave: articles and problems found since the last result for it. */
export interface InputResult {
  name: string;
  /** Bytes of the input read since its previous result. */
  bytes: number;
  articles: Article[];
  diagnostics: Diagnostic[];
  /** Set on the input's last result. */
  done: boolean;
  /** Articles dropped because the store holds them already (src/pipeline.ts). */
  known?: number;
}
