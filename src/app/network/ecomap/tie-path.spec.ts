import { jaggedPath, straightPath } from './tie-path';

const numbers = (path: string) => path.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('tie paths', () => {
  it('draws a straight tie from one point to the other', () => {
    expect(straightPath({ x: 0, y: 0 }, { x: 100.123, y: 50 })).toBe('M 0 0 L 100.12 50');
  });

  it('zig-zags between straight ends, so arrowheads point along the tie', () => {
    expect(jaggedPath({ x: 0, y: 0 }, { x: 100, y: 0 }).startsWith('M 0 0 L 24 0 L ')).toBeTrue();

    const path = jaggedPath({ x: 0, y: 0 }, { x: 100, y: 0 }, { leadStart: 10, leadEnd: 10 });
    const values = numbers(path);
    const ys = values.filter((_, index) => index % 2 === 1);

    expect(values.slice(0, 4)).toEqual([0, 0, 10, 0]);
    expect(values.slice(-4)).toEqual([90, 0, 100, 0]);
    expect(Math.max(...ys)).toBe(4);
    expect(Math.min(...ys)).toBe(-4);
  });

  it('keeps a short tie straight', () => {
    expect(jaggedPath({ x: 0, y: 0 }, { x: 40, y: 0 })).toBe('M 0 0 L 40 0');
  });
});
