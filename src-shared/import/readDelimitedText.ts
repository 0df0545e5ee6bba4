import Papa from 'papaparse';
import { TableReadError } from './tableReadError';

type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Splits CSV, TSV or semicolon-separated text into rows of cells. European Excel writes ';', Excel's
 * "Unicode text" writes tabs, everybody else ','. The header line decides, because it is the one
 * line every such file has and it rarely contains the delimiter inside a value.
 */
export function readDelimitedText(text: string, fileName: string): string[][] {
  let body = text;
  let linesSkipped = 0;
  let delimiter: Delimiter | null = null;
  // Excel honours a first line "sep=;" and so do we.
  const sepLine = /^sep=([,;\t])\r?\n/i.exec(body);
  if (sepLine) {
    delimiter = sepLine[1] as Delimiter;
    body = body.slice(sepLine[0].length);
    linesSkipped = 1;
  }
  delimiter ??= guessDelimiter(body, fileName.toLowerCase().endsWith('.tsv') ? '\t' : ',');

  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    // Papa's row is the 0-based record index; people count the header as row 1, like Excel does.
    throw new TableReadError('csvMalformed', { row: (broken.row ?? 0) + 1 + linesSkipped });
  }
  return result.data;
}

function guessDelimiter(text: string, preferred: Delimiter): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let sawContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (sawContent) break; // end of the first non-empty line
    } else if (!inQuotes && counts.has(ch as Delimiter)) {
      counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
      sawContent = true;
    } else if (ch !== ' ') sawContent = true;
  }
  let best = preferred;
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}
