import type { HarnessLoader } from '@angular/cdk/testing';
import { TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { PagerHarness } from '../../shared/pager/testing/pager-harness';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter, Router } from '@angular/router';
import type { Role } from '@domain/accounts/role';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { waitFor } from '../../../testing/wait-for';
import { CaseloadPageActions } from '../caseload-page.actions';
import { DEFAULT_CASELOAD_QUERY, type ClientsState } from '../clients.feature';
import { clientsStateWith, problemWith, rowWith, THERAPISTS } from '../testing/clients-fixtures';
import { NO_RELIABLE_CHANGE } from '../../measures/testing/measures-fixtures';
import { PUBLISHED_NORMS } from '@domain/measures/reliable-change';
import CaseloadPage from './caseload-page';

describe('CaseloadPage', () => {
  let fixture: ComponentFixture<CaseloadPage>;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  const rows = [rowWith(1), rowWith(2, { status: 'on-hold', primaryConcerns: ['grief'] }), rowWith(3)];
  const loaded = clientsStateWith({ caseloadStatus: 'loaded', total: 60, therapists: THERAPISTS }, rows);

  async function render(role: Role, clients: ClientsState = loaded): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { ...signedInState(sessionInfoFor(role)), clients } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    fixture = TestBed.createComponent(CaseloadPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('asks for the caseload when it opens', async () => {
    await render('therapist');

    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.opened());
  });

  it('shows a therapist one row per client, with the indicator columns', async () => {
    await render('therapist');
    const table = await loader.getHarness(MatTableHarness);
    const [header] = await table.getHeaderRows();

    expect(await header.getCellTextByIndex()).toEqual([
      'Name',
      'Status',
      'Flags',
      'Latest measure',
      'Next session',
      'Network',
      'Primary concerns',
      'Case number',
      'Treatment start',
    ]);
    const cells = await table.getCellTextByColumnName();
    expect(cells['preferredName'].text).toEqual(['Client 1Client Legal 1', 'Client 2Client Legal 2', 'Client 3Client Legal 3']);
    expect(cells['status'].text).toEqual(['Active', 'On hold', 'Active']);
    expect(cells['primaryConcerns'].text[1]).toBe('Grief');
    expect(cells['network'].text).toEqual(['—not yet available', '—not yet available', '—not yet available']);
  });

  it('fills the network, next-session and flag columns from the row indicators', async () => {
    const withIndicators = rowWith(4, {
      indicators: {
        network: { activeMembers: 5, supportGaps: ['instrumental', 'companionship'], consentsExpiringSoon: 1, consentsExpired: 2 },
        nextSessionAt: '2026-12-03T14:00:00.000Z',
        lastFamilySessionAt: null,
        noRecentFamilySession: true,
        newSelfReport: false,
        referralFollowUpDue: false,
        considerReferral: false,
        measures: { latest: {}, lastMeasuredOn: null, flags: [] },
      },
    });
    const quiet = rowWith(5, {
      indicators: {
        network: { activeMembers: 1, supportGaps: [], consentsExpiringSoon: 0, consentsExpired: 0 },
        nextSessionAt: null,
        lastFamilySessionAt: '2026-11-01T14:00:00.000Z',
        noRecentFamilySession: false,
        newSelfReport: false,
        referralFollowUpDue: false,
        considerReferral: false,
        measures: { latest: {}, lastMeasuredOn: null, flags: [] },
      },
    });
    await render('therapist', clientsStateWith({ caseloadStatus: 'loaded', total: 2 }, [withIndicators, quiet]));
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();

    expect(cells['network'].text).toEqual(['5 peopleGaps: instrumental, companionship', '1 person']);
    expect(cells['nextSession'].text).toEqual(['Dec 3, 2026', 'None planned']);
    expect(cells['flags'].text).toEqual(['No family session in 60 daysConsent expired (2)Consent expiring (1)', '']);
  });

  it('suggests considering a referral for a lonely client with no group tie, as the team dashboard does', async () => {
    const indicators = {
      network: { activeMembers: 1, supportGaps: [], consentsExpiringSoon: 0, consentsExpired: 0 },
      nextSessionAt: null,
      lastFamilySessionAt: null,
      noRecentFamilySession: false,
      newSelfReport: false,
      referralFollowUpDue: false,
      considerReferral: false,
      measures: { latest: {}, lastMeasuredOn: null, flags: [] },
    };
    await render('therapist', clientsStateWith({ caseloadStatus: 'loaded', total: 2 }, [rowWith(4, { indicators: { ...indicators, considerReferral: true } }), rowWith(5, { indicators })]));
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();

    expect(cells['flags'].text).toEqual(['Consider a referral', '']);
  });

  it('marks a client whose self-report answers the therapist has not seen yet', async () => {
    const indicators = {
      network: { activeMembers: 1, supportGaps: [], consentsExpiringSoon: 0, consentsExpired: 0 },
      nextSessionAt: null,
      lastFamilySessionAt: null,
      noRecentFamilySession: false,
      newSelfReport: false,
      referralFollowUpDue: false,
      considerReferral: false,
      measures: { latest: {}, lastMeasuredOn: null, flags: [] },
    };
    const unseen = rowWith(4, { indicators: { ...indicators, newSelfReport: true } });
    const seen = rowWith(5, { indicators });
    await render('therapist', clientsStateWith({ caseloadStatus: 'loaded', total: 2 }, [unseen, seen]));
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();

    expect(cells['latestMeasure'].text[0]).toContain('New self-report');
    expect(cells['latestMeasure'].text[1]).not.toContain('New self-report');
  });

  it('shows the latest score per instrument with its trend, and the measure flags, in severity order', async () => {
    const measured = rowWith(6, {
      indicators: {
        network: { activeMembers: 3, supportGaps: [], consentsExpiringSoon: 0, consentsExpired: 0 },
        nextSessionAt: null,
        lastFamilySessionAt: null,
        noRecentFamilySession: true,
        newSelfReport: false,
        referralFollowUpDue: false,
        considerReferral: false,
        measures: {
          latest: {
            mspss: { total: 2.5, band: 'low', administeredOn: '2026-11-01', trend: 'down', improving: false, ...NO_RELIABLE_CHANGE, declined: true, norm: PUBLISHED_NORMS.mspss },
            'ucla-3': { total: 4, band: 'not-lonely', administeredOn: '2026-11-01', trend: 'flat', improving: null, ...NO_RELIABLE_CHANGE, norm: PUBLISHED_NORMS['ucla-3'] },
          },
          lastMeasuredOn: '2026-11-01',
          flags: ['low-perceived-support', 'decline', 'reassessment-overdue'],
        },
      },
    });
    const unmeasured = rowWith(7, {
      indicators: {
        network: { activeMembers: 0, supportGaps: [], consentsExpiringSoon: 0, consentsExpired: 0 },
        nextSessionAt: null,
        lastFamilySessionAt: null,
        noRecentFamilySession: false,
        newSelfReport: false,
        referralFollowUpDue: false,
        considerReferral: false,
        measures: { latest: {}, lastMeasuredOn: null, flags: [] },
      },
    });
    await render('therapist', clientsStateWith({ caseloadStatus: 'loaded', total: 2 }, [measured, unmeasured]));
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();

    expect(cells['latestMeasure'].text[0].replace(/\s+/g, ' ')).toBe(
      'MSPSS 2.50 ↓, Low perceived support, worsening UCLA-3 4 →, Not lonely, steady',
    );
    expect(cells['latestMeasure'].text[1]).toBe('Not measured');
    // The band is in words on screen, not only for screen readers: colour is never the only cue.
    const bands = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('.measures .band'));
    expect(bands.map((band) => band.textContent!.trim())).toEqual(['Low perceived support', 'Not lonely']);
    expect(bands.every((band) => band.closest('.visually-hidden') === null)).toBeTrue();
    const arrows = (fixture.nativeElement as HTMLElement).querySelectorAll('.measures .arrow');
    expect(Array.from(arrows).every((arrow) => arrow.getAttribute('aria-hidden') === 'true')).toBeTrue();
    expect(cells['flags'].text[0].replace(/\s+/g, ' ')).toBe(
      'Low perceived support Reliable decline since previous measure MSPSS ≥ 1.00 (r .85 Zimet et al. 1988; published SD 0.86) Reassessment overdue No family session in 60 days',
    );
  });

  it('filters by measure flag', async () => {
    await render('therapist');
    const flag = labelled<HTMLSelectElement>('Flag');

    expect(selectedText(flag)).toBe('All');
    expect(flag.options.length).toBe(9);
    choose(flag, 'Isolation risk');

    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.flagFilterChanged({ flag: 'isolation-risk' }));
  });

  it('filters by a referral’s follow-up due, the last of the flags', async () => {
    await render('therapist');
    const flag = labelled<HTMLSelectElement>('Flag');

    expect([...flag.options].at(-1)!.text).toBe('Referral follow-up due');
    choose(flag, 'Referral follow-up due');

    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.flagFilterChanged({ flag: 'referral-follow-up-due' }));
  });

  it('sorts by flags on the server, most severe first on the first click', async () => {
    await render('therapist');
    const [flags] = await (await loader.getHarness(MatSortHarness)).getSortHeaders({ label: 'Flags' });

    await flags.click();

    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.sortChanged({ sort: 'flags', direction: 'desc' }));
  });

  it('gives a supervisor the therapist column and filter, and no "Add client"', async () => {
    await render('supervisor');
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();

    expect(cells['therapist'].text).toEqual(['Tess Therapist', 'Tess Therapist', 'Tess Therapist']);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Add client/ }))).toEqual([]);
    expect(text()).toContain('Team caseload');

    const therapist = labelled<HTMLSelectElement>('Therapist');
    expect(selectedText(therapist)).toBe('All therapists');
    choose(therapist, 'Theo Therapist');
    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.therapistFilterChanged({ therapistId: THERAPISTS[1].id }));
  });

  it('pages on the server', async () => {
    await render('therapist');
    const paginator = await loader.getHarness(PagerHarness);

    expect(await paginator.getRangeLabel()).toBe('1 – 25 of 60');
    await paginator.goToNextPage();
    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.pageChanged({ page: 2, pageSize: 25 }));

    await paginator.setPageSize(50);
    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.pageChanged({ page: 1, pageSize: 50 }));
  });

  it('sorts on the server', async () => {
    await render('therapist');
    const sort = await loader.getHarness(MatSortHarness);
    const [caseNumber] = await sort.getSortHeaders({ label: 'Case number' });

    await caseNumber.click();

    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.sortChanged({ sort: 'caseNumber', direction: 'asc' }));
  });

  it('searches once the user pauses typing, with the trimmed text', async () => {
    await render('therapist');
    const search = labelled<HTMLInputElement>('Search name or case number');

    for (const typed of [' r', ' ro', ' rob', ' robi', ' robin', ' robin ']) {
      search.value = typed;
      search.dispatchEvent(new Event('input'));
    }

    await waitFor(
      () => dispatch.calls.allArgs().some(([action]) => action.type === CaseloadPageActions.searchChanged.type),
      'the search to be dispatched',
    );
    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.searchChanged({ search: 'robin' }));
    expect(dispatch.calls.allArgs().filter(([action]) => action.type === CaseloadPageActions.searchChanged.type).length).toBe(1);
  });

  it('filters by status and by primary concern', async () => {
    await render('therapist');
    const status = labelled<HTMLSelectElement>('Status');
    expect(selectedText(status)).toBe('Active');
    choose(status, 'All');
    choose(labelled<HTMLSelectElement>('Primary concern'), 'Grief');

    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.statusFilterChanged({ status: 'all' }));
    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.concernFilterChanged({ concern: 'grief' }));
  });

  it('opens a client with Enter on its row', async () => {
    await render('therapist');
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    const [, second] = await (await loader.getHarness(MatTableHarness)).getRows();

    await (await second.host()).sendKeys(TestKey.ENTER);

    expect(navigate).toHaveBeenCalledOnceWith(['/clients', rows[1].id]);
  });

  it('links each name to the client page', async () => {
    await render('therapist');
    const link = (fixture.nativeElement as HTMLElement).querySelector('td a');

    expect(link?.getAttribute('href')).toBe(`/clients/${rows[0].id}`);
  });

  it('shows a progress bar while loading', async () => {
    await render('therapist', clientsStateWith({ caseloadStatus: 'loading' }));

    expect(await loader.getAllHarnesses(MatProgressBarHarness)).toHaveSize(1);
  });

  it('holds placeholder rows, not an empty table and paginator that would move, while the first page loads', async () => {
    await render('therapist', clientsStateWith({ caseloadStatus: 'loading' }));

    expect(await loader.getAllHarnesses(MatTableHarness)).toHaveSize(0);
    expect(await loader.getAllHarnesses(PagerHarness)).toHaveSize(0);
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('.placeholder-row').length).toBeGreaterThan(0);
  });

  it('keeps the shown rows and their table while another page loads', async () => {
    await render('therapist', clientsStateWith({ caseloadStatus: 'loading' }, [rowWith(1)]));

    expect(await loader.getAllHarnesses(MatTableHarness)).toHaveSize(1);
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('.placeholder-row').length).toBe(0);
  });

  it('invites a therapist with no active clients to add one', async () => {
    await render('therapist', clientsStateWith({ caseloadStatus: 'loaded', total: 0 }));

    expect(text()).toContain('No active clients');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Add client/ }))).toHaveSize(2);
  });

  it('offers to clear filters that match nothing', async () => {
    await render(
      'therapist',
      clientsStateWith({ caseloadStatus: 'loaded', total: 0, query: { ...DEFAULT_CASELOAD_QUERY, search: 'zebra' } }),
    );

    expect(text()).toContain('No clients match these filters');
    const search = labelled<HTMLInputElement>('Search name or case number');
    expect(search.value).toBe('zebra');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Clear filters' }))).click();
    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.filtersCleared());
    expect(search.value).toBe('');
  });

  it('says what went wrong and retries', async () => {
    const problem = problemWith(500, { detail: 'The server answered with status 500.' });
    await render('therapist', clientsStateWith({ caseloadStatus: 'failed', caseloadError: problem }));

    expect(text()).toContain('The server answered with status 500.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();
    expect(dispatch).toHaveBeenCalledWith(CaseloadPageActions.retryClicked());
  });
});

/** The control a visible <label> names, as a user finds it. */
function labelled<T extends HTMLElement>(text: string): T {
  const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === text);
  const control = label ? document.getElementById(label.htmlFor) : null;
  if (!control) {
    throw new Error(`No control labelled "${text}".`);
  }
  return control as T;
}

/** Chooses an option by its text, as a user does: the select changes, then says so. */
function choose(select: HTMLSelectElement, text: string): void {
  const option = [...select.options].find((candidate) => candidate.text.trim() === text);
  if (!option) {
    throw new Error(`No option "${text}" in ${select.id}.`);
  }
  select.value = option.value;
  select.dispatchEvent(new Event('change'));
}

/** The text of a native select's chosen option. */
function selectedText(select: HTMLSelectElement): string {
  return select.selectedOptions[0]?.text.trim() ?? '';
}
