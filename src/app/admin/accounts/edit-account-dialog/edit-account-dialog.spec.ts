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
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import type { Account } from '@domain/accounts/account';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../../testing/auth-fixtures';
import { accountsStateWith, accountWith, OTHER_SUPERVISOR_ID, problemWith, SUPERVISORS } from '../../testing/admin-fixtures';
import type { AccountsState } from '../accounts.feature';
import { EditAccountDialogActions } from '../edit-account-dialog.actions';
import { openEditAccountDialog } from './edit-account-dialog';

@Component({ selector: 'app-edit-account-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {
  readonly dialog = inject(MatDialog);
}

describe('EditAccountDialog', () => {
  let fixture: ComponentFixture<DialogHost>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let dialog: MatDialogHarness;
  const tess = accountWith();
  const admin = signedInState(sessionInfoFor('admin'));
  const ready: AccountsState = accountsStateWith({ supervisors: SUPERVISORS, supervisorsStatus: 'loaded', loadStatus: 'loaded' }, [tess]);

  async function render(account: Account = tess): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: { ...admin, accounts: ready } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(DialogHost);
    openEditAccountDialog(fixture.componentInstance.dialog, account);
    const loader: HarnessLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    dialog = await loader.getHarness(MatDialogHarness);
  }

  const field = (label: string) => dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string) => (await (await field(label)).getControl(MatInputHarness))!;
  const select = async (label: string) => (await (await field(label)).getControl(MatSelectHarness))!;
  const activeToggle = () => dialog.getHarness(MatSlideToggleHarness.with({ label: 'Active' }));
  const save = async () => (await dialog.getHarness(MatButtonHarness.with({ text: 'Save changes' }))).click();
  const submitted = () => dispatch.calls.allArgs().filter(([action]) => action.type === EditAccountDialogActions.submitted.type);
  const setDialogProblem = async (changes: Partial<AccountsState>) => {
    store.setState({ ...admin, accounts: { ...ready, dialogStatus: 'failed', ...changes } });
    await fixture.whenStable();
  };

  it('starts from the account as listed', async () => {
    await render();

    expect(await dialog.getTitleText()).toBe('Edit Tess Therapist');
    expect(await (await input('Name')).getValue()).toBe('Tess Therapist');
    expect(await (await select('Role')).getValueText()).toBe('Therapist');
    expect(await (await select('Team (supervisor)')).getValueText()).toContain('Sam Supervisor');
    expect(await (await activeToggle()).isChecked()).toBeTrue();
    expect(dispatch).toHaveBeenCalledWith(EditAccountDialogActions.opened());
  });

  it('sends the change with the version it is based on', async () => {
    await render();
    await (await input('Name')).setValue('Tess T.');
    const team = await select('Team (supervisor)');
    await team.open();
    await team.clickOptions({ text: /Sky Supervisor/ });
    await (await activeToggle()).uncheck();

    await save();

    expect(dispatch).toHaveBeenCalledWith(
      EditAccountDialogActions.submitted({
        id: tess.id,
        request: { name: 'Tess T.', role: 'therapist', supervisorId: OTHER_SUPERVISOR_ID, active: false, version: tess.version },
      }),
    );
  });

  it('validates with the shared schema and dispatches nothing when invalid', async () => {
    await render();
    await (await input('Name')).setValue('   ');

    await save();

    expect(await (await field('Name')).getTextErrors()).toEqual(['Required.']);
    expect(submitted()).toEqual([]);
  });

  it('shows a clinic-rule conflict on the field it names', async () => {
    await render();
    await setDialogProblem({
      dialogError: problemWith(409, {
        detail: 'This change would break a clinic rule.',
        errors: [{ field: 'role', message: "Reassign this therapist's 12 open client(s) first." }],
      }),
    });

    expect(await (await field('Role')).getTextErrors()).toEqual(["Reassign this therapist's 12 open client(s) first."]);
  });

  it('shows a conflict about being active under the toggle', async () => {
    await render();
    await setDialogProblem({
      dialogError: problemWith(409, { errors: [{ field: 'active', message: 'The clinic needs at least one active administrator.' }] }),
    });

    expect(await dialog.getContentText()).toContain('The clinic needs at least one active administrator.');
  });

  it('starts over from the current account after a stale-version conflict', async () => {
    await render();
    await (await input('Name')).setValue('My edit');
    const current = accountWith({ name: 'Changed Elsewhere', version: 7 });
    await setDialogProblem({
      dialogError: problemWith(409, { title: 'Changed by someone else' }),
      entities: { [tess.id]: current },
    });

    expect(await dialog.getContentText()).toContain('Someone else changed this account after you opened it.');
    expect(await (await input('Name')).getValue()).toBe('Changed Elsewhere');

    await (await input('Name')).setValue('My edit again');
    await save();
    expect(submitted().at(-1)?.[0].request.version).toBe(7);
  });

  it('does not offer a supervisor their own team when they become a therapist', async () => {
    const sam = SUPERVISORS[0];
    await render(sam);
    const role = await select('Role');
    await role.open();
    await role.clickOptions({ text: 'Therapist' });

    const team = await select('Team (supervisor)');
    await team.open();
    expect(await Promise.all((await team.getOptions()).map((option) => option.getText()))).toEqual(['Sky Supervisor sky@clinic.example']);
  });

  it('does not let an administrator change their own role or deactivate themselves', async () => {
    await render(accountWith({ id: sessionInfoFor('admin').user.id, name: 'Ada Admin', role: 'admin', supervisorId: null }));

    expect(await (await select('Role')).isDisabled()).toBeTrue();
    expect(await (await activeToggle()).isDisabled()).toBeTrue();
  });
});
