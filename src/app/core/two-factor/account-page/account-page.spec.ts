import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { TEN_RECOVERY_CODES, twoFactorStoreState } from '../../../../testing/two-factor-fixtures';
import { AccountPageActions } from '../account-page.actions';
import AccountPage from './account-page';

describe('AccountPage', () => {
  let fixture: ComponentFixture<AccountPage>;
  let store: MockStore;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  const enrolled = { enrolled: true, confirmedAt: '2026-11-20T10:00:00.000Z', recoveryCodesLeft: 7, required: false };

  async function render(state: object): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore({ initialState: state })] });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(AccountPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const host = () => fixture.nativeElement as HTMLElement;

  it('loads the status, showing that it is loading', async () => {
    await render(twoFactorStoreState({ statusLoad: 'loading' }));
    expect(dispatch).toHaveBeenCalledWith(AccountPageActions.opened());
    expect(host().querySelector('[role="status"]')!.textContent).toContain('Loading');
  });

  it('shows an enrolled user since when and how many recovery codes are left, and regenerates with a code', async () => {
    await render(twoFactorStoreState({ status: enrolled, statusLoad: 'loaded' }));
    expect(host().textContent).toContain('On since 20 Nov 2026.');
    expect(host().textContent).toContain('7 of 10 recovery codes left.');
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Code from the app' }));
    await (await field.getControl(MatInputHarness))!.setValue('111222');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Regenerate recovery codes' }))).click();
    expect(dispatch).toHaveBeenCalledWith(AccountPageActions.regenerateSubmitted({ code: '111222' }));
  });

  it('offers set-up when two-factor sign-in is off, and says when the clinic requires it', async () => {
    await render(twoFactorStoreState({ status: { enrolled: false, confirmedAt: null, recoveryCodesLeft: 0, required: true }, statusLoad: 'loaded' }));
    expect(host().textContent).toContain('Off.');
    expect(host().textContent).toContain('Your clinic requires two-factor sign-in');
    expect(host().querySelector('a[href="/two-factor/set-up"]')).not.toBeNull();
  });

  it('shows new recovery codes once, until they are saved', async () => {
    await render(twoFactorStoreState({ status: enrolled, statusLoad: 'loaded', recoveryCodes: TEN_RECOVERY_CODES }));
    expect(host().querySelectorAll('.codes li').length).toBe(10);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'I saved them' }))).click();
    expect(dispatch).toHaveBeenCalledWith(AccountPageActions.codesSavedClicked());
  });

  it('offers a retry when the status could not be loaded, and the notice takes focus', async () => {
    await render(twoFactorStoreState({ statusLoad: 'failed', error: { type: 'about:blank', title: 'Error', status: 500, detail: 'Something went wrong.' } }));
    await fixture.whenStable();
    expect(document.activeElement).toBe(host().querySelector('[role="alert"]'));
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    expect(dispatch).toHaveBeenCalledWith(AccountPageActions.retryClicked());
  });
});
