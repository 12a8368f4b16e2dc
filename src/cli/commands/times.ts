/** `rasd times [file] [--ref YYYY-MM-DD]`: the time expressions of a text as JSON lines. */
import { isRealDay } from '../../text/iso-day.js';
import { findTimes, inferReference } from '../../times/index.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { readInput } from '../read-input.js';
import { reportDiagnostics } from '../report.js';

export const timesCommand: Command = {
  name: 'times',
  summary: 'find dates and time expressions (أمس، الأسبوع الماضي، 5 شوال 1436 هـ) in text',
  help: `Usage: rasd times [FILE] [--ref YYYY-MM-DD] [--encoding NAME]

Reads FILE, or standard input when no file is given, and prints one JSON object per time
expression, in order:
  {"text": "أمس (الاثنين)", "start": 11, "end": 24, "value": "2025-03-03", "grain": "day",
   "relative": true, "relation": {"unit": "day", "offset": -1, "weekday": 1}}
Spans count UTF-16 code units from the start of the input, so input.slice(start, end) is the
expression's text. value is a day (YYYY-MM-DD), a month (YYYY-MM), a year (YYYY) or an interval
of days (YYYY-MM-DD/YYYY-MM-DD, both ends included); grain is day, week, month or year.

Relative expressions (اليوم، أمس، الأسبوع الماضي، منذ ثلاث سنوات، الثلاثاء …) are resolved
against the reference date: --ref when given, else the date the text itself gives when a full
date in it falls on the weekday of «اليوم (الثلاثاء)»; else they stay unresolved (value null,
relation kept). Hijri dates («5 شوال 1436 هـ») are converted with the Umm al-Qura calendar.

Options:
  --ref DAY          the reference date (the publication day), YYYY-MM-DD
  --encoding NAME    the input's encoding (utf-8, utf-16le, utf-16be, windows-1256,
                     iso-8859-6); detected when not given
  -h, --help         this help`,
  options: {
    ref: { type: 'string' },
    encoding: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 1) {
      await write(io.stderr, `rasd times: takes at most one FILE, got ${positionals.length}\n`);
      return EXIT.usage;
    }
    const ref = values.ref as string | undefined;
    if (ref !== undefined && !isRealDay(ref)) {
      await write(io.stderr, `rasd times: --ref must be a real day written YYYY-MM-DD, got ${JSON.stringify(ref)}\n`);
      return EXIT.usage;
    }
    const input = readInput(positionals[0], io.stdin, values.encoding as string | undefined);
    let text = '';
    for await (const chunk of input.chunks) text += chunk;
    const found = ref === undefined ? findTimes(text) : null;
    const times = findTimes(text, { ref: ref ?? (found ? inferReference(text, found) : null) });
    let out = '';
    for (const t of times) out += JSON.stringify(t) + '\n';
    await write(io.stdout, out);
    return reportDiagnostics(input.diagnostics, io);
  },
};
