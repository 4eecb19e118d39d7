import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { ClientFormActions } from '../client-form.actions';
import type { ClientsState } from '../clients.feature';
import { clientsStateWith, clientWith, problemWith } from '../testing/clients-fixtures';
import ClientFormPage from './client-form-page';

describe('ClientFormPage', () => {
  let fixture: ComponentFixture<ClientFormPage>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  const client = clientWith();
  const therapistState = signedInState(sessionInfoFor('therapist'));

  async function render(clients: ClientsState = clientsStateWith(), id?: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { ...therapistState, clients } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(ClientFormPage);
    if (id !== undefined) {
      fixture.componentRef.setInput('id', id);
    }
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string) => (await (await field(label)).getControl(MatInputHarness))!;
  const fill = async (label: string, value: string) => (await input(label)).setValue(value);
  const errorsOf = async (label: string) => (await field(label)).getTextErrors();
  const submit = async (text: string) => (await loader.getHarness(MatButtonHarness.with({ text }))).click();
  const dispatchedTypes = () => dispatch.calls.allArgs().map(([action]) => (action as { type: string }).type);

  describe('adding a client', () => {
    beforeEach(() => render());

    it('starts a fresh form', () => {
      expect(dispatch).toHaveBeenCalledOnceWith(ClientFormActions.newOpened());
    });

    it('shows the shared schema’s messages on the fields and sends nothing', async () => {
      await fill('Preferred name', '   ');
      await fill('Case number', 'CC 12');
      await fill('Date of birth', '');

      await submit('Add client');

      expect(await errorsOf('Preferred name')).toEqual(['Required.']);
      expect(await errorsOf('Legal name')).toEqual(['Required.']);
      expect(await errorsOf('Date of birth')).toEqual(['Required.']);
      expect(await errorsOf('Case number')).toEqual(['Use letters, digits, "-", "/" or ".".']);
      expect((fixture.nativeElement as HTMLElement).querySelector('#concerns-error')?.textContent).toBe(
        'Choose at least one concern.',
      );
      expect(dispatchedTypes()).not.toContain(ClientFormActions.createSubmitted.type);
    });

    it('checks that treatment did not start before birth', async () => {
      await fill('Preferred name', 'Robin');
      await fill('Legal name', 'Robin Example');
      await fill('Date of birth', '1990-04-12');
      await fill('Case number', 'CC-00001');
      await fill('Treatment start', '1980-01-01');
      await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Grief' }))).check();

      await submit('Add client');

      expect(await errorsOf('Treatment start')).toEqual(['Cannot be before the date of birth.']);
      expect(dispatchedTypes()).not.toContain(ClientFormActions.createSubmitted.type);
    });

    it('sends the checked request', async () => {
      await fill('Preferred name', ' Robin ');
      await fill('Legal name', 'Robin Example');
      await fill('Date of birth', '1990-04-12');
      await fill('Case number', 'CC-00001');
      await fill('Pronouns', 'they/them');
      await fill('Treatment start', '2026-01-15');
      await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Grief' }))).check();
      await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Anxiety' }))).check();
      const consent = (await (await field('Family-involvement consent')).getControl(MatSelectHarness))!;
      await consent.open();
      await consent.clickOptions({ text: 'Granted' });

      await submit('Add client');

      expect(dispatch).toHaveBeenCalledWith(
        ClientFormActions.createSubmitted({
          request: {
            preferredName: 'Robin',
            legalName: 'Robin Example',
            dateOfBirth: '1990-04-12',
            caseNumber: 'CC-00001',
            pronouns: 'they/them',
            primaryConcerns: ['anxiety', 'grief'],
            treatmentStart: '2026-01-15',
            familyConsent: 'granted',
          },
        }),
      );
    });

    it('shows the server’s field errors on the fields', async () => {
      await fill('Case number', 'CC-00001');
      const problem = problemWith(409, {
        errors: [{ field: 'caseNumber', message: 'Another client already has this case number.' }],
      });

      store.setState({ ...therapistState, clients: clientsStateWith({ saveStatus: 'failed', saveError: problem }) });
      await fixture.whenStable();

      expect(await errorsOf('Case number')).toEqual(['Another client already has this case number.']);
      expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')).toBeNull();
    });
  });

  describe('editing a client', () => {
    const loaded = clientsStateWith({ clientId: client.id, client, clientStatus: 'loaded' });

    it('loads the client and fills the form from it', async () => {
      await render(loaded, client.id);

      expect(dispatch).toHaveBeenCalledWith(ClientFormActions.editOpened({ id: client.id }));
      expect(await (await input('Preferred name')).getValue()).toBe('Robin');
      expect(await (await input('Date of birth')).getValue()).toBe('1990-04-12');
      expect(await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Anxiety' }))).isChecked()).toBeTrue();
    });

    it('sends the edit based on the version it was filled from', async () => {
      await render(loaded, client.id);
      await fill('Preferred name', 'Robbie');

      await submit('Save changes');

      expect(dispatch).toHaveBeenCalledWith(
        ClientFormActions.editSubmitted({
          base: client,
          edit: {
            kind: 'update',
            fields: {
              preferredName: 'Robbie',
              legalName: 'Robin Example',
              dateOfBirth: '1990-04-12',
              caseNumber: 'CC-00001',
              pronouns: 'they/them',
              primaryConcerns: ['anxiety', 'depression'],
              treatmentStart: '2026-01-15',
              familyConsent: 'partial',
            },
          },
        }),
      );
    });

    it('refills the form when the user discards their edit for the current version', async () => {
      await render(loaded, client.id);
      await fill('Preferred name', 'Robbie');

      const current = clientWith({ preferredName: 'Rob', version: 4 });
      store.setState({ ...therapistState, clients: { ...loaded, client: current } });
      await fixture.whenStable();

      expect(await (await input('Preferred name')).getValue()).toBe('Rob');
    });

    it('says when the client does not exist', async () => {
      await render(clientsStateWith({ clientId: client.id, clientStatus: 'failed', clientError: problemWith(404) }), client.id);

      expect((fixture.nativeElement as HTMLElement).textContent).toContain('Client not found');
      expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Save changes' }))).toEqual([]);
    });
  });
});
