import { encode } from 'uqr';
import { qrDrawingOf } from './qr-path';

/** Paints the path's rectangles back onto a grid, to compare with the encoder's own modules. */
function paint(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let column = Number(x); column < Number(x) + Number(width); column += 1) {
      grid[Number(y)][column] = true;
    }
  }
  return grid;
}

describe('qrDrawingOf', () => {
  const link = 'https://care.example.org/answer/#q2Yt3mXkP0a9bN7cL4dE8fR1';

  it('draws exactly the dark modules the encoder produced, quiet zone included', () => {
    const drawing = qrDrawingOf(link);
    const expected = encode(link, { ecc: 'M', border: 4 });
    expect(drawing.size).toBe(expected.size);
    expect(paint(drawing.path, drawing.size)).toEqual(expected.data);
  });

  it('leaves a four-module light border on every side', () => {
    const drawing = qrDrawingOf(link);
    const grid = paint(drawing.path, drawing.size);
    const border = [...grid.slice(0, 4), ...grid.slice(-4), ...grid.map((row) => [...row.slice(0, 4), ...row.slice(-4)])];
    expect(border.flat().some(Boolean)).toBeFalse();
  });

  it('gives different drawings for different links', () => {
    expect(qrDrawingOf(`${link}x`).path).not.toBe(qrDrawingOf(link).path);
  });
});
