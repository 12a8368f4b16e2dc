// Shape of OUTDIR/gold.json.

export interface GoldChrome {
  kind: string;
  start: number;
  end: number;
}

export interface GoldArticle {
  file: string; // "dumps/NNN.txt"
  headline: [number, number];
  subtitle: [number, number] | null;
  body: [number, number][];
  captions: [number, number][];
  chrome: GoldChrome[];
  outlet: string;
  recordId: string;
}
