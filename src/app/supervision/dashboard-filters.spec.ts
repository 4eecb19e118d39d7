import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_FILTERS,
  filtersFromParams,
  filterSummary,
  monthsOf,
  paramsFromFilters,
  presetPeriod,
  queryOf,
  sameQuery,
} from './dashboard-filters';
import { dashboardWith, OMAR, SUPERVISOR_ID } from './testing/dashboard-fixtures';

describe('dashboard filters', () => {
  it('count a preset in whole calendar months up to today', () => {
    expect(presetPeriod('3m', '2026-11-25')).toEqual({ from: '2026-09-01', to: '2026-11-25' });
    expect(presetPeriod('6m', '2026-03-10')).toEqual({ from: '2025-10-01', to: '2026-03-10' });
    expect(presetPeriod('12m', '2026-01-31')).toEqual({ from: '2025-02-01', to: '2026-01-31' });
  });

  it('read ids and codes from the URL, and fall back to the defaults for anything else', () => {
    expect(filtersFromParams(convertToParamMap({}))).toEqual(DEFAULT_FILTERS);
    expect(
      filtersFromParams(
        convertToParamMap({
          period: 'custom',
          from: '2026-01-01',
          to: '2026-06-30',
          team: SUPERVISOR_ID,
          therapist: OMAR,
          concern: 'grief',
          status: 'on-hold',
        }),
      ),
    ).toEqual({
      period: 'custom',
      from: '2026-01-01',
      to: '2026-06-30',
      supervisorId: SUPERVISOR_ID,
      therapistId: OMAR,
      concern: 'grief',
      status: 'on-hold',
    });
    expect(
      filtersFromParams(
        convertToParamMap({ period: 'custom', from: '2026-02-30', to: '2026-06-30', therapist: 'Robin', concern: 'x' }),
      ),
    ).toEqual(DEFAULT_FILTERS);
    expect(filtersFromParams(convertToParamMap({ period: '12m', from: '2026-01-01' }))).toEqual({
      ...DEFAULT_FILTERS,
      period: '12m',
    });
  });

  it('write only what differs from the defaults back to the URL, and read it back the same', () => {
    const filters = { ...DEFAULT_FILTERS, period: '6m' as const, therapistId: OMAR, status: 'active' as const };
    const params = paramsFromFilters(filters);

    expect(params).toEqual({
      period: '6m',
      from: null,
      to: null,
      team: null,
      therapist: OMAR,
      concern: null,
      status: 'active',
    });
    const kept = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null));
    expect(filtersFromParams(convertToParamMap(kept))).toEqual(filters);
  });

  it('resolve the period to dates for the request, with the optional ids only when chosen', () => {
    expect(queryOf(DEFAULT_FILTERS, '2026-11-25')).toEqual({
      from: '2026-09-01',
      to: '2026-11-25',
      concern: 'all',
      status: 'all',
    });
    expect(
      queryOf(
        { ...DEFAULT_FILTERS, period: 'custom', from: '2025-01-01', to: '2025-12-31', supervisorId: SUPERVISOR_ID, therapistId: OMAR },
        '2026-11-25',
      ),
    ).toEqual({ from: '2025-01-01', to: '2025-12-31', supervisorId: SUPERVISOR_ID, therapistId: OMAR, concern: 'all', status: 'all' });
  });

  it('tell one request from another', () => {
    const query = queryOf(DEFAULT_FILTERS, '2026-11-25');

    expect(sameQuery(query, { ...query })).toBeTrue();
    expect(sameQuery(query, { ...query, therapistId: OMAR })).toBeFalse();
    expect(sameQuery(query, null)).toBeFalse();
  });

  it('list every month the period touches', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf({ from: '2026-03-01', to: '2026-03-31' })).toEqual(['2026-03']);
  });

  it('put the filters in words for the subtitle and the handout', () => {
    expect(filterSummary(dashboardWith(), { ...DEFAULT_FILTERS, therapistId: OMAR, concern: 'trauma' })).toEqual([
      'Team of Sam Supervisor',
      'Sep 1, 2026 – Nov 25, 2026',
      'Omar Okafor',
      'Trauma / PTSD',
      'All client statuses',
    ]);
  });
});
