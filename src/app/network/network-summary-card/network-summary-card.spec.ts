import { TestBed } from '@angular/core/testing';
import { summaryWith } from '../testing/network-fixtures';
import { NetworkSummaryCard } from './network-summary-card';

describe('NetworkSummaryCard', () => {
  it('shows every figure of the summary, the support covered and the gaps', async () => {
    const fixture = TestBed.createComponent(NetworkSummaryCard);
    fixture.componentRef.setInput(
      'summary',
      summaryWith({
        activeMembers: 7,
        supportiveTies: 4,
        strainedOrHarmfulTies: 2,
        involvedInTreatment: 3,
        consentsExpiringSoon: 1,
        consentsExpired: 2,
      }),
    );
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;

    const figures = Array.from(host.querySelectorAll('dl div')).map((item) => [
      item.querySelector('dt')?.textContent?.trim(),
      item.querySelector('dd')?.textContent?.trim(),
    ]);
    expect(figures).toEqual([
      ['Active members', '7'],
      ['Supportive ties', '4'],
      ['Strained or harmful ties', '2'],
      ['Involved in treatment', '3'],
      ['Consents expiring within 30 days', '1'],
      ['Consents expired', '2'],
      ['Support covered by a strong, supportive tie', 'Emotional, Instrumental'],
      ['Gaps', 'Informational, Companionship'],
    ]);
    expect(host.querySelectorAll('.attention').length).toBe(4);
  });

  it('says so when there are no gaps', async () => {
    const fixture = TestBed.createComponent(NetworkSummaryCard);
    fixture.componentRef.setInput(
      'summary',
      summaryWith({
        coveredSupportTypes: ['emotional', 'informational', 'instrumental', 'companionship'],
        supportGaps: [],
      }),
    );
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'None: every kind of support is covered',
    );
  });
});
