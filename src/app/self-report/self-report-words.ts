import type { InstrumentCode } from '@domain/measures/instrument';
import { INSTRUMENTS } from '@domain/measures/instrument-catalog';
import type { SelfReportState } from '@domain/self-report/self-report-request';

/** A request's state as the panel names it. */
export const REQUEST_STATE_LABELS: Readonly<Record<SelfReportState, string>> = {
  scheduled: 'Scheduled',
  due: 'Due: link needed',
  waiting: 'Waiting',
  answered: 'Answered',
  expired: 'Expired',
  withdrawn: 'Withdrawn',
};

/** "MSPSS, UCLA-3" */
export const instrumentNames = (codes: readonly InstrumentCode[]): string => codes.map((code) => INSTRUMENTS[code].shortName).join(', ');

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
/** An instant as a date in the user's time zone, e.g. "Mar 4, 2026". */
export const dateOf = (instant: string): string => dateFormat.format(new Date(instant));
