import { changeNorm, PUBLISHED_CLINIC_NORMS, type ClinicNorms } from './reliable-change';
import { measureIndicators, reassessmentCutoff, reassessmentOverdue, withReassessment, type FlagContext, type MeasurePoint } from './measure-flags';

const context: FlagContext = { today: '2026-11-25', treatmentStart: '2026-01-05', active: true, reassessmentDays: 30, riskNoted: false };

const point = (instrument: MeasurePoint['instrument'], administeredOn: string, total: number, band: string, subscales: Record<string, number> = {}): MeasurePoint => ({
  instrument,
  administeredOn,
  total,
  subscales,
  band,
});

describe('measure indicators and clinical flags', () => {
  it('raises the band flags from the latest measure of each instrument only', () => {
    const indicators = measureIndicators(
      [
        point('mspss', '2026-11-01', 2.5, 'low'),
        point('mspss', '2026-11-20', 3.2, 'moderate'),
        point('lsns-6', '2026-11-20', 11, 'isolation-risk'),
        point('ucla-3', '2026-11-20', 6, 'lonely'),
      ],
      context,
    );
    expect(indicators.flags).toEqual(['isolation-risk', 'loneliness']);
    expect(indicators.latest.mspss).toEqual(jasmine.objectContaining({ total: 3.2, band: 'moderate', trend: 'flat', declined: false }));
    expect(indicators.lastMeasuredOn).toBe('2026-11-20');
  });

  it('flags a reliable decline since the previous measure only at or beyond each threshold, in the worse direction', () => {
    // Published norms (reliable-change.spec.ts works them out): MSPSS 1.00, LSNS-6 7, UCLA-3 3.
    const at = (instrument: MeasurePoint['instrument'], from: number, to: number, band: string) =>
      measureIndicators([point(instrument, '2026-11-10', from, band), point(instrument, '2026-11-24', to, band)], context).flags.includes('decline');
    expect(at('mspss', 5, 4, 'moderate')).withContext('MSPSS down 1.0').toBeTrue();
    expect(at('mspss', 5, 49 / 12, 'moderate')).withContext('MSPSS down 11/12').toBeFalse();
    expect(at('lsns-6', 20, 13, 'not-at-risk')).withContext('LSNS-6 down 7').toBeTrue();
    expect(at('lsns-6', 20, 14, 'not-at-risk')).withContext('LSNS-6 down 6').toBeFalse();
    expect(at('ucla-3', 3, 6, 'not-lonely')).withContext('UCLA-3 up 3').toBeTrue();
    expect(at('ucla-3', 3, 5, 'not-lonely')).withContext('UCLA-3 up 2').toBeFalse();
    expect(at('ucla-3', 6, 3, 'not-lonely')).withContext('UCLA-3 down 3 is better').toBeFalse();
    expect(at('lsns-6', 12, 20, 'not-at-risk')).withContext('LSNS-6 up 8 is better').toBeFalse();
  });

  it('flags a reliable decline since the first measure, and marks a reliable improvement without flagging it', () => {
    const series = (totals: number[]) =>
      measureIndicators(totals.map((total, index) => point('lsns-6', `2026-11-1${index}`, total, 'not-at-risk')), context);
    // 20 → 16 → 13: each step under 7, but 7 down since the first.
    const slide = series([20, 16, 13]);
    expect(slide.flags).toEqual(['decline-since-first']);
    expect(slide.latest['lsns-6']).toEqual(jasmine.objectContaining({ declined: false, declinedSinceFirst: true, improvedSinceFirst: false }));
    const better = series([12, 16, 19]);
    expect(better.flags).toEqual([]);
    expect(better.latest['lsns-6']).toEqual(jasmine.objectContaining({ improvedSinceFirst: true, declinedSinceFirst: false }));
    expect(better.latest['lsns-6']!.norm).toEqual(jasmine.objectContaining({ threshold: 7, sdSource: 'published' }));
  });

  it('judges against the clinic’s norms when given', () => {
    const clinic: ClinicNorms = {
      ...PUBLISHED_CLINIC_NORMS,
      totals: { ...PUBLISHED_CLINIC_NORMS.totals, 'lsns-6': changeNorm('lsns-6', 'total', Array.from({ length: 30 }, (_, index) => (index < 15 ? 10 : 20))) },
    };
    const points = [point('lsns-6', '2026-11-10', 20, 'not-at-risk'), point('lsns-6', '2026-11-24', 14, 'not-at-risk')];
    expect(measureIndicators(points, context).flags).withContext('published: 7').toEqual([]);
    expect(measureIndicators(points, context, clinic).flags).withContext('clinic: 6').toEqual(['decline', 'decline-since-first']);
  });

  it('reads the trend over the last three measures and says whether it is good news', () => {
    const ucla = measureIndicators(
      [point('ucla-3', '2026-09-01', 3, 'not-lonely'), point('ucla-3', '2026-10-01', 9, 'lonely'), point('ucla-3', '2026-10-15', 8, 'lonely'), point('ucla-3', '2026-11-20', 5, 'not-lonely')],
      context,
    ).latest['ucla-3']!;
    // The last three are 9, 8, 5: down by 4 (threshold 3), which for loneliness is improvement.
    expect(ucla).toEqual(jasmine.objectContaining({ trend: 'down', improving: true, declined: false }));
    const single = measureIndicators([point('lsns-6', '2026-11-20', 14, 'not-at-risk')], context).latest['lsns-6']!;
    expect(single).toEqual(jasmine.objectContaining({ trend: null, improving: null }));
  });

  it('is overdue for reassessment after more than N days since the last measure (or since treatment start)', () => {
    const measuredOn = (date: string) => measureIndicators([point('ucla-3', date, 3, 'not-lonely')], context).flags;
    expect(measuredOn('2026-10-26')).withContext('30 days').toEqual([]);
    expect(measuredOn('2026-10-25')).withContext('31 days').toEqual(['reassessment-overdue']);
    expect(measureIndicators([], context).flags).withContext('never measured').toEqual(['reassessment-overdue']);
    expect(measureIndicators([], { ...context, treatmentStart: '2026-11-10' }).flags).withContext('new client').toEqual([]);
    expect(measureIndicators([], { ...context, active: false }).flags).withContext('on hold or discharged').toEqual([]);
    expect(measureIndicators([point('ucla-3', '2026-10-25', 3, 'not-lonely')], { ...context, reassessmentDays: 60 }).flags).toEqual([]);
  });
});

/**
 * MSPSS subscales raise the same flags as the totals (FLAGGED_SUBSCALES). Hand-computed thresholds
 * (1.96 · SD · √(2(1 − r)), rounded up to a quarter point, as a subscale is the mean of 4 items):
 *   published SD — Significant other 1.96 · 1.25 · √0.56 = 1.833 → 8/4 = 2.00; Family 1.96 · 1.12 · √0.30
 *   = 1.202 → 5/4 = 1.25; Friends 1.96 · 0.94 · √0.50 = 1.303 → 6/4 = 1.50.
 *   clinic SD from 30 first measures, 15 at 3 and 15 at 6 (SD 1.5 · √(30/29) = 1.5256) — Significant other
 *   1.96 · 1.5256 · √0.56 = 2.238 → 9/4 = 2.25; Family 1.96 · 1.5256 · √0.30 = 1.638 → 7/4 = 1.75; Friends
 *   1.96 · 1.5256 · √0.50 = 2.114 → 9/4 = 2.25.
 * Only one subscale moves in each case; the total (the mean of the three) moves a third as far, under
 * its own threshold of 1.00 every time, so any flag here is the subscale's.
 */
describe('reliable change of the MSPSS subscales', () => {
  const clinicFirsts = Array.from({ length: 30 }, (_, index) => (index < 15 ? 3 : 6));
  const clinicNorms: ClinicNorms = {
    totals: PUBLISHED_CLINIC_NORMS.totals,
    subscales: { ...PUBLISHED_CLINIC_NORMS.subscales, mspss: ['significant-other', 'family', 'friends'].map((scale) => changeNorm('mspss', scale, clinicFirsts)) },
  };
  const START = { 'significant-other': 5.5, family: 5.5, friends: 5.5 };
  const CASES = [
    { scale: 'significant-other', published: 8, clinic: 9 },
    { scale: 'family', published: 5, clinic: 7 },
    { scale: 'friends', published: 6, clinic: 9 },
  ] as const;
  const mspss = (administeredOn: string, subscales: Record<string, number>) =>
    point('mspss', administeredOn, (subscales['significant-other'] + subscales['family'] + subscales['friends']) / 3, 'moderate', subscales);
  /** Two measures: START, then `scale` moved by `steps` quarter points (negative = worse). */
  const moved = (scale: string, steps: number, norms: ClinicNorms) =>
    measureIndicators([mspss('2026-11-10', START), mspss('2026-11-24', { ...START, [scale]: START[scale as keyof typeof START] + steps / 4 })], context, norms);

  for (const testCase of CASES) {
    for (const [which, norms, steps] of [
      ['published SD', PUBLISHED_CLINIC_NORMS, testCase.published],
      ['clinic SD', clinicNorms, testCase.clinic],
    ] as const) {
      it(`${testCase.scale}, ${which}: a fall of ${steps}/4 flags, ${steps - 1}/4 does not`, () => {
        const at = moved(testCase.scale, -steps, norms);
        expect(at.flags).withContext('exactly at the threshold').toEqual(['decline', 'decline-since-first']);
        expect(at.latest.mspss!.declined).withContext('the total itself did not decline').toBeFalse();
        const subscale = at.latest.mspss!.subscales.find((entry) => entry.scale === testCase.scale)!;
        expect(subscale).toEqual(jasmine.objectContaining({ declined: true, declinedSinceFirst: true, improvedSinceFirst: false }));
        expect(subscale.norm).toEqual(jasmine.objectContaining({ steps, threshold: steps / 4, sdSource: which === 'clinic SD' ? 'clinic' : 'published' }));
        expect(moved(testCase.scale, -(steps - 1), norms).flags).withContext('one step short').toEqual([]);
        expect(moved(testCase.scale, -(steps + 1), norms).flags).withContext('one step beyond').toEqual(['decline', 'decline-since-first']);
        // Rising by as much is a reliable improvement: the positive marker, never a flag.
        const better = moved(testCase.scale, steps, norms);
        expect(better.flags).withContext('improved, exactly at the threshold').toEqual([]);
        expect(better.latest.mspss!.subscales.find((entry) => entry.scale === testCase.scale)!.improvedSinceFirst).toBeTrue();
        const short = moved(testCase.scale, steps - 1, norms);
        expect(short.latest.mspss!.subscales.find((entry) => entry.scale === testCase.scale)!.improvedSinceFirst).withContext('improved, one step short').toBeFalse();
      });
    }
  }

  it('flags a subscale’s reliable decline since the first measure when no single step was reliable', () => {
    // Family, published 1.25: 5.5 → 5.0 → 4.25 falls 0.5 then 0.75, but 1.25 since the first.
    const indicators = measureIndicators(
      [mspss('2026-10-01', START), mspss('2026-10-20', { ...START, family: 5 }), mspss('2026-11-10', { ...START, family: 4.25 })],
      context,
    );
    expect(indicators.flags).toEqual(['decline-since-first']);
    expect(indicators.latest.mspss!.subscales.map((entry) => [entry.scale, entry.declined, entry.declinedSinceFirst])).toEqual([
      ['significant-other', false, false],
      ['family', false, true],
      ['friends', false, false],
    ]);
  });

  it('leaves out a subscale the measure has no score for, and raises nothing for instruments without flagged subscales', () => {
    const old = measureIndicators([point('mspss', '2026-11-10', 5, 'moderate'), point('mspss', '2026-11-24', 5, 'moderate')], context);
    expect(old.latest.mspss!.subscales).toEqual([]);
    const lsns = measureIndicators(
      [point('lsns-6', '2026-11-10', 20, 'not-at-risk', { family: 12, friends: 8 }), point('lsns-6', '2026-11-24', 18, 'not-at-risk', { family: 4, friends: 14 })],
      context,
    );
    expect(lsns.flags).toEqual([]);
    expect(lsns.latest['lsns-6']!.subscales).toEqual([]);
  });
});

describe('reassessment as of today for stored indicators', () => {
  it('adds or drops the overdue flag by today, keeping the others', () => {
    const stored = measureIndicators([point('ucla-3', '2026-10-01', 7, 'lonely')], { ...context, today: '2026-10-02' });
    expect(stored.flags).toEqual(['loneliness']);
    expect(withReassessment(stored, context).flags).toEqual(['loneliness', 'reassessment-overdue']);
    expect(withReassessment({ ...stored, flags: ['reassessment-overdue'] }, { ...context, today: '2026-10-05' }).flags).toEqual([]);
  });

  it('gives the cut-off date a measure must be newer than', () => {
    expect(reassessmentCutoff('2026-11-25', 30)).toBe('2026-10-26');
    // A measure on the cut-off date is exactly 30 days old: not overdue; one day earlier is.
    expect(reassessmentOverdue('2026-10-26', context)).toBeFalse();
    expect(reassessmentOverdue('2026-10-25', context)).toBeTrue();
  });
});
