import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, Injector } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../testing/auth-fixtures';
import { waitFor } from '../../testing/wait-for';
import { ReassignDialogActions } from './reassign-dialog.actions';
import { clientsStateWith, clientWith, THERAPISTS } from './testing/clients-fixtures';
import { openReassignClientDialog } from './reassign-client';

@Component({ selector: 'app-reassign-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {}

describe('openReassignClientDialog (the shared reassign dialog over the clients slice)', () => {
  let fixture: ComponentFixture<DialogHost>;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  const client = clientWith();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          initialState: {
            ...signedInState(sessionInfoFor('supervisor')),
            clients: clientsStateWith({ clientId: client.id, client, therapists: THERAPISTS, therapistsStatus: 'loaded' }),
          },
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    fixture = TestBed.createComponent(DialogHost);
    openReassignClientDialog(TestBed.inject(Injector), TestBed.inject(MockStore), client);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
  });

  const therapistSelect = async () =>
    (await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'New therapist' }))).getControl(MatSelectHarness))!;
  const reassign = async () =>
    (await (await loader.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Reassign' }))).click();

  it('asks for the team’s therapists and offers the current one only as a disabled choice', async () => {
    const select = await therapistSelect();
    await select.open();

    expect(dispatch).toHaveBeenCalledWith(ReassignDialogActions.opened());
    const options = await select.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual(['Tess Therapist (current)', 'Theo Therapist']);
    expect(await Promise.all(options.map((option) => option.isDisabled()))).toEqual([true, false]);
  });

  it('needs a therapist to be chosen', async () => {
    await reassign();

    expect(await (await therapistSelect()).isValid()).toBeFalse();
    expect(dispatch.calls.allArgs().map(([action]) => action.type)).not.toContain(ReassignDialogActions.submitted.type);
  });

  it('reassigns to the chosen therapist, based on the version shown', async () => {
    const select = await therapistSelect();
    await select.open();
    await select.clickOptions({ text: 'Theo Therapist' });

    await reassign();

    expect(dispatch).toHaveBeenCalledWith(
      ReassignDialogActions.submitted({
        base: client,
        edit: { kind: 'reassign', therapistId: THERAPISTS[1].id, therapistName: 'Theo Therapist' },
      }),
    );
  });

  it('closes on a stale version, for the page’s conflict dialog to show both versions', async () => {
    let closed: boolean | undefined;
    const store = TestBed.inject(MockStore);
    const ref = openReassignClientDialog(TestBed.inject(Injector), store, client);
    ref.afterClosed().subscribe((result) => (closed = result));

    store.setState({
      ...signedInState(sessionInfoFor('supervisor')),
      clients: clientsStateWith({ clientId: client.id, client, therapists: THERAPISTS, therapistsStatus: 'loaded', saveStatus: 'conflicted' }),
    });
    await fixture.whenStable();

    await waitFor(() => closed !== undefined, 'the dialog to close');
    expect(closed).toBeTrue();
  });
});
