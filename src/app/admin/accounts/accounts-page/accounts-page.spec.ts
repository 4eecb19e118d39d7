import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { PagerHarness } from '../../../shared/pager/testing/pager-harness';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../../testing/auth-fixtures';
import { waitFor } from '../../../../testing/wait-for';
import { accountsStateWith, accountWith, problemWith } from '../../testing/admin-fixtures';
import { AccountsPageActions } from '../accounts-page.actions';
import { DEFAULT_ACCOUNTS_QUERY, type AccountsState } from '../accounts.feature';
import AccountsPage from './accounts-page';

describe('AccountsPage', () => {
  let fixture: ComponentFixture<AccountsPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  const adminSession = sessionInfoFor('admin');
  const ada = accountWith({
    id: adminSession.user.id,
    name: 'Ada Admin',
    email: 'admin@clinic.example',
    role: 'admin',
    supervisorId: null,
    supervisorName: null,
    isDemo: true,
  });
  const tess = accountWith({ mustChangePassword: true });
  const theo = accountWith({ id: '0190a1b2-2222-7000-8000-0000000000f0', name: 'Theo Former', email: 'theo@clinic.example', active: false });
  const loaded = accountsStateWith({ loadStatus: 'loaded', total: 53 }, [ada, tess, theo]);

  async function render(accounts: AccountsState = loaded): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: { ...signedInState(adminSession), accounts } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(AccountsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const rowMenu = async (index: number) => (await loader.getAllHarnesses(MatMenuHarness))[index];
  const confirmDialog = () => documentLoader.getHarness(MatDialogHarness);

  it('asks for the accounts when it opens', async () => {
    await render();

    expect(dispatch).toHaveBeenCalledWith(AccountsPageActions.opened());
  });

  it('lists name, email, role, team and status of each account', async () => {
    await render();
    const table = await loader.getHarness(MatTableHarness);

    expect(await table.getCellTextByColumnName()).toEqual(
      jasmine.objectContaining({
        name: { text: ['Ada Admin', 'Tess Therapist', 'Theo Former'], headerText: ['Name'], footerText: [] },
        email: { text: ['admin@clinic.example', 'tess@clinic.example', 'theo@clinic.example'], headerText: ['Email'], footerText: [] },
        role: { text: ['Administrator', 'Therapist', 'Therapist'], headerText: ['Role'], footerText: [] },
        team: { text: ['—No team', 'Sam Supervisor', 'Sam Supervisor'], headerText: ['Team'], footerText: [] },
        status: { text: ['Active Demo', 'Active Must change password', 'Inactive'], headerText: ['Status'], footerText: [] },
      }),
    );
  });

  it('searches and filters through the store', async () => {
    await render();

    const search = await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Search by name or email' }))).getControl(MatInputHarness);
    await search!.setValue('tes');
    expect(dispatch).toHaveBeenCalledWith(AccountsPageActions.searchChanged({ search: 'tes' }));

    const role = (await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Role' }))).getControl(MatSelectHarness))!;
    await role.open();
    await role.clickOptions({ text: 'Supervisor' });
    expect(dispatch).toHaveBeenCalledWith(AccountsPageActions.roleFilterChanged({ role: 'supervisor' }));

    const status = (await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Status' }))).getControl(MatSelectHarness))!;
    await status.open();
    await status.clickOptions({ text: 'Inactive' });
    expect(dispatch).toHaveBeenCalledWith(AccountsPageActions.activeFilterChanged({ active: 'false' }));
  });

  it('pages on the server', async () => {
    await render();
    const paginator = await loader.getHarness(PagerHarness);

    expect(await paginator.getRangeLabel()).toBe('1 – 25 of 53');
    await paginator.goToNextPage();

    expect(dispatch).toHaveBeenCalledWith(AccountsPageActions.pageChanged({ page: 2, pageSize: 25 }));
  });

  it('says so when no account matches', async () => {
    await render(accountsStateWith({ loadStatus: 'loaded', total: 0, query: { ...DEFAULT_ACCOUNTS_QUERY, search: 'nobody' } }));

    expect(text()).toContain('No accounts match');
    expect(await loader.getAllHarnesses(MatTableHarness)).toEqual([]);
  });

  it('shows a failed load with a way to try again', async () => {
    await render(accountsStateWith({ loadStatus: 'failed', loadError: problemWith(503, { detail: 'The server is busy.' }) }));

    expect(text()).toContain('Could not load the accounts. The server is busy.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    expect(dispatch).toHaveBeenCalledWith(AccountsPageActions.retryClicked());
  });

  it('shows progress while loading', async () => {
    await render({ ...loaded, loadStatus: 'loading' });

    expect((fixture.nativeElement as HTMLElement).querySelector('mat-progress-bar')).not.toBeNull();
    expect(text()).toContain('Loading accounts…');
  });

  it('opens the new-account dialog', async () => {
    await render();

    await (await loader.getHarness(MatButtonHarness.with({ text: /New account/ }))).click();

    expect(await (await confirmDialog()).getTitleText()).toBe('New account');
  });

  it('deactivates an account only once the admin confirms', async () => {
    await render();
    await (await rowMenu(1)).clickItem({ text: /Deactivate/ });
    const dialog = await confirmDialog();

    expect(await dialog.getTitleText()).toBe('Deactivate Tess Therapist?');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Deactivate' }))).click();

    await waitFor(() => dispatch.calls.allArgs().some(([action]) => action.type === AccountsPageActions.deactivationConfirmed.type), 'the confirmation');
    expect(dispatch).toHaveBeenCalledWith(AccountsPageActions.deactivationConfirmed({ account: tess }));
  });

  it('dispatches nothing when the admin cancels', async () => {
    await render();
    await (await rowMenu(1)).clickItem({ text: /Reset password/ });
    const dialog = await confirmDialog();

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
    await fixture.whenStable();

    expect(dispatch.calls.allArgs().map(([action]) => action.type)).toEqual([AccountsPageActions.opened.type]);
  });

  it('offers re-activation for an inactive account and no deactivation of oneself', async () => {
    await render();

    const theoMenu = await rowMenu(2);
    await theoMenu.open();
    expect(await Promise.all((await theoMenu.getItems()).map((item) => item.getText()))).toEqual([
      'Edit',
      'Re-activate',
      'Reset password',
      'Reset two-factor',
    ]);
    await theoMenu.close();

    const ownMenu = await rowMenu(0);
    await ownMenu.open();
    const [deactivateSelf] = await ownMenu.getItems({ text: /Deactivate/ });
    expect(await deactivateSelf.isDisabled()).toBeTrue();
  });

  it('resets a password once confirmed', async () => {
    await render();
    await (await rowMenu(1)).clickItem({ text: /Reset password/ });

    await (await (await confirmDialog()).getHarness(MatButtonHarness.with({ text: 'Reset password' }))).click();

    await waitFor(() => dispatch.calls.count() > 1, 'the confirmation');
    expect(dispatch).toHaveBeenCalledWith(AccountsPageActions.passwordResetConfirmed({ account: tess }));
  });
});
