import type { Client } from '@domain/clients/client';
import { CLIENT_STATUSES, FAMILY_CONSENT, PRIMARY_CONCERNS } from '@domain/clients/client-codes';
import { formatCalendarDate } from '../shared/time/calendar-date';
import { sameValue } from './client-edit';
import { humanFieldName } from './client-field-names';

/** One field that reads differently in two versions of a client record, both values as shown. */
export interface FieldChange {
  readonly field: string;
  /** "Preferred name" */
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

const NOT_RECORDED = 'Not recorded';

const text = (value: string): string => (value.trim() === '' ? NOT_RECORDED : value);
const date = (value: string | null): string => (value === null ? NOT_RECORDED : formatCalendarDate(value));

interface ComparedField {
  readonly field: keyof Client;
  /** What is compared (an id, say, where the name is what people read). */
  readonly value: (client: Client) => unknown;
  readonly shown: (client: Client) => string;
}

const COMPARED_FIELDS: readonly ComparedField[] = [
  { field: 'preferredName', value: (c) => c.preferredName, shown: (c) => text(c.preferredName) },
  { field: 'legalName', value: (c) => c.legalName, shown: (c) => text(c.legalName) },
  { field: 'dateOfBirth', value: (c) => c.dateOfBirth, shown: (c) => date(c.dateOfBirth) },
  { field: 'caseNumber', value: (c) => c.caseNumber, shown: (c) => text(c.caseNumber) },
  { field: 'pronouns', value: (c) => c.pronouns, shown: (c) => text(c.pronouns) },
  {
    field: 'primaryConcerns',
    value: (c) => c.primaryConcerns,
    shown: (c) => text(c.primaryConcerns.map((code) => PRIMARY_CONCERNS[code]).join(', ')),
  },
  { field: 'treatmentStart', value: (c) => c.treatmentStart, shown: (c) => date(c.treatmentStart) },
  { field: 'familyConsent', value: (c) => c.familyConsent, shown: (c) => FAMILY_CONSENT[c.familyConsent] },
  { field: 'status', value: (c) => c.status, shown: (c) => CLIENT_STATUSES[c.status] },
  { field: 'dischargedOn', value: (c) => c.dischargedOn, shown: (c) => date(c.dischargedOn) },
  { field: 'dischargeReason', value: (c) => c.dischargeReason, shown: (c) => text(c.dischargeReason ?? '') },
  { field: 'therapistId', value: (c) => c.therapistId, shown: (c) => text(c.therapistName) },
];

const capitalized = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * Field by field, what reads differently in `to` than in `from`, in the order of the client form.
 * Bookkeeping (version, who and when) is not a change a person needs to review.
 */
export function clientChanges(from: Client, to: Client): FieldChange[] {
  return COMPARED_FIELDS.filter(({ value }) => !sameValue(value(from), value(to))).map(({ field, shown }) => ({
    field,
    label: capitalized(humanFieldName(field)),
    before: shown(from),
    after: shown(to),
  }));
}
