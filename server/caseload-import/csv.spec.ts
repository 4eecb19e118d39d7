import { CsvSyntaxError, parseCsv } from './csv';

describe('parseCsv (RFC 4180)', () => {
  it('reads plain records with CRLF or LF line ends, the last line with or without one', () => {
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(parseCsv('a,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\n')).toEqual([{ line: 1, fields: ['a', '', 'c', ''] }]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, numbering records by their first line', () => {
    const records = parseCsv('name,note\n"Lee, Sam","said ""hi""\nand left"\nnext,row\n');
    expect(records).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Lee, Sam', 'said "hi"\nand left'] },
      { line: 4, fields: ['next', 'row'] },
    ]);
  });

  it('drops a byte-order mark and skips blank lines', () => {
    expect(parseCsv('\uFEFFa\n\n b \n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 3, fields: [' b '] },
    ]);
  });

  it('refuses an unclosed quote and a stray quote, naming the line', () => {
    expect(() => parseCsv('a\n"open,b\n')).toThrowMatching((error) => error instanceof CsvSyntaxError && error.line === 2);
    expect(() => parseCsv('a\nab"c\n')).toThrowMatching((error) => error instanceof CsvSyntaxError && error.line === 2);
    expect(() => parseCsv('"a"b\n')).toThrowMatching((error) => error instanceof CsvSyntaxError && error.line === 1);
  });
});
