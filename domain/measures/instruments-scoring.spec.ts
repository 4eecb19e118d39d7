import { INSTRUMENTS } from './instrument-catalog';
import { LSNS_6 } from './instruments/lsns-6';
import { MSPSS } from './instruments/mspss';
import { UCLA_3 } from './instruments/ucla-3';

/** Twelve MSPSS answers summing to `total` (so the mean is total / 12). */
function mspssSumming(total: number): number[] {
  const answers = Array<number>(12).fill(1);
  let rest = total - 12;
  for (let index = 0; rest > 0; index = (index + 1) % 12) {
    const add = Math.min(6 - (answers[index] - 1), rest);
    answers[index] += add;
    rest -= add;
  }
  return answers;
}

describe('MSPSS scoring', () => {
  it('takes subscale means from their own items and the total from all twelve (hand-computed)', () => {
    // Items 1..12 answered 7,6,5,4,3,2,1,2,3,4,5,6.
    const scores = MSPSS.score([7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6]);
    expect(scores.total).toBe(4); // 48 / 12
    expect(scores.subscales).toEqual({
      'significant-other': 5, // items 1,2,5,10: 7+6+3+4 = 20 / 4
      family: 4, // items 3,4,8,11: 5+4+2+5 = 16 / 4
      friends: 3, // items 6,7,9,12: 2+1+3+6 = 12 / 4
    });
    expect(scores.band).toBe('moderate');
  });

  it('places every band boundary: below 3 low, 3 to 5 moderate, above 5 high', () => {
    expect(MSPSS.score(Array(12).fill(1))).toEqual(jasmine.objectContaining({ total: 1, band: 'low' }));
    expect(MSPSS.score(mspssSumming(35)).band).withContext('35/12 = 2.92').toBe('low');
    expect(MSPSS.score(mspssSumming(36))).toEqual(jasmine.objectContaining({ total: 3, band: 'moderate' }));
    expect(MSPSS.score(mspssSumming(60))).toEqual(jasmine.objectContaining({ total: 5, band: 'moderate' }));
    expect(MSPSS.score(mspssSumming(61)).band).withContext('61/12 = 5.08').toBe('high');
    expect(MSPSS.score(Array(12).fill(7))).toEqual(jasmine.objectContaining({ total: 7, band: 'high' }));
  });

  it('has no reverse-scored items: raising any one answer never lowers the total', () => {
    for (let item = 0; item < 12; item++) {
      const answers = Array<number>(12).fill(4);
      answers[item] = 5;
      expect(MSPSS.score(answers).total).toBeGreaterThan(4);
    }
  });
});

describe('LSNS-6 scoring', () => {
  it('sums family items 1–3 and friends items 4–6 (hand-computed)', () => {
    const scores = LSNS_6.score([5, 4, 3, 2, 1, 0]);
    expect(scores).toEqual({ total: 15, subscales: { family: 12, friends: 3 }, band: 'not-at-risk' });
  });

  it('marks a total below 12 as at risk of isolation, 12 and above not', () => {
    expect(LSNS_6.score([0, 0, 0, 0, 0, 0])).toEqual(jasmine.objectContaining({ total: 0, band: 'isolation-risk' }));
    expect(LSNS_6.score([2, 2, 2, 2, 2, 1])).toEqual(jasmine.objectContaining({ total: 11, band: 'isolation-risk' }));
    expect(LSNS_6.score([2, 2, 2, 2, 2, 2])).toEqual(jasmine.objectContaining({ total: 12, band: 'not-at-risk' }));
    expect(LSNS_6.score([5, 5, 5, 5, 5, 5])).toEqual({ total: 30, subscales: { family: 15, friends: 15 }, band: 'not-at-risk' });
  });

  it('offers the six published count answers 0–5', () => {
    expect(LSNS_6.responseOptions.map((option) => `${option.value}=${option.label}`)).toEqual([
      '0=None',
      '1=One',
      '2=Two',
      '3=Three or four',
      '4=Five to eight',
      '5=Nine or more',
    ]);
  });
});

describe('UCLA-3 scoring', () => {
  it('sums the three items: 3–5 not lonely, 6–9 lonely', () => {
    expect(UCLA_3.score([1, 1, 1])).toEqual({ total: 3, subscales: {}, band: 'not-lonely' });
    expect(UCLA_3.score([2, 2, 1])).toEqual(jasmine.objectContaining({ total: 5, band: 'not-lonely' }));
    expect(UCLA_3.score([2, 2, 2])).toEqual(jasmine.objectContaining({ total: 6, band: 'lonely' }));
    expect(UCLA_3.score([3, 3, 3])).toEqual(jasmine.objectContaining({ total: 9, band: 'lonely' }));
  });

  it('reads higher scores as worse', () => {
    expect(UCLA_3.higherIsBetter).toBeFalse();
  });
});

describe('the instrument catalogue', () => {
  it('gives every instrument a citation, items numbered 1..n, subscales over real items and bands covering its range', () => {
    for (const instrument of Object.values(INSTRUMENTS)) {
      expect(instrument.citation).withContext(instrument.code).toMatch(/\(\d{4}\)/);
      expect(instrument.items.map((item) => item.number)).toEqual(instrument.items.map((_, index) => index + 1));
      for (const subscale of instrument.subscales) {
        expect(subscale.items.every((item) => item >= 1 && item <= instrument.items.length)).withContext(subscale.code).toBeTrue();
      }
      const lowest = Array(instrument.items.length).fill(instrument.responseOptions[0].value);
      const highest = Array(instrument.items.length).fill(instrument.responseOptions.at(-1)!.value);
      expect(instrument.score(lowest).total).withContext(instrument.code).toBe(instrument.scoreRange.min);
      expect(instrument.score(highest).total).withContext(instrument.code).toBe(instrument.scoreRange.max);
    }
  });
});
