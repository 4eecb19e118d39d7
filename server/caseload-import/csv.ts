/**
 * A small RFC 4180 reader: comma-separated fields, double-quoted fields holding commas, quotes
 * ("" inside quotes) and line breaks, CRLF or LF line ends, an optional UTF-8 byte-order mark (as
 * spreadsheets save it). No package in node_modules parses CSV; `csv-parse` would be the one to
 * adopt if imports grow (the report to the lead says so). Each record keeps the line it starts on,
 * so errors name the row a spreadsheet shows.
 */
export interface CsvRecord {
  /** 1-based line of the file the record starts on. */
  readonly line: number;
  readonly fields: readonly string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    // A blank line (one empty field) is no record.
    if (!(fields.length === 1 && fields[0] === '')) {
      records.push({ line: recordLine, fields });
    }
    fields = [];
    recordLine = line;
  };
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index++;
        } else {
          quoted = false;
          const next = source[index + 1];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
            throw new CsvSyntaxError(line, `Line ${line}: a closing quote must end the field.`);
          }
        }
      } else {
        if (char === '\n') {
          line++;
        }
        field += char;
      }
    } else if (char === '"') {
      if (fieldStarted) {
        throw new CsvSyntaxError(line, `Line ${line}: a quote inside an unquoted field (quote the whole field and double the quote).`);
      }
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[index + 1] === '\n') {
        index++;
      }
      line++;
      endRecord();
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) {
    throw new CsvSyntaxError(recordLine, `Line ${recordLine}: a quoted field is never closed.`);
  }
  if (field !== '' || fields.length > 0) {
    endRecord();
  }
  return records;
}
