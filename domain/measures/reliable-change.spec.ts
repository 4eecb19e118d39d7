import type { InstrumentCode } from './instrument';
import { CLINIC_SD_MIN_CLIENTS, changeNorm, clinicNorms, firstScoresOf, reliableChange, sampleSd, thresholdLine, type Scale } from './reliable-change';

/**
 * Hand-computed cases (Jacobson & Truax 1991): threshold = 1.96 · SD · √(2(1 − r)), rounded up to a
 * score the scale can reach (1 point for LSNS-6 and UCLA-3; 1/12 for the MSPSS total, 1/4 for an
 * MSPSS subscale, as they are means of 12 and 4 items).
 *
 * The clinic cases use 30 first measures, half at `low` and half at `high`: SD = (high − low)/2 · √(30/29)
 * = (high − low)/2 · 1.017095.
 */
interface Case {
  readonly instrument: InstrumentCode;
  readonly scale: Scale;
  /** Items the scale's score is the mean of (1 for sums). */
  readonly items: number;
  /** Higher is better? (loneliness is not). */
  readonly higherIsBetter: boolean;
  /** A starting score in item-sum units, far enough from either end for a step either side. */
  readonly fromSum: number;
  readonly published: { readonly steps: number; readonly working: string };
  readonly clinic: { readonly low: number; readonly high: number; readonly steps: number; readonly working: string };
}

const CASES: readonly Case[] = [
  {
    instrument: 'mspss', scale: 'total', items: 12, higherIsBetter: true, fromSum: 66,
    published: { steps: 12, working: '1.96 · 0.86 · √0.30 = 0.9232 → 12/12 = 1.00' },
    clinic: { low: 4, high: 6, steps: 14, working: '1.96 · 1.0171 · √0.30 = 1.0919 → 14/12 = 1.17' },
  },
  {
    instrument: 'mspss', scale: 'significant-other', items: 4, higherIsBetter: true, fromSum: 16,
    published: { steps: 8, working: '1.96 · 1.25 · √0.56 = 1.8334 → 8/4 = 2.00' },
    clinic: { low: 4, high: 6, steps: 6, working: '1.96 · 1.0171 · √0.56 = 1.4918 → 6/4 = 1.50' },
  },
  {
    instrument: 'mspss', scale: 'family', items: 4, higherIsBetter: true, fromSum: 22,
    published: { steps: 5, working: '1.96 · 1.12 · √0.30 = 1.2024 → 5/4 = 1.25' },
    clinic: { low: 4, high: 6, steps: 5, working: '1.96 · 1.0171 · √0.30 = 1.0919 → 5/4 = 1.25' },
  },
  {
    instrument: 'mspss', scale: 'friends', items: 4, higherIsBetter: true, fromSum: 22,
    published: { steps: 6, working: '1.96 · 0.94 · √0.50 = 1.3028 → 6/4 = 1.50' },
    clinic: { low: 4, high: 6, steps: 6, working: '1.96 · 1.0171 · √0.50 = 1.4096 → 6/4 = 1.50' },
  },
  {
    instrument: 'lsns-6', scale: 'total', items: 1, higherIsBetter: true, fromSum: 18,
    published: { steps: 7, working: '1.96 · 6.0 · √0.34 = 6.8572 → 7' },
    clinic: { low: 10, high: 20, steps: 6, working: '1.96 · 5.0855 · √0.34 = 5.8120 → 6' },
  },
  {
    instrument: 'lsns-6', scale: 'family', items: 1, higherIsBetter: true, fromSum: 9,
    published: { steps: 4, working: '1.96 · 3.5 · √0.32 = 3.8806 → 4' },
    clinic: { low: 5, high: 10, steps: 3, working: '1.96 · 2.5427 · √0.32 = 2.8192 → 3' },
  },
  {
    instrument: 'lsns-6', scale: 'friends', items: 1, higherIsBetter: true, fromSum: 9,
    published: { steps: 5, working: '1.96 · 3.5 · √0.40 = 4.3386 → 5' },
    clinic: { low: 5, high: 10, steps: 4, working: '1.96 · 2.5427 · √0.40 = 3.1520 → 4' },
  },
  {
    instrument: 'ucla-3', scale: 'total', items: 1, higherIsBetter: false, fromSum: 5,
    published: { steps: 3, working: '1.96 · 1.5 · √0.56 = 2.2001 → 3' },
    clinic: { low: 3, high: 5, steps: 2, working: '1.96 · 1.0171 · √0.56 = 1.4918 → 2' },
  },
];

const halfAndHalf = (low: number, high: number, count = CLINIC_SD_MIN_CLIENTS) =>
  Array.from({ length: count }, (_, index) => (index < Math.ceil(count / 2) ? low : high));

describe('reliable change (Jacobson & Truax)', () => {
  for (const testCase of CASES) {
    const label = `${testCase.instrument} ${testCase.scale}`;
    // A score as the instrument's scoring makes it: a sum, or a sum of item answers over the items.
    const score = (sum: number) => sum / testCase.items;
    const worse = (steps: number) => score(testCase.fromSum + (testCase.higherIsBetter ? -steps : steps));

    for (const [which, norm, steps] of [
      ['published SD', changeNorm(testCase.instrument, testCase.scale), testCase.published.steps],
      ['clinic SD', changeNorm(testCase.instrument, testCase.scale, halfAndHalf(testCase.clinic.low, testCase.clinic.high)), testCase.clinic.steps],
    ] as const) {
      it(`${label}, ${which}: ${which === 'published SD' ? testCase.published.working : testCase.clinic.working}`, () => {
        expect(norm.steps).toBe(steps);
        expect(norm.threshold).toBeCloseTo(steps / testCase.items, 10);
        expect(norm.sdSource).toBe(which === 'clinic SD' ? 'clinic' : 'published');
        const from = score(testCase.fromSum);
        expect(reliableChange(norm, from, worse(steps))).withContext('exactly at the threshold, worse').toBe('deteriorated');
        expect(reliableChange(norm, from, worse(steps - 1))).withContext('one step short').toBe('none');
        expect(reliableChange(norm, from, worse(steps + 1))).withContext('one step beyond').toBe('deteriorated');
        // Back from the worse score to the start: the same distance, the better way.
        expect(reliableChange(norm, worse(steps), from)).withContext('exactly at the threshold, better').toBe('improved');
        expect(reliableChange(norm, worse(steps - 1), from)).withContext('one step short, better').toBe('none');
      });
    }
  }

  it(`switches to the clinic's SD at ${CLINIC_SD_MIN_CLIENTS} clients' first measures, not before`, () => {
    const before = changeNorm('ucla-3', 'total', halfAndHalf(3, 5, CLINIC_SD_MIN_CLIENTS - 1));
    expect(before).toEqual(jasmine.objectContaining({ sdSource: 'published', sd: 1.5, steps: 3, clinicClients: 0 }));
    const at = changeNorm('ucla-3', 'total', halfAndHalf(3, 5, CLINIC_SD_MIN_CLIENTS));
    expect(at).toEqual(jasmine.objectContaining({ sdSource: 'clinic', steps: 2, clinicClients: 30 }));
    expect(at.sd).toBeCloseTo(1.017095, 6);
  });

  it('takes each client’s first measure per instrument (earliest date, then lowest id) for the clinic SD', () => {
    const firsts = firstScoresOf([
      { clientId: 'a', instrument: 'ucla-3', administeredOn: '2026-02-01', id: '2', total: 9 },
      { clientId: 'a', instrument: 'ucla-3', administeredOn: '2026-01-01', id: '3', total: 4 },
      { clientId: 'a', instrument: 'ucla-3', administeredOn: '2026-01-01', id: '1', total: 3 },
      { clientId: 'b', instrument: 'ucla-3', administeredOn: '2026-03-01', id: '4', total: 7 },
      { clientId: 'b', instrument: 'mspss', administeredOn: '2026-03-01', id: '5', total: 4.5, subscales: { 'significant-other': 4, family: 5.5, friends: 4 } },
      { clientId: 'b', instrument: 'mspss', administeredOn: '2026-04-01', id: '6', total: 2, subscales: { 'significant-other': 2, family: 2, friends: 2 } },
    ]);
    // The subscales come from the same first measure as the total.
    expect(firsts).toEqual({ mspss: { total: [4.5], 'significant-other': [4], family: [5.5], friends: [4] }, 'lsns-6': { total: [] }, 'ucla-3': { total: [3, 7] } });
    expect(clinicNorms(firsts).totals.mspss.sdSource).toBe('published');
  });

  it('computes the sample SD (n − 1)', () => {
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 5);
    expect(sampleSd([1])).toBeNaN();
  });

  it('says in one line what the threshold is and where its figures come from', () => {
    expect(thresholdLine(changeNorm('mspss', 'total'))).toBe(
      'MSPSS: reliable change is 1.00 or more (Jacobson & Truax 1991; r .85 from Zimet et al. 1988; SD 0.86 published).',
    );
    expect(thresholdLine(changeNorm('ucla-3', 'total', halfAndHalf(3, 5)))).toBe(
      'UCLA-3: reliable change is 2 or more (Jacobson & Truax 1991; r .72 from Hughes et al. 2004; SD 1.02 from this clinic’s first measures, 30 clients).',
    );
    expect(thresholdLine(changeNorm('lsns-6', 'family'))).toContain('LSNS-6 Family: reliable change is 4 or more');
  });
});
