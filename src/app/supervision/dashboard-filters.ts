import type { ParamMap, Params } from '@angular/router';
import {
  CLIENT_STATUS_CODES,
  CLIENT_STATUSES,
  PRIMARY_CONCERN_CODES,
  PRIMARY_CONCERNS,
  type ClientStatus,
  type PrimaryConcern,
} from '@domain/clients/client-codes';
import { isoDateSchema } from '@domain/common/iso-date-schema';
import { uuidSchema } from '@domain/common/uuid';
import type { TeamDashboard, TeamDashboardQuery } from '@domain/supervision/team-dashboard';
import { formatCalendarDate } from '../shared/time/calendar-date';

export const PERIOD_PRESETS = {
  '3m': 'Last 3 months',
  '6m': 'Last 6 months',
  '12m': 'Last 12 months',
  custom: 'Custom',
} as const;
export type PeriodPreset = keyof typeof PERIOD_PRESETS;
export const PERIOD_PRESET_CODES = Object.keys(PERIOD_PRESETS) as PeriodPreset[];

const PRESET_MONTHS: Record<Exclude<PeriodPreset, 'custom'>, number> = { '3m': 3, '6m': 6, '12m': 12 };

/** What the dashboard's controls (and the URL) hold: ids and codes only, never names. */
export interface DashboardFilters {
  readonly period: PeriodPreset;
  /** The custom period's dates; null for the presets, which follow today. */
  readonly from: string | null;
  readonly to: string | null;
  /** The team (its supervisor's id); null lets the server choose (a supervisor's own team). */
  readonly supervisorId: string | null;
  readonly therapistId: string | null;
  readonly concern: PrimaryConcern | 'all';
  readonly status: ClientStatus | 'all';
}

export const DEFAULT_FILTERS: DashboardFilters = {
  period: '3m',
  from: null,
  to: null,
  supervisorId: null,
  therapistId: null,
  concern: 'all',
  status: 'all',
};

export interface Period {
  readonly from: string;
  readonly to: string;
}

/**
 * A preset as whole calendar months up to today (the current month so far counts as one), so each
 * month on the monthly charts covers the same stretch of the calendar as on last week's handout.
 */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = new Date(Date.UTC(year, month - PRESET_MONTHS[preset], 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

const isUuid = (value: string | null): value is string => value !== null && uuidSchema.safeParse(value).success;
const isIsoDate = (value: string | null): value is string =>
  value !== null && isoDateSchema.safeParse(value).success;
const oneOf = <T extends string>(codes: readonly T[], value: string | null): value is T =>
  value !== null && (codes as readonly string[]).includes(value);

/** Reads the URL's query parameters; anything unknown or malformed falls back to the default. */
export function filtersFromParams(params: ParamMap): DashboardFilters {
  const period = params.get('period');
  const from = params.get('from');
  const to = params.get('to');
  const team = params.get('team');
  const therapist = params.get('therapist');
  const concern = params.get('concern');
  const status = params.get('status');
  const custom = period === 'custom' && isIsoDate(from) && isIsoDate(to);
  return {
    period: custom ? 'custom' : oneOf(PERIOD_PRESET_CODES, period) && period !== 'custom' ? period : '3m',
    from: custom ? from : null,
    to: custom ? to : null,
    supervisorId: isUuid(team) ? team : null,
    therapistId: isUuid(therapist) ? therapist : null,
    concern: oneOf(PRIMARY_CONCERN_CODES, concern) ? concern : 'all',
    status: oneOf(CLIENT_STATUS_CODES, status) ? status : 'all',
  };
}

/** The URL's query parameters for the filters; defaults are left out (null drops a parameter). */
export function paramsFromFilters(filters: DashboardFilters): Params {
  const custom = filters.period === 'custom';
  return {
    period: filters.period === DEFAULT_FILTERS.period ? null : filters.period,
    from: custom ? filters.from : null,
    to: custom ? filters.to : null,
    team: filters.supervisorId,
    therapist: filters.therapistId,
    concern: filters.concern === 'all' ? null : filters.concern,
    status: filters.status === 'all' ? null : filters.status,
  };
}

/** The request for the filters, with a preset period resolved against today (YYYY-MM-DD). */
export function queryOf(filters: DashboardFilters, today: string): TeamDashboardQuery {
  const period =
    filters.period === 'custom' && filters.from !== null && filters.to !== null
      ? { from: filters.from, to: filters.to }
      : presetPeriod(filters.period === 'custom' ? '3m' : filters.period, today);
  return {
    ...period,
    ...(filters.supervisorId === null ? {} : { supervisorId: filters.supervisorId }),
    ...(filters.therapistId === null ? {} : { therapistId: filters.therapistId }),
    concern: filters.concern,
    status: filters.status,
  };
}

export function sameQuery(a: TeamDashboardQuery | null, b: TeamDashboardQuery | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.from === b.from &&
    a.to === b.to &&
    a.supervisorId === b.supervisorId &&
    a.therapistId === b.therapistId &&
    a.concern === b.concern &&
    a.status === b.status
  );
}

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Sep 2026" for YYYY-MM. */
export function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** Every YYYY-MM the period touches, oldest first. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  const last = period.to.slice(0, 7);
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  for (let current = period.from.slice(0, 7); current <= last; ) {
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/**
 * The filters in words, for the dashboard's subtitle and the printed handout's header: team,
 * period, therapist, concern, status.
 */
export function filterSummary(dashboard: TeamDashboard, filters: DashboardFilters): string[] {
  const therapist = dashboard.therapists.find(({ id }) => id === filters.therapistId);
  return [
    `Team of ${dashboard.team.supervisorName}`,
    `${formatCalendarDate(dashboard.period.from)} – ${formatCalendarDate(dashboard.period.to)}`,
    therapist ? therapist.name : 'All therapists',
    filters.concern === 'all' ? 'All primary concerns' : PRIMARY_CONCERNS[filters.concern],
    filters.status === 'all' ? 'All client statuses' : CLIENT_STATUSES[filters.status],
  ];
}
