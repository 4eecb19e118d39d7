import { measureIndicators, reassessmentCutoff, reassessmentOverdue, withReassessment, type FlagContext, type MeasurePoint } from './measure-flags';

const context: FlagContext = { today: '2026-11-25', treatmentStart: '2026-01-05', active: true, reassessmentDays: 30, riskNoted: false };

const point = (instrument: MeasurePoint['instrument'], administeredOn: string, total: number, band: string): MeasurePoint => ({
  instrument,
  administeredOn,
  total,
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

  it('counts a decline only at or beyond each threshold, in the worse direction', () => {
    const at = (instrument: MeasurePoint['instrument'], from: number, to: number, band: string) =>
      measureIndicators([point(instrument, '2026-11-10', from, band), point(instrument, '2026-11-24', to, band)], context).flags.includes('decline');
    expect(at('mspss', 5, 4, 'moderate')).withContext('MSPSS down 1.0').toBeTrue();
    expect(at('mspss', 5, 4.25, 'moderate')).withContext('MSPSS down 0.75').toBeFalse();
    expect(at('lsns-6', 20, 16, 'not-at-risk')).withContext('LSNS-6 down 4').toBeTrue();
    expect(at('lsns-6', 20, 17, 'not-at-risk')).withContext('LSNS-6 down 3').toBeFalse();
    expect(at('ucla-3', 3, 5, 'not-lonely')).withContext('UCLA-3 up 2').toBeTrue();
    expect(at('ucla-3', 5, 3, 'not-lonely')).withContext('UCLA-3 down 2 is better').toBeFalse();
    expect(at('lsns-6', 12, 20, 'not-at-risk')).withContext('LSNS-6 up 8 is better').toBeFalse();
  });

  it('reads the trend over the last three measures and says whether it is good news', () => {
    const ucla = measureIndicators(
      [point('ucla-3', '2026-09-01', 3, 'not-lonely'), point('ucla-3', '2026-10-01', 9, 'lonely'), point('ucla-3', '2026-10-15', 8, 'lonely'), point('ucla-3', '2026-11-20', 5, 'not-lonely')],
      context,
    ).latest['ucla-3']!;
    // The last three are 9, 8, 5: down by 4, which for loneliness is improvement.
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
