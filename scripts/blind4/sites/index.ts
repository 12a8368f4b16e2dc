import type { Site } from '../kit.js';
import { barq } from './barq.js';
import { bawaba } from './bawaba.js';
import { hadath } from './hadath.js';
import { idhaa } from './idhaa.js';
import { manara } from './manara.js';
import { marsad } from './marsad.js';
import { midan } from './midan.js';
import { minassa } from './minassa.js';
import { rawi } from './rawi.js';
import { sharq } from './sharq.js';
import { sharqiya } from './sharqiya.js';
import { tihama } from './tihama.js';
import { wahat } from './wahat.js';

export const SITES: Site[] = [barq, tihama, wahat, sharq, bawaba, marsad, minassa, idhaa, rawi, manara, hadath, sharqiya, midan];
