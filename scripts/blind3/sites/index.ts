/** The imaginary sites the dumps are laid out with. */
import type { Site } from '../site-kit.js';
import { deera } from './deera.js';
import { iqtisad } from './iqtisad.js';
import { madar } from './madar.js';
import { malaeb } from './malaeb.js';
import { nabdh } from './nabdh.js';
import { sada } from './sada.js';
import { sahil } from './sahil.js';
import { tabaa } from './tabaa.js';
import { ufuq } from './ufuq.js';

export const SITES: readonly Site[] = [ufuq, madar, sada, nabdh, sahil, iqtisad, malaeb, deera, tabaa];
