/** `rasd tag [file] [--conll]`: named entities of raw text as JSON lines, or BIO tags for CoNLL input. */
import { DocumentStream } from '../../ner/document-stream.js';
import { loadTagger } from '../../ner/tagger.js';
import { EXIT, type Command } from '../command.js';
import { useModelOption } from '../model-option.js';
import { write } from '../io.js';
import { lines, readInput } from '../read-input.js';
import { reportDiagnostics } from '../report.js';

export const tagCommand: Command = {
  name: 'tag',
  summary: 'find persons, places, organisations (NER) in text, or tag CoNLL tokens',
  help: `Usage: rasd tag [FILE] [--conll] [--model FILE] [--encoding NAME]

Reads FILE, or standard input when no file is given, and tags named entities (PERS, LOC,
ORG, MISC) with the tagger trained on ANERcorp (data/ner/model-anercorp.bin.gz).

Without --conll the input is raw text: prints one JSON object per input line,
  {"line": 3, "entities": [{"type": "LOC", "text": "بغداد", "start": 120, "end": 125}, …]}
(every line gets one, with an empty list when it has no entity). Spans count UTF-16 code
units from the start of the input, so input.slice(start, end) is the entity's text. A line
is split into sentences and tokens first; clitics stay on a word, as in ANERcorp
(«وبغداد» is one LOC token).

With --conll the input is CoNLL: one token a line in the first column (other columns are
ignored), a blank line between sentences. Prints «token TAG» lines (BIO tags) in the same
layout, blank lines kept, so any CoNLL scorer can compare them with a gold file. The
sentences are read as running text, as an article's are: each with the sentences around it
(the model's window), so a name clear in one sentence is found in the others; a -DOCSTART-
line starts a new document. Memory stays flat however long the input.

Options:
  --conll            read CoNLL tokens and write «token TAG» lines
  --model FILE       tag with this model, made by rasd adapt --out FILE, instead of the
                     shipped one
  --encoding NAME    the input's encoding (utf-8, utf-16le, utf-16be, windows-1256,
                     iso-8859-6); detected when not given
  -h, --help         this help`,
  options: {
    conll: { type: 'boolean', default: false },
    model: { type: 'string' },
    encoding: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 1) {
      await write(io.stderr, `rasd tag: takes at most one FILE, got ${positionals.length}\n`);
      return EXIT.usage;
    }
    useModelOption(values.model);
    const tagger = loadTagger();
    const input = readInput(positionals[0], io.stdin, values.encoding as string | undefined);
    if (values.conll === true) {
      // The input is read as running text, as an article is: each sentence with the sentences
      // around it (until a -DOCSTART- line), held a block at a time. Blank and -DOCSTART- lines go
      // out before the sentence that follows them, so the layout is kept.
      let out = '';
      const doc = new DocumentStream<string>(tagger, (tokens, tags, before) => {
        out += before;
        for (let i = 0; i < tokens.length; i++) out += `${tokens[i]} ${tags[i]}\n`;
      });
      let tokens: string[] = [];
      let before = '';
      const sentenceEnds = (): void => {
        if (!tokens.length) return;
        doc.push(tokens, before);
        tokens = [];
        before = '';
      };
      for await (const { line } of lines(input.chunks)) {
        const token = line.trim().split(/\s+/, 1)[0]!;
        if (token === '') {
          sentenceEnds();
          before += '\n';
        } else if (token === '-DOCSTART-') {
          // conlleval's document marker: a boundary, echoed with tag O.
          sentenceEnds();
          doc.end();
          before += '-DOCSTART- O\n';
        } else tokens.push(token);
        if (out) {
          await write(io.stdout, out);
          out = '';
        }
      }
      sentenceEnds();
      doc.end();
      await write(io.stdout, out + before);
    } else {
      let lineNo = 0;
      for await (const { line, offset } of lines(input.chunks)) {
        lineNo++;
        const entities = tagger.tagText(line).map((e) => ({ type: e.type, text: e.text, start: offset + e.start, end: offset + e.end }));
        await write(io.stdout, JSON.stringify({ line: lineNo, entities }) + '\n');
      }
    }
    return reportDiagnostics(input.diagnostics, io);
  },
};
