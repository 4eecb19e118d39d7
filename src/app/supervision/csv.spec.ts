import { csvCell, downloadCsv, tableCsv, toCsv } from './csv';

describe('CSV', () => {
  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('Okafor, Omar')).toBe('"Okafor, Omar"');
    expect(csvCell('Ana "Nan"')).toBe('"Ana ""Nan"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('Plain')).toBe('Plain');
  });

  it('writes numbers as they are and empty cells as nothing', () => {
    expect(csvCell(66.7)).toBe('66.7');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
  });

  it('keeps a cell that looks like a formula as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });

  it('joins rows with CRLF, header first', () => {
    expect(toCsv(['Therapist', 'Active'], [['Tess', 6], ['Omar, O.', 4]])).toBe(
      'Therapist,Active\r\nTess,6\r\n"Omar, O.",4\r\n',
    );
  });

  it('writes a table with its totals row last', () => {
    expect(
      tableCsv({
        title: 'Caseload',
        filename: 'caseload.csv',
        columns: [
          { label: 'Therapist', numeric: false },
          { label: 'Active', numeric: true },
        ],
        rows: [{ cells: ['Tess', 6], link: ['/team', 'therapists', 'x'] }],
        totals: ['Team', 6],
      }),
    ).toBe('Therapist,Active\r\nTess,6\r\nTeam,6\r\n');
  });

  it('downloads through an object URL and a link named after the file', async () => {
    const createObjectURL = spyOn(URL, 'createObjectURL').and.returnValue('blob:csv');
    const revokeObjectURL = spyOn(URL, 'revokeObjectURL');
    const click = spyOn(HTMLAnchorElement.prototype, 'click');

    downloadCsv(document, 'caseload-by-therapist.csv', 'a,b\r\n');

    const clicked = click.calls.mostRecent().object as HTMLAnchorElement;
    const blob = createObjectURL.calls.mostRecent().args[0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await blob.text()).toBe('a,b\r\n');
    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked.download).toBe('caseload-by-therapist.csv');
    expect(clicked.href).toBe('blob:csv');
    expect(document.body.contains(clicked)).toBeFalse();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(revokeObjectURL).toHaveBeenCalledOnceWith('blob:csv');
  });
});
