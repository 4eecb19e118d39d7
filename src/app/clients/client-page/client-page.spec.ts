import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatTabNavBarHarness } from '@angular/material/tabs/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@domain/accounts/role';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { ClientPageActions } from '../client-page.actions';
import type { ClientsState } from '../clients.feature';
import { clientsStateWith, clientWith, problemWith } from '../testing/clients-fixtures';
import ClientPage from './client-page';

describe('ClientPage', () => {
  let fixture: ComponentFixture<ClientPage>;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  const client = clientWith();
  const loaded = clientsStateWith({ clientId: client.id, client, clientStatus: 'loaded' });

  async function render(role: Role, clients: ClientsState = loaded): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { ...signedInState(sessionInfoFor(role)), clients } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    fixture = TestBed.createComponent(ClientPage);
    fixture.componentRef.setInput('id', client.id);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const header = () => (fixture.nativeElement as HTMLElement).querySelector('header')?.textContent ?? '';
  const facts = () =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('header dl div')).map(
      (pair) => `${pair.querySelector('dt')?.textContent}: ${pair.querySelector('dd')?.textContent}`,
    );

  it('opens the client named by the route', async () => {
    await render('therapist');

    expect(dispatch).toHaveBeenCalledOnceWith(ClientPageActions.opened({ id: client.id }));
  });

  it('names the client with pronouns, case number, status and therapist', async () => {
    await render('therapist');

    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('Robin');
    expect(header()).toContain('they/them');
    expect(header()).toContain('Active');
    expect(facts()).toEqual(['Case number: CC-00001', 'Therapist: Tess Therapist']);
    expect(header()).not.toContain('Read-only');
  });

  it('has a tab for each section of the record', async () => {
    await render('therapist');
    const links = await (await loader.getHarness(MatTabNavBarHarness)).getLinks();

    expect(await Promise.all(links.map((link) => link.getLabel()))).toEqual([
      'Overview',
      'Support network',
      'Sessions',
      'Measures',
      'Notes',
      'Groups',
    ]);
  });

  it('marks the record read-only for a supervisor', async () => {
    await render('supervisor');

    expect(header()).toContain('Read-only');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Edit|Discharge|Put on hold/ }))).toEqual([]);
  });

  it('says when the client does not exist (or is out of scope)', async () => {
    await render('therapist', clientsStateWith({ clientId: client.id, clientStatus: 'failed', clientError: problemWith(404) }));

    expect((fixture.nativeElement as HTMLElement).textContent).toContain('No such client');
  });

  it('retries a failed load', async () => {
    await render('therapist', clientsStateWith({ clientId: client.id, clientStatus: 'failed', clientError: problemWith(500) }));

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

    expect(dispatch).toHaveBeenCalledWith(ClientPageActions.retryClicked({ id: client.id }));
  });
});
