import type { FamilySession } from '@domain/sessions/family-session';
import { formatCalendarDate } from '../shared/time/calendar-date';
import { RECORD_TEXT_FIELDS } from './record-fields';
import {
  attendanceLabel,
  modalityLabel,
  ownerLabel,
  statusLabel,
  typeLabel,
} from './session-words';

/** One field that differs between two versions of a session, in words. */
export interface SessionChange {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

type Names = Readonly<Record<string, string>>;
type Shown = (session: FamilySession, names: Names) => string;

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const orEmpty = (text: string) => (text.trim() === '' ? '(empty)' : text);

/** What each field looks like to a reader; the order is the order of the detail page. */
const SHOWN: readonly (readonly [keyof FamilySession, string, Shown])[] = [
  ['status', 'Status', (session) => statusLabel(session)],
  ['startsAt', 'Date and time', (session) => dateTime.format(Date.parse(session.startsAt))],
  ['durationMinutes', 'Duration', (session) => `${session.durationMinutes} minutes`],
  ['type', 'Type', (session) => typeLabel(session)],
  ['modality', 'Modality', (session) => modalityLabel(session)],
  ['location', 'Location or link', (session) => orEmpty(session.location)],
  [
    'attendees',
    'Attendance',
    (session) =>
      orEmpty(
        session.attendees
          .map(({ name, attendance }) => `${name}: ${attendanceLabel(attendance)}`)
          .join('; '),
      ),
  ],
  ...RECORD_TEXT_FIELDS.map(({ key, label }): readonly [keyof FamilySession, string, Shown] => [
    key,
    label,
    (session) => orEmpty(session[key]),
  ]),
  [
    'followUps',
    'Follow-ups',
    (session, names) =>
      orEmpty(
        session.followUps
          .map(
            (followUp) =>
              `${followUp.what} (${ownerLabel(followUp, names)}, due ${formatCalendarDate(followUp.dueOn)}${followUp.done ? ', done' : ''})`,
          )
          .join('; '),
      ),
  ],
];

/**
 * The fields that differ from `before` to `after`, as readers see them. Only fields both versions
 * carry are compared: an older saved version may hold fewer of them.
 */
export function sessionChanges(
  before: Partial<FamilySession>,
  after: Partial<FamilySession>,
  names: Names = {},
): SessionChange[] {
  return SHOWN.flatMap(([field, label, shown]) => {
    if (before[field] === undefined || after[field] === undefined) {
      return [];
    }
    const was = shown(before as FamilySession, names);
    const now = shown(after as FamilySession, names);
    return was === now ? [] : [{ field, label, before: was, after: now }];
  });
}
