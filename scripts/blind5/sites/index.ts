// The imaginary sites, one template each.

import type { Site } from '../kit.js';
import { agencyKhaleej } from './agency-khaleej.js';
import { ampMarsad } from './amp-marsad.js';
import { dailyWaha } from './daily-waha.js';
import { economyMal } from './economy-mal.js';
import { gulfVoice } from './gulf-voice.js';
import { lynxOfuq } from './lynx-ofuq.js';
import { printNahar } from './print-nahar.js';
import { regionalSharqiya } from './regional-sharqiya.js';
import { sparseMadina } from './sparse-madina.js';
import { sportsMalaeb } from './sports-malaeb.js';
import { tvMadar } from './tv-madar.js';
import { w3mSabah } from './w3m-sabah.js';
import { wpNabd } from './wp-nabd.js';

export const SITES: readonly Site[] = [
  dailyWaha, agencyKhaleej, tvMadar, sportsMalaeb, economyMal, regionalSharqiya, wpNabd,
  ampMarsad, printNahar, lynxOfuq, w3mSabah, sparseMadina, gulfVoice,
];
