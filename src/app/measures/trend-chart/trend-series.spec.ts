import { memberNumber } from '../../network/testing/network-fixtures';
import { measureNumber, uniformAnswers } from '../testing/measures-fixtures';
import { measuredInstruments, networkSeries, sessionMarkers, timeOfDate, trendRows } from './trend-series';

describe('trend series', () => {
  it('places a calendar date at its local midnight', () => {
    const time = new Date(timeOfDate('2026-03-09'));

    expect([time.getFullYear(), time.getMonth(), time.getDate(), time.getHours()]).toEqual([2026, 2, 9, 0]);
  });

  it('counts the network on each date from when members joined and left, with their current tie quality', () => {
    const members = [
      memberNumber(1, { activeFrom: '2026-01-01', endedOn: null, tieQuality: 'supportive' }),
      memberNumber(2, { activeFrom: '2026-03-01', endedOn: '2026-06-01', tieQuality: 'supportive' }),
      memberNumber(3, { activeFrom: '2026-02-01', endedOn: null, tieQuality: 'strained' }),
    ];

    expect(networkSeries(members, ['2025-12-31', '2026-03-15', '2026-06-01'])).toEqual([
      { date: '2025-12-31', activeMembers: 0, supportiveTies: 0 },
      { date: '2026-03-15', activeMembers: 3, supportiveTies: 2 },
      // Ended on 2026-06-01: no longer in the network that day.
      { date: '2026-06-01', activeMembers: 2, supportiveTies: 1 },
    ]);
  });

  it('gives the chosen instrument’s measures oldest first, with scores and the network that day', () => {
    const later = measureNumber(3, 'mspss', uniformAnswers('mspss', 6));
    const earlier = measureNumber(1, 'mspss', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    const other = measureNumber(2, 'ucla-3', uniformAnswers('ucla-3', 3));
    const members = [memberNumber(1, { activeFrom: '2026-01-20', endedOn: null })];

    const rows = trendRows([later, other, earlier], 'mspss', members);

    expect(rows.map((row) => [row.date, row.total, row.band, row.activeMembers, row.supportiveTies])).toEqual([
      [earlier.administeredOn, 2, 'low', 0, 0],
      [later.administeredOn, 6, 'high', 1, 1],
    ]);
    expect(rows[0].subscales).toEqual({ 'significant-other': 2, family: 2, friends: 2 });
    expect(rows[0].x).toBe(timeOfDate(earlier.administeredOn));
    expect(trendRows([later], 'mspss', null)[0].activeMembers).toBeNull();
  });

  it('turns sessions into markers: completed, planned, and cancelled or no-show as missed', () => {
    expect(
      sessionMarkers([
        { id: 's3', startsAt: '2026-05-01T14:00:00.000Z', status: 'cancelled', type: 'family-session' },
        { id: 's4', startsAt: '2026-04-01T14:00:00.000Z', status: 'completed', type: 'family-session' },
        { id: 's5', startsAt: '2026-06-01T14:00:00.000Z', status: 'no-show', type: 'family-session' },
        { id: 's6', startsAt: '2026-12-01T14:00:00.000Z', status: 'planned', type: 'family-session' },
      ]).map((marker) => marker.kind),
    ).toEqual(['completed', 'missed', 'missed', 'planned']);
  });

  it('lists the instruments that have measures, in catalogue order', () => {
    expect(measuredInstruments([measureNumber(1, 'ucla-3'), measureNumber(2, 'mspss')], ['mspss', 'lsns-6', 'ucla-3'])).toEqual([
      'mspss',
      'ucla-3',
    ]);
  });
});
