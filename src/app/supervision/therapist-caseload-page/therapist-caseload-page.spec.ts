import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { PagerHarness } from '../../shared/pager/testing/pager-harness';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CaseloadRow } from '@domain/clients/client';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { DEFAULT_FILTERS } from '../dashboard-filters';
import { initialTeamDashboardState } from '../team-dashboard.feature';
import { TherapistCaseloadPageActions } from '../therapist-caseload-page.actions';
import {
  initialTherapistCaseloadState,
  therapistCaseloadAdapter,
  type TherapistCaseloadState,
} from '../therapist-caseload.feature';
import { caseloadRowWith, dashboardWith, TESS } from '../testing/dashboard-fixtures';
import TherapistCaseloadPage from './therapist-caseload-page';

describe('TherapistCaseloadPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;

  const flaggedRow = caseloadRowWith(2, {
    status: 'on-hold',
    indicators: {
      network: { activeMembers: 3, supportGaps: [], consentsExpiringSoon: 1, consentsExpired: 0 },
      nextSessionAt: '2026-12-03T14:00:00.000Z',
      lastFamilySessionAt: null,
      noRecentFamilySession: false,
      newSelfReport: false,
        referralFollowUpDue: false,
        considerReferral: false,
      measures: { latest: {}, lastMeasuredOn: '2026-10-01', flags: ['low-perceived-support'] },
    },
  });

  async function render(caseload: Partial<TherapistCaseloadState>, rows: readonly CaseloadRow[] = []): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'team/therapists/:therapistId', component: TherapistCaseloadPage }], withComponentInputBinding()),
        provideMockStore({
          initialState: {
            ...signedInState(sessionInfoFor('supervisor')),
            teamDashboard: {
              ...initialTeamDashboardState,
              filters: { ...DEFAULT_FILTERS, period: '12m' as const, therapistId: TESS },
              data: dashboardWith(),
            },
            therapistCaseload: therapistCaseloadAdapter.setAll([...rows], {
              ...initialTherapistCaseloadState,
              therapistId: TESS,
              ...caseload,
            }),
          },
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/team/therapists/${TESS}`);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const element = () => harness.routeNativeElement as HTMLElement;

  it('asks for the therapist’s clients and names the therapist', async () => {
    await render({ status: 'loaded', total: 2 }, [caseloadRowWith(1), flaggedRow]);

    expect(dispatch).toHaveBeenCalledOnceWith(TherapistCaseloadPageActions.opened({ therapistId: TESS }));
    expect(element().querySelector('h1')?.textContent?.trim()).toBe('Caseload of Tess Therapist');
  });

  it('lists the clients read only, each opening the client, with status, next session and flags', async () => {
    await render({ status: 'loaded', total: 2 }, [caseloadRowWith(1), flaggedRow]);

    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['preferredName'].text).toEqual(['Client 1', 'Client 2']);
    expect(cells['status'].text).toEqual(['Active', 'On hold']);
    expect(cells['nextSession'].text[0]).toBe('None planned');
    expect(cells['flags'].text[1]).toBe('Low perceived supportConsent to share expiring');
    const links = [...element().querySelectorAll('td a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual([`/clients/${caseloadRowWith(1).id}`, `/clients/${flaggedRow.id}`]);
    expect(element().textContent).toContain('Read only');
    // No edit controls: the paginator's are the only buttons.
    expect(element().querySelectorAll('button').length).toBe(element().querySelectorAll('app-pager button').length);
  });

  it('returns to the dashboard with its filters', async () => {
    await render({ status: 'loaded', total: 0 });

    expect(element().querySelector('a.back')?.getAttribute('href')).toBe(`/team?period=12m&therapist=${TESS}`);
    expect(element().textContent).toContain('No clients');
  });

  it('pages on the server', async () => {
    await render({ status: 'loaded', total: 30 }, [caseloadRowWith(1)]);

    await (await loader.getHarness(PagerHarness)).goToNextPage();

    expect(dispatch).toHaveBeenCalledWith(TherapistCaseloadPageActions.pageChanged({ page: 2, pageSize: 25 }));
  });

  it('shows the problem and asks again on Retry', async () => {
    await render({ status: 'failed', error: { type: 'about:blank', title: 'Forbidden', status: 403 } });

    expect(element().textContent).toContain('Forbidden');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();
    expect(dispatch).toHaveBeenCalledWith(TherapistCaseloadPageActions.retryClicked());
  });
});
