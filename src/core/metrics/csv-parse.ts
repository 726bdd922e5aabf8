import { MetricSourceError } from './source.js';

const PLAIN = /[^,\r\n"]+/y;

export interface CsvTable {
  header: string[];
  /** Each row with the 1-based line it starts on, for error messages. */
  rows: Array<{ line: number; cells: string[] }>;
}

/**
 * RFC 4180 CSV: quoted fields with `""` escapes and embedded newlines, CRLF or LF, a leading BOM dropped,
 * blank lines skipped. A row whose field count differs from the header is an error naming its line: a
 * ragged row means a shifted column, and a shifted column would gate on the wrong numbers.
 */
export function parseCsv(text: string, origin: string): CsvTable {
  const records: Array<{ line: number; cells: string[] }> = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let cells: string[] = [];
  let field = '';
  let rowLine = 1;
  // `atFieldStart`: a quote here opens a quoted field; `rowHasContent`: the row is not a blank line.
  let atFieldStart = true;
  let rowHasContent = false;
  const endRow = () => {
    cells.push(field);
    if (rowHasContent) records.push({ line: rowLine, cells });
    cells = [];
    field = '';
    atFieldStart = true;
    rowHasContent = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && atFieldStart) {
      atFieldStart = false;
      rowHasContent = true;
      const openLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new MetricSourceError(`${origin}:${openLine}: a quoted field is never closed`);
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new MetricSourceError(`${origin}:${line}: unexpected character ${JSON.stringify(next)} after a closing quote`);
      }
      continue;
    }
    if (ch === ',') {
      cells.push(field);
      field = '';
      atFieldStart = true;
      rowHasContent = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      rowLine = line;
    } else {
      if (ch === '"') throw new MetricSourceError(`${origin}:${line}: a quote inside an unquoted field`, { hint: 'quote the whole field and double the inner quotes ("")' });
      // Unquoted text runs to the next delimiter: sliced at once, not appended character by character.
      PLAIN.lastIndex = i;
      PLAIN.test(text);
      field += text.slice(i, PLAIN.lastIndex);
      atFieldStart = false;
      rowHasContent = true;
      i = PLAIN.lastIndex;
    }
  }
  if (rowHasContent) endRow();
  if (records.length === 0) throw new MetricSourceError(`${origin}: the CSV file is empty`, { hint: 'the first line must be a header' });
  const [head, ...rows] = records;
  const header = head.cells.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') throw new MetricSourceError(`${origin}:${head.line}: the header has an empty column name`);
    if (seen.has(h)) throw new MetricSourceError(`${origin}:${head.line}: the header names column "${h}" twice`);
    seen.add(h);
  }
  for (const r of rows) {
    if (r.cells.length !== header.length) {
      throw new MetricSourceError(`${origin}:${r.line}: ragged row: ${r.cells.length} field(s), the header has ${header.length}`, {
        hint: 'every row needs one value per header column (quote values that contain commas)',
      });
    }
  }
  return { header, rows };
}
