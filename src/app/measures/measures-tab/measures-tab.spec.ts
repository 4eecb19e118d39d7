import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@domain/accounts/role';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { waitFor } from '../../../testing/wait-for';
import { clientsStateWith, clientWith } from '../../clients/testing/clients-fixtures';
import { MeasureHistoryDialogActions } from '../measure-history-dialog.actions';
import { MeasuresTabActions } from '../measures-tab.actions';
import type { MeasuresState } from '../measures.feature';
import { SelfReportPanelActions } from '../../self-report/self-report-panel.actions';
import { initialSelfReportState } from '../../self-report/self-report.feature';
import { CLIENT_ID, indicatorsWith, measureNumber, measuresStateWith, problemWith } from '../testing/measures-fixtures';
import MeasuresTab from './measures-tab';
import { provideRouterStateInMockStore } from '../../../testing/router-state';

describe('MeasuresTab', () => {
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let host: HTMLElement;
  const measures = [measureNumber(1, 'mspss'), measureNumber(2, 'ucla-3', [3, 2, 2], { amended: true })];

  async function render(state: MeasuresState, role: Role = 'therapist'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'clients/:id', children: [{ path: 'measures', component: MeasuresTab }] }]),
        provideRouterStateInMockStore(),
        provideMockStore({
          initialState: {
            ...signedInState(sessionInfoFor(role)),
            measures: state,
            selfReport: { ...initialSelfReportState, clientId: CLIENT_ID, loadStatus: 'loaded' },
            clients: clientsStateWith({ clientId: CLIENT_ID, client: clientWith({ id: CLIENT_ID, treatmentStart: '2026-01-05' }) }),
          },
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch').and.callThrough();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/clients/${CLIENT_ID}/measures`, MeasuresTab);
    host = harness.routeNativeElement!;
    loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  }

  const text = () => host.textContent!.replace(/\s+/g, ' ');
  const links = (name: RegExp) => Array.from(host.querySelectorAll('a')).filter((link) => name.test(link.textContent ?? ''));

  it('opens the measures of the client in the route', async () => {
    await render(measuresStateWith(measures));

    expect(dispatch).toHaveBeenCalledWith(MeasuresTabActions.opened({ clientId: CLIENT_ID }));
  });

  it('shows the flags with their explanations, the latest scores, the trend chart and every measure', async () => {
    await render(measuresStateWith(measures, { indicators: indicatorsWith({ flags: ['loneliness', 'reassessment-overdue'] }) }));

    expect(text()).toContain('Loneliness');
    expect(text()).toContain('The latest UCLA-3 total is 6 or more');
    expect(text()).toContain('Reassessment overdue');
    expect(text()).toContain('↑ improving');
    expect(text()).toContain('MSPSS: reliable change is 1.00 or more');
    await waitFor(() => host.querySelector('app-trend-chart canvas') !== null, 'the deferred chart');
    expect(host.querySelectorAll('app-measure-table tbody tr').length).toBe(2);
  });

  it('lets the therapist record and amend', async () => {
    await render(measuresStateWith(measures));

    expect(links(/Record a measure/)[0].getAttribute('href')).toBe(`/clients/${CLIENT_ID}/measures/new`);
    expect(links(/Amend/)[0].getAttribute('href')).toBe(`/clients/${CLIENT_ID}/measures/${measures[1].id}/amend`);
    expect(text()).not.toContain('Read-only');
  });

  it('gives the supervisor a read-only view: no record or amend, history still there', async () => {
    await render(measuresStateWith(measures), 'supervisor');

    expect(links(/Record a measure|Amend/)).toEqual([]);
    expect(text()).toContain('Read-only');
    await (await loader.getAllHarnesses(MatButtonHarness.with({ text: /^History/ })))[0].click();
    expect(dispatch).toHaveBeenCalledWith(MeasureHistoryDialogActions.opened({ clientId: CLIENT_ID, measureId: measures[1].id }));
    expect((await loader.getAllHarnesses(MatDialogHarness)).length).toBe(1);
  });

  it('shows the Self-report panel, even before any measure exists', async () => {
    await render(measuresStateWith([], { indicators: indicatorsWith({ latest: {}, flags: [] }) }));
    expect(host.querySelector('app-self-report-panel')).not.toBeNull();
    expect(text()).toContain('Nothing sent yet');
    expect(dispatch).toHaveBeenCalledWith(SelfReportPanelActions.opened({ clientId: CLIENT_ID }));
  });

  it('shows loading, then an empty state that invites the first measure', async () => {
    await render(measuresStateWith([], { loadStatus: 'loading', indicators: null }));
    expect(host.querySelector('mat-progress-bar')).not.toBeNull();

    TestBed.inject(MockStore).setState({
      ...signedInState(sessionInfoFor('therapist')),
      measures: measuresStateWith([], { indicators: indicatorsWith({ latest: {}, flags: [] }) }),
      selfReport: { ...initialSelfReportState, clientId: CLIENT_ID, loadStatus: 'loaded' },
      clients: clientsStateWith(),
    });
    await waitFor(() => text().includes('No measures yet'), 'the empty state');
    expect(links(/Record the first measure/).length).toBe(1);
  });

  it('shows a failed load with a retry', async () => {
    await render(measuresStateWith([], { loadStatus: 'failed', indicators: null, loadError: problemWith(500, { detail: 'The server is down.' }) }));

    expect(host.querySelector('[role="alert"]')!.textContent).toContain('The server is down.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();
    expect(dispatch).toHaveBeenCalledWith(MeasuresTabActions.retryClicked());
  });
});
