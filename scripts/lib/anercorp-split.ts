// The NER train/dev split of ANERcorp's training part: the first 90% of sentences train, the last
// 10% are the dev set (../shared/data/README.md). Resources built from ANERcorp read only the
// training lines, so that NER measured on the dev set is never measured on what built them.

/** The lines of the first 90% of sentences of a CoNLL file (blank lines end sentences). */
export function trainingLines(conllText: string): string[] {
  const lines = conllText.split(/\r?\n/);
  let sentences = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() === '' && (i === 0 || lines[i - 1]!.trim() !== '')) sentences++;
  if (lines.length && lines[lines.length - 1]!.trim() !== '') sentences++;
  const keep = Math.floor(sentences * 0.9);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '' && (i === 0 || lines[i - 1]!.trim() !== '')) {
      seen++;
      if (seen === keep) return lines.slice(0, i);
    }
  }
  return lines;
}
