import { initialMeasuresState } from '../../measures/measures.feature';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@domain/accounts/role';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialNetworkState } from '../../network/network.feature';
import { initialSessionsState } from '../../sessions/sessions.feature';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { ClientOverviewActions } from '../client-overview.actions';
import { ClientPageActions } from '../client-page.actions';
import type { ClientsState } from '../clients.feature';
import { clientsStateWith, clientWith, HISTORY, THERAPISTS } from '../testing/clients-fixtures';
import ClientOverview from './client-overview';
import { provideRouterStateInMockStore } from '../../../testing/router-state';

describe('ClientOverview', () => {
  let fixture: ComponentFixture<ClientOverview>;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  const client = clientWith();
  const loaded = (changes: Partial<ClientsState> = {}) =>
    clientsStateWith({
      clientId: client.id,
      client,
      clientStatus: 'loaded',
      history: HISTORY,
      historyStatus: 'loaded',
      therapists: THERAPISTS,
      therapistsStatus: 'loaded',
      ...changes,
    });

  async function render(role: Role, clients: ClientsState = loaded()): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        // The groups and referrals card reads its own endpoints.
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouterStateInMockStore(),
        provideMockStore({ initialState: { ...signedInState(sessionInfoFor(role)), clients, network: initialNetworkState, sessions: initialSessionsState, measures: initialMeasuresState } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    fixture = TestBed.createComponent(ClientOverview);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const buttonTexts = async () =>
    Promise.all((await loader.getAllHarnesses(MatButtonHarness)).map((button) => button.getText()));
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const facts = () =>
    Object.fromEntries(
      Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('dl div')).map((pair) => [
        pair.querySelector('dt')?.textContent,
        pair.querySelector('dd')?.textContent,
      ]),
    );

  it('lists the record’s facts', async () => {
    await render('therapist');

    expect(facts()).toEqual(
      jasmine.objectContaining({
        'Legal name': 'Robin Example',
        'Date of birth': 'Apr 12, 1990',
        'Primary concerns': 'Anxiety, Depression',
        'Family-involvement consent': 'Partial',
        Pronouns: 'they/them',
      }),
    );
    expect(facts()['Discharge reason']).toBeUndefined();
  });

  it('gives the therapist edit and status actions for an active client', async () => {
    await render('therapist');

    expect(await buttonTexts()).toEqual([jasmine.stringMatching(/Edit$/), 'Put on hold', 'Discharge', jasmine.stringMatching(/Complete record$/)]);
  });

  it('offers to re-open a discharged client, and shows the discharge', async () => {
    await render(
      'therapist',
      loaded({ client: clientWith({ status: 'discharged', dischargedOn: '2026-11-01', dischargeReason: 'Goals met' }) }),
    );

    expect(await buttonTexts()).toEqual([jasmine.stringMatching(/Edit$/), 'Re-open', jasmine.stringMatching(/Complete record$/)]);
    expect(facts()).toEqual(jasmine.objectContaining({ 'Discharged on': 'Nov 1, 2026', 'Discharge reason': 'Goals met' }));
  });

  it('gives a supervisor no edit controls at all, only "Reassign"', async () => {
    await render('supervisor');

    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Edit|Put on hold|Re-open|Discharge/ }))).toEqual([]);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Reassign/ }))).toHaveSize(1);
    // Reading is allowed, so the complete record is too.
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Complete record/ }))).toHaveSize(1);
    expect(text()).toContain('Only the client\'s therapist can change it.');
  });

  it('asks for the discharge date and reason in a dialog', async () => {
    await render('therapist');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Discharge' }))).click();

    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Discharge: Robin');
    await dialog.close();
  });

  it('opens the reassign dialog for a supervisor, its code loaded on the click', async () => {
    await render('supervisor');

    await (await loader.getHarness(MatButtonHarness.with({ text: /Reassign/ }))).click();

    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Reassign Robin');
    await dialog.close();
  });

  it('shows the client’s open follow-ups', async () => {
    await render('therapist');

    expect((fixture.nativeElement as HTMLElement).querySelector('app-open-follow-ups h2')?.textContent).toBe('Open follow-ups');
  });

  it('shows the history and retries it', async () => {
    await render('therapist', loaded({ historyStatus: 'failed', historyError: null, history: [] }));

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

    expect(dispatch).toHaveBeenCalledWith(ClientPageActions.historyRetryClicked({ id: client.id }));
  });
});

describe('ClientOverview opening', () => {
  it('asks for the overview of the client in the address at once, without waiting for the record', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'clients/:id', component: ClientOverview }]),
        provideRouterStateInMockStore(),
        provideMockStore({
          initialState: {
            ...signedInState(sessionInfoFor('therapist')),
            clients: clientsStateWith(),
            network: initialNetworkState,
            sessions: initialSessionsState,
            measures: initialMeasuresState,
          },
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/clients/c-42', ClientOverview);

    expect(dispatch).toHaveBeenCalledOnceWith(ClientOverviewActions.opened({ clientId: 'c-42' }));
  });
});
