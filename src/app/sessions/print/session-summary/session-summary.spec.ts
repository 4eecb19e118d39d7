import { TestBed } from '@angular/core/testing';
import type { SessionPrintout } from '@domain/sessions/session-views';
import { printoutOf, recordedSession } from '../testing/print-fixtures';
import { SessionSummary } from './session-summary';

describe('SessionSummary', () => {
  let host: HTMLElement;

  async function render(printout: SessionPrintout): Promise<void> {
    const fixture = TestBed.createComponent(SessionSummary);
    fixture.componentRef.setInput('printout', printout);
    await fixture.whenStable();
    host = fixture.nativeElement as HTMLElement;
  }

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim();
  /** Each body row of a table as its cells' texts. */
  const rows = (table: Element) =>
    Array.from(table.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => text(cell)),
    );
  const texts = (selector: string) =>
    Array.from(host.querySelectorAll(selector)).map((element) => text(element));
  const fact = (term: string) =>
    text(
      Array.from(host.querySelectorAll('.fact'))
        .find((element) => text(element.querySelector('dt')) === term)
        ?.querySelector('dd'),
    );

  it('heads the clinician copy with the clinic, the copy and the session’s facts in local time', async () => {
    await render(printoutOf('clinician'));

    expect(text(host.querySelector('.clinic'))).toBe('CareCircle');
    expect(text(host.querySelector('h1'))).toBe('Session summary');
    expect(text(host.querySelector('.copy-label'))).toBe(
      'Clinician copy — contains clinical observations',
    );
    expect(fact('Client')).toBe('Alex, case CC-2026-0042');
    expect(fact('Clinician')).toBe('Tess Therapist');
    expect(fact('Date')).toBe('Thursday, 3 December 2026');
    expect(fact('Time')).toMatch(/^14:00–15:00 \(GMT.*\)$/);
    expect(fact('Duration')).toBe('1 hour');
    expect(fact('Type')).toBe('Family session');
    expect(fact('Modality')).toBe('In person');
    expect(fact('Location')).toBe('Riverside clinic, room 2');
    expect(fact('Status')).toBe('Completed');
  });

  it('lists who came, the sections and the follow-ups, with lines to sign', async () => {
    await render(printoutOf('clinician'));

    expect(texts('h2')).toEqual([
      'Attendees and attendance',
      'Goals',
      'Summary',
      'Interventions used',
      'Observations about family dynamics',
      'Outcomes',
      'Risk concerns',
      'Follow-ups',
    ]);
    const [attendees, followUps] = Array.from(host.querySelectorAll('table'));
    expect(rows(attendees)).toEqual([
      ['Jo Example', 'Network member', 'Attended'],
      ['Cara Colleague', 'Co-facilitating clinician', 'Late'],
    ]);
    expect(Array.from(followUps.querySelectorAll('thead th')).map((cell) => text(cell))).toEqual([
      'What',
      'Owner',
      'Due',
      'Status',
    ]);
    expect(rows(followUps)).toEqual([
      ['Share the crisis plan', 'Tess Therapist (clinician)', '17 Dec 2026', 'Open'],
      ['Call the sponsor', 'Alex (client)', '10 Dec 2026', 'Done'],
      ['Drive to the next session', 'Jo Example (network member)', '31 Dec 2026', 'Open'],
    ]);
    expect(text(host.querySelector('#risk-heading + p'))).toBe(
      'No current risk; crisis plan reviewed.',
    );
    expect(texts('.signature p')).toEqual([
      'Clinician signature',
      'Date',
      'Client or family member signature',
      'Date',
    ]);
    expect(text(host.querySelector('.printed'))).toContain('Printed 4 December 2026, 10:05');
  });

  it('leaves the clinical observations off the family copy', async () => {
    await render(printoutOf('family'));

    expect(text(host.querySelector('.copy-label'))).toBe('Family copy');
    expect(texts('h2')).toEqual([
      'Attendees and attendance',
      'Goals',
      'Summary',
      'Interventions used',
      'Outcomes',
      'Follow-ups',
    ]);
    expect(host.textContent).not.toContain('Sister spoke over');
    expect(host.textContent).not.toContain('crisis plan reviewed');
  });

  it('prints each paragraph of a section as a paragraph of its own', async () => {
    await render(
      printoutOf('family', recordedSession({ outcomes: 'Rota agreed.\n\nReview in four weeks.' })),
    );

    expect(texts('#outcomes-heading ~ p')).toEqual(['Rota agreed.', 'Review in four weeks.']);
  });

  it('prints "Not recorded" rather than leaving a blank', async () => {
    await render(
      printoutOf(
        'family',
        recordedSession({ summary: '', location: '', attendees: [], followUps: [] }),
      ),
    );

    expect(text(host.querySelector('#summary-heading + p'))).toBe('Not recorded');
    expect(fact('Location')).toBe('Not recorded');
    expect(host.querySelectorAll('table')).toHaveSize(0);
    expect(texts('.part > p.not-recorded')).toEqual([
      'Not recorded',
      'Not recorded',
      'Not recorded',
    ]);
  });
});
