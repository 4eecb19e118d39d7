import { changeNorm } from '../measures/reliable-change';
import { outcomeShare, periodOutcome } from './outcomes';

describe('periodOutcome', () => {
  // Published LSNS-6 norm: whole-number steps, higher is better.
  const lsns = changeNorm('lsns-6', 'total');
  // UCLA-3: lower is better.
  const ucla = changeNorm('ucla-3', 'total');

  it('counts nobody with fewer than two measures', () => {
    expect(periodOutcome(lsns, [])).toBeNull();
    expect(periodOutcome(lsns, [{ administeredOn: '2026-01-01', id: 'a', total: 10 }])).toBeNull();
  });

  it('judges first against last by date, whatever the order given and whatever lies between', () => {
    const first = { administeredOn: '2026-01-01', id: 'b', total: 10 };
    const middle = { administeredOn: '2026-02-01', id: 'a', total: 0 };
    const last = { administeredOn: '2026-03-01', id: 'a', total: 10 + lsns.steps };
    expect(periodOutcome(lsns, [last, middle, first])).toBe('improved');
    expect(periodOutcome(lsns, [first, { ...last, total: 10 + lsns.steps - 1 }])).toBe('none');
    expect(periodOutcome(lsns, [first, { ...last, total: 10 - lsns.steps }])).toBe('deteriorated');
  });

  it('orders measures of the same day by id', () => {
    const day = '2026-01-01';
    expect(periodOutcome(lsns, [{ administeredOn: day, id: 'b', total: 20 }, { administeredOn: day, id: 'a', total: 20 - lsns.steps }])).toBe('improved');
  });

  it('reads a fall as improvement where lower is better', () => {
    expect(periodOutcome(ucla, [{ administeredOn: '2026-01-01', id: 'a', total: 9 }, { administeredOn: '2026-05-01', id: 'b', total: 9 - ucla.steps }])).toBe('improved');
  });
});

describe('outcomeShare', () => {
  it('is a whole percentage, null of nobody', () => {
    expect(outcomeShare(1, 3)).toBe(33);
    expect(outcomeShare(2, 3)).toBe(67);
    expect(outcomeShare(0, 0)).toBeNull();
  });
});
