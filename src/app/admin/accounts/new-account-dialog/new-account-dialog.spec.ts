import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { waitFor } from '../../../../testing/wait-for';
import { accountsStateWith, problemWith, SUPERVISOR_ID, SUPERVISORS } from '../../testing/admin-fixtures';
import type { AccountsState } from '../accounts.feature';
import { NewAccountDialogActions } from '../new-account-dialog.actions';
import { openNewAccountDialog } from './new-account-dialog';

@Component({ selector: 'app-new-account-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {
  readonly dialog = inject(MatDialog);
}

describe('NewAccountDialog', () => {
  let fixture: ComponentFixture<DialogHost>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let dialog: MatDialogHarness;
  let closed: boolean | undefined;
  const ready: AccountsState = accountsStateWith({ supervisors: SUPERVISORS, supervisorsStatus: 'loaded' });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: { accounts: ready } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(DialogHost);
    closed = undefined;
    openNewAccountDialog(fixture.componentInstance.dialog)
      .afterClosed()
      .subscribe((result) => (closed = result));
    const loader: HarnessLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    dialog = await loader.getHarness(MatDialogHarness);
  });

  const field = (label: string) => dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const fill = async (label: string, value: string) => (await (await field(label)).getControl(MatInputHarness))!.setValue(value);
  const choose = async (label: string, option: string | RegExp) => {
    const select = (await (await field(label)).getControl(MatSelectHarness))!;
    await select.open();
    await select.clickOptions({ text: option });
  };
  const submit = async () => (await dialog.getHarness(MatButtonHarness.with({ text: 'Create account' }))).click();
  const submitted = () => dispatch.calls.allArgs().filter(([action]) => action.type === NewAccountDialogActions.submitted.type);

  it('announces that it opened (so the supervisors load)', () => {
    expect(dispatch).toHaveBeenCalledWith(NewAccountDialogActions.opened());
  });

  it('sends a therapist with their supervisor, email as the schema normalises it', async () => {
    await fill('Name', ' Tess Therapist ');
    await fill('Email', 'Tess@Clinic.Example');
    await choose('Team (supervisor)', /Sam Supervisor/);

    await submit();

    expect(dispatch).toHaveBeenCalledWith(
      NewAccountDialogActions.submitted({
        request: { name: 'Tess Therapist', email: 'tess@clinic.example', role: 'therapist', supervisorId: SUPERVISOR_ID },
      }),
    );
  });

  it('shows each problem on its field and dispatches nothing while the form is invalid', async () => {
    await fill('Email', 'not an email');

    await submit();

    expect(await (await field('Name')).getTextErrors()).toEqual(['Required.']);
    expect(await (await field('Email')).getTextErrors()).toEqual(['Enter an email address like name@clinic.org.']);
    expect(await (await field('Team (supervisor)')).getTextErrors()).toEqual(['A therapist needs a supervisor.']);
    expect(submitted()).toEqual([]);
  });

  it('asks for a team only for therapists, and drops one chosen before switching role', async () => {
    await fill('Name', 'Ada Admin');
    await fill('Email', 'ada@clinic.example');
    await choose('Team (supervisor)', /Sam Supervisor/);
    await choose('Role', 'Administrator');

    expect(await dialog.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Team (supervisor)' }))).toEqual([]);
    await submit();

    expect(dispatch).toHaveBeenCalledWith(
      NewAccountDialogActions.submitted({
        request: { name: 'Ada Admin', email: 'ada@clinic.example', role: 'admin', supervisorId: null },
      }),
    );
  });

  it('shows the server’s field error on the field', async () => {
    const problem = problemWith(409, { detail: 'Emails are unique.', errors: [{ field: 'email', message: 'An account with this email exists.' }] });

    store.setState({ accounts: { ...ready, dialogStatus: 'failed', dialogError: problem } });
    await fixture.whenStable();

    expect(await (await field('Email')).getTextErrors()).toEqual(['An account with this email exists.']);
    expect(await dialog.getContentText()).not.toContain('Emails are unique.');
  });

  it('shows a problem that concerns no field above the form', async () => {
    store.setState({ accounts: { ...ready, dialogStatus: 'failed', dialogError: problemWith(500, { detail: 'Try again shortly.' }) } });
    await fixture.whenStable();

    expect(await dialog.getContentText()).toContain('Try again shortly.');
  });

  it('closes once the account is created', async () => {
    store.setState({ accounts: { ...ready, dialogStatus: 'saved' } });

    await waitFor(() => closed !== undefined, 'the dialog to close');
    expect(closed).toBeTrue();
  });
});
