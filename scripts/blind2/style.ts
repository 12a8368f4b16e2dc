// Per-file page template: which chrome kinds appear where, spacing habits and whitespace noise.
import type { Rng } from './prng.js';
import type { Kind } from './chrome.js';
import { SiteChrome } from './chrome.js';
import type { SiteName } from './lexicon.js';
import type { Noise } from './layout.js';

type Weights = [number, number][];

export interface FileStyle {
  chrome: SiteChrome;
  headOrder: Kind[];
  metaOrder: Kind[];
  subtitleSlot: number; // how many meta blocks precede the subtitle
  tailOrder: Kind[];
  footOrder: Kind[];
  inlineKinds: Kind[];
  inlineP: number;
  inlineRelatedLineP: number; // an inline related insert is a single «read also» line rather than a block
  cookiePos: 'top' | 'bottom' | 'none';
  pageMode: 'full' | 'feed'; // every article page has its own header/footer, or only the file's first/last
  blockGap: Weights;
  paraGap: Weights;
  innerGap: Weights;
  paraJitterP: number;
  noise: Noise;
}

function pickWithP(rng: Rng, table: [Kind, number][]): Kind[] {
  return rng.shuffle(table.filter(([, p]) => rng.chance(p)).map(([k]) => k));
}

export function makeStyle(rng: Rng, site: SiteName): FileStyle {
  const chrome = new SiteChrome(rng, site);
  const top = pickWithP(rng, [['login', 0.3], ['follow', 0.2], ['app', 0.15]]);
  const nav: Kind[] = rng.chance(0.85) ? ['nav'] : [];
  const after = pickWithP(rng, [['ticker', 0.35], ['ad', 0.35], ['date', 0.25]]);
  const crumb: Kind[] = rng.chance(0.55) ? ['breadcrumb'] : [];
  let headOrder: Kind[] = [...top, ...nav, ...after, ...crumb];
  if (rng.chance(0.25)) headOrder = rng.shuffle(headOrder);

  const metaOrder = pickWithP(rng, [
    ['date', 0.75], ['byline', 0.5], ['agency', 0.35], ['share', 0.4], ['font', 0.25], ['print-email', 0.25],
    ['views', 0.3], ['rating', 0.1], ['gallery', 0.15], ['caption-credit', 0.25], ['comments', 0.12],
  ]);
  const tailOrder = pickWithP(rng, [
    ['tags', 0.45], ['share', 0.4], ['print-email', 0.15], ['rating', 0.2], ['comments', 0.4], ['related', 0.5],
    ['most-read', 0.3], ['prev-next', 0.3], ['follow', 0.3], ['newsletter', 0.2], ['app', 0.15],
    ['whatsapp-sms', 0.2], ['views', 0.15], ['ad', 0.3], ['date', 0.1], ['byline', 0.1],
  ]);
  const footExtras = pickWithP(rng, [['ad', 0.2], ['most-read', 0.2], ['newsletter', 0.2], ['app', 0.2], ['follow', 0.2]])
    .filter((k) => !tailOrder.includes(k));
  const legal: Kind[] = [];
  if (rng.chance(0.8)) legal.push('footer');
  if (rng.chance(0.85)) legal.push('copyright');
  const footOrder = [...footExtras, ...(rng.chance(0.3) ? legal.reverse() : legal)];
  const inlineKinds = pickWithP(rng, [
    ['ad', 0.45], ['related', 0.4], ['gallery', 0.2], ['caption-credit', 0.25], ['newsletter', 0.15],
    ['whatsapp-sms', 0.15], ['follow', 0.1], ['app', 0.1], ['share', 0.1],
  ]);

  const crlf = rng.chance(0.15);
  const trailP = rng.pick([0, 0, 0.05, 0.2, 0.5]);
  return {
    chrome,
    headOrder,
    metaOrder,
    subtitleSlot: rng.weighted([[0, 0.6], [1, 0.3], [2, 0.1]]),
    tailOrder,
    footOrder,
    inlineKinds,
    inlineP: rng.pick([0.1, 0.25, 0.4]),
    inlineRelatedLineP: rng.pick([0, 0.5, 1]),
    cookiePos: rng.weighted([['top', 0.35], ['bottom', 0.15], ['none', 0.5]]),
    pageMode: rng.chance(0.5) ? 'full' : 'feed',
    blockGap: rng.pick<Weights>([[[0, 0.7], [1, 0.3]], [[0, 0.3], [1, 0.6], [2, 0.1]], [[1, 0.6], [2, 0.4]]]),
    paraGap: rng.pick<Weights>([[[0, 1]], [[1, 1]], [[1, 0.8], [2, 0.2]], [[0, 0.6], [1, 0.4]], [[2, 1]]]),
    innerGap: rng.pick<Weights>([[[0, 1]], [[0, 0.7], [1, 0.3]], [[1, 1]]]),
    paraJitterP: rng.pick([0, 0.1, 0.2]),
    noise: {
      crlf,
      trailP,
      rlmShare: rng.pick([0, 0.3, 0.7, 1]),
      leadP: rng.pick([0, 0, 0.3, 0.8]),
      blankWsP: rng.pick([0, 0, 0.2, 0.6]),
      topBlank: rng.weighted([[0, 0.6], [1, 0.25], [2, 0.15]]),
      finalNewline: rng.chance(0.7),
    },
  };
}
