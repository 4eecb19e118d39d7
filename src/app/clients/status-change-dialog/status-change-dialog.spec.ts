import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, Injector } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { ClientStatus } from '@domain/clients/client-codes';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { StatusChangeDialogActions } from '../status-change-dialog.actions';
import { clientsStateWith, clientWith } from '../testing/clients-fixtures';
import { openStatusChangeDialog } from './status-change-dialog';

@Component({ selector: 'app-status-change-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {}

describe('StatusChangeDialog', () => {
  let fixture: ComponentFixture<DialogHost>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  const client = clientWith({ treatmentStart: '2026-01-15' });
  const state = { ...signedInState(sessionInfoFor('therapist')), clients: clientsStateWith({ clientId: client.id, client }) };

  async function open(status: ClientStatus): Promise<MatDialogHarness> {
    TestBed.configureTestingModule({
      providers: [provideMockStore({ initialState: state }), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(DialogHost);
    openStatusChangeDialog(TestBed.inject(Injector), { client, status });
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    return loader.getHarness(MatDialogHarness);
  }

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const fill = async (label: string, value: string) => (await (await field(label)).getControl(MatInputHarness))!.setValue(value);
  const submitted = () => dispatch.calls.allArgs().filter(([action]) => action.type === StatusChangeDialogActions.submitted.type);

  it('puts a client on hold after confirmation, based on the version shown', async () => {
    const dialog = await open('on-hold');
    expect(await dialog.getTitleText()).toBe('Put on hold: Robin');
    expect(dispatch).toHaveBeenCalledWith(StatusChangeDialogActions.opened());

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Put on hold' }))).click();

    expect(dispatch).toHaveBeenCalledWith(
      StatusChangeDialogActions.submitted({
        base: client,
        edit: { kind: 'status', status: 'on-hold', dischargedOn: null, dischargeReason: null },
      }),
    );
  });

  it('needs a reason and a date not before the treatment start to discharge', async () => {
    const dialog = await open('discharged');
    await fill('Discharge date', '2026-01-14');

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Discharge' }))).click();

    expect(await (await field('Discharge reason')).getTextErrors()).toEqual(['Required when discharging.']);
    await fill('Discharge reason', 'Treatment goals met');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Discharge' }))).click();
    expect(await (await field('Discharge date')).getTextErrors()).toEqual(['Cannot be before the treatment start.']);
    expect(submitted()).toEqual([]);
  });

  it('discharges with the date and the reason', async () => {
    const dialog = await open('discharged');
    await fill('Discharge date', '2026-02-01');
    await fill('Discharge reason', ' Treatment goals met ');

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Discharge' }))).click();

    expect(dispatch).toHaveBeenCalledWith(
      StatusChangeDialogActions.submitted({
        base: client,
        edit: { kind: 'status', status: 'discharged', dischargedOn: '2026-02-01', dischargeReason: 'Treatment goals met' },
      }),
    );
  });

  it('closes once the change is saved', async () => {
    await open('active');

    store.setState({ ...state, clients: { ...state.clients, saveStatus: 'saved' } });
    await fixture.whenStable();

    expect(await loader.getAllHarnesses(MatDialogHarness)).toEqual([]);
  });
});
