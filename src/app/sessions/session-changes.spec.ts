import { sessionChanges } from './session-changes';
import { completedSession, CONSENTING, sessionWith } from './testing/sessions-fixtures';

describe('sessionChanges', () => {
  it('names each changed field in words, in reading order', () => {
    const before = completedSession();
    const after = completedSession({
      summary: 'Sister drives Tuesdays and Fridays.',
      status: 'completed',
      attendees: [{ kind: 'member', id: CONSENTING.id, name: CONSENTING.name, attendance: 'late' }],
    });

    expect(sessionChanges(before, after)).toEqual([
      {
        field: 'attendees',
        label: 'Attendance',
        before: 'Jo Example: Attended',
        after: 'Jo Example: Late',
      },
      {
        field: 'summary',
        label: 'Summary',
        before: 'Sister will drive on Tuesdays.',
        after: 'Sister drives Tuesdays and Fridays.',
      },
    ]);
  });

  it('shows follow-ups with their owner, due date and whether they are done', () => {
    const before = completedSession();
    const after = completedSession({ followUps: [{ ...before.followUps[0], done: true }] });

    expect(sessionChanges(before, after, { [CONSENTING.id]: 'Jo Example' })).toEqual([
      {
        field: 'followUps',
        label: 'Follow-ups',
        before: 'Send the plan to the sister (Jo Example, due Dec 8, 2026)',
        after: 'Send the plan to the sister (Jo Example, due Dec 8, 2026, done)',
      },
    ]);
  });

  it('says a field was emptied, and compares only what both versions carry', () => {
    const partial = { status: 'completed', summary: 'Old' } as const;

    expect(sessionChanges(partial, sessionWith({ status: 'completed', summary: '' }))).toEqual([
      { field: 'summary', label: 'Summary', before: 'Old', after: '(empty)' },
    ]);
  });
});
