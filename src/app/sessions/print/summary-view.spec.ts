import {
  durationText,
  followUpOwner,
  NOT_RECORDED,
  sectionsOf,
  summaryViewOf,
} from './summary-view';
import { CLIENT_ID, localInstant, printoutOf, recordedSession } from './testing/print-fixtures';

describe('session summary view', () => {
  it('words the header facts of the clinician copy', () => {
    const view = summaryViewOf(
      printoutOf('clinician', recordedSession({ durationMinutes: 90, amended: true })),
    );

    expect(view).toEqual(
      jasmine.objectContaining({
        clinicName: 'CareCircle',
        copy: 'clinician',
        copyLabel: 'Clinician copy — contains clinical observations',
        clientName: 'Alex',
        caseNumber: 'CC-2026-0042',
        clinicianName: 'Tess Therapist',
        startsAt: localInstant(2026, 12, 3, 14, 0),
        endsAt: localInstant(2026, 12, 3, 15, 30),
        duration: '1 hour 30 minutes',
        type: 'Family session',
        modality: 'In person',
        location: 'Riverside clinic, room 2',
        status: 'Completed (amended)',
      }),
    );
    expect(view.attendees).toEqual([
      { name: 'Jo Example', takingPartAs: 'Network member', attendance: 'Attended' },
      { name: 'Cara Colleague', takingPartAs: 'Co-facilitating clinician', attendance: 'Late' },
    ]);
  });

  it('prints every section on the clinician copy, in order', () => {
    expect(sectionsOf(printoutOf('clinician')).map(({ heading, text }) => [heading, text])).toEqual(
      [
        ['Goals', 'Agree on support for mornings'],
        ['Summary', 'The family agreed a morning rota.'],
        ['Interventions used', 'Psychoeducation'],
        ['Observations about family dynamics', 'Sister spoke over the client twice.'],
        ['Outcomes', 'Rota agreed for four weeks.'],
        ['Risk concerns', 'No current risk; crisis plan reviewed.'],
      ],
    );
  });

  it('leaves the clinical-only sections off the family copy', () => {
    const view = summaryViewOf(printoutOf('family'));

    expect(view.copyLabel).toBe('Family copy');
    expect(view.sections.map((section) => section.heading)).toEqual([
      'Goals',
      'Summary',
      'Interventions used',
      'Outcomes',
    ]);
  });

  it('never prints clinical text on a family copy, even if the server sent it', () => {
    const leaky = { ...printoutOf('clinician'), copy: 'family' as const };

    expect(JSON.stringify(summaryViewOf(leaky))).not.toContain('Sister spoke over');
  });

  it('prints "Not recorded" for empty fields, and keeps short sections on one page', () => {
    const sections = sectionsOf(
      printoutOf('clinician', recordedSession({ outcomes: '  ', summary: 'x'.repeat(2000) })),
    );
    const outcomes = sections.find((section) => section.id === 'outcomes')!;
    const summary = sections.find((section) => section.id === 'summary')!;

    expect(outcomes).toEqual({
      id: 'outcomes',
      heading: 'Outcomes',
      text: NOT_RECORDED,
      paragraphs: [NOT_RECORDED],
      recorded: false,
      keepTogether: true,
    });
    expect(summary.keepTogether).toBeFalse();
    expect(summaryViewOf(printoutOf('family', recordedSession({ location: '' }))).location).toBe(
      NOT_RECORDED,
    );
  });

  it('names who owns each follow-up', () => {
    const printout = printoutOf('family');
    const [clinician, client, member] = printout.session.followUps;

    expect(followUpOwner(clinician, printout)).toBe('Tess Therapist (clinician)');
    expect(followUpOwner(client, printout)).toBe('Alex (client)');
    expect(followUpOwner(member, printout)).toBe('Jo Example (network member)');
    expect(followUpOwner({ ...member, ownerMemberId: CLIENT_ID }, printout)).toBe('Network member');
    expect(summaryViewOf(printout).followUps).toEqual([
      {
        what: 'Share the crisis plan',
        owner: 'Tess Therapist (clinician)',
        dueOn: '2026-12-17',
        status: 'Open',
      },
      { what: 'Call the sponsor', owner: 'Alex (client)', dueOn: '2026-12-10', status: 'Done' },
      {
        what: 'Drive to the next session',
        owner: 'Jo Example (network member)',
        dueOn: '2026-12-31',
        status: 'Open',
      },
    ]);
  });

  it('splits a section into its paragraphs at blank lines, keeping single line breaks', () => {
    const [, summary] = sectionsOf(
      printoutOf(
        'family',
        recordedSession({ summary: 'First line\nsecond line\n\n  \nNext paragraph' }),
      ),
    );

    expect(summary.paragraphs).toEqual(['First line\nsecond line', 'Next paragraph']);
  });

  it('words durations', () => {
    expect(durationText(50)).toBe('50 minutes');
    expect(durationText(1)).toBe('1 minute');
    expect(durationText(60)).toBe('1 hour');
    expect(durationText(150)).toBe('2 hours 30 minutes');
  });
});
