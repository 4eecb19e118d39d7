import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { TEN_RECOVERY_CODES, twoFactorStoreState } from '../../../../testing/two-factor-fixtures';
import { EnrolmentPageActions } from '../enrolment-page.actions';
import EnrolmentPage from './enrolment-page';

describe('EnrolmentPage', () => {
  let fixture: ComponentFixture<EnrolmentPage>;
  let store: MockStore;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  const enrolment = {
    otpauthUri: 'otpauth://totp/CareCircle:tess%40clinic.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=CareCircle',
    keyText: 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
  };

  async function render(state: object): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore({ initialState: state })] });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(EnrolmentPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const host = () => fixture.nativeElement as HTMLElement;

  it('asks the server for a key when opened, and says it is preparing one', async () => {
    await render(twoFactorStoreState({ enrolmentLoad: 'loading' }, 'enrolment'));
    expect(dispatch).toHaveBeenCalledWith(EnrolmentPageActions.opened());
    expect(host().querySelector('[role="status"]')!.textContent).toContain('Preparing your key');
  });

  it('shows the QR code drawn here and the key as text, and sends the confirming code', async () => {
    await render(twoFactorStoreState({ enrolment, enrolmentLoad: 'loaded' }, 'enrolment'));
    const qr = host().querySelector('app-qr-code svg')!;
    expect(qr.getAttribute('aria-label')).toBe('QR code that adds CareCircle to your authenticator app');
    expect(host().querySelector('img')).toBeNull();
    expect(host().querySelector('.key')!.textContent).toContain(enrolment.keyText);
    expect(host().textContent).toContain('Your clinic requires two-factor sign-in');
    const input = host().querySelector('input')!;
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');

    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Code from the app' }));
    await (await field.getControl(MatInputHarness))!.setValue('654321');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Turn on' }))).click();
    expect(dispatch).toHaveBeenCalledWith(EnrolmentPageActions.codeSubmitted({ code: '654321' }));
  });

  it('offers sign-out while enrolment is required, and cancel when it is a choice', async () => {
    await render(twoFactorStoreState({ enrolment, enrolmentLoad: 'loaded' }, 'enrolment'));
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Sign out' }))).toHaveSize(1);
    store.setState(twoFactorStoreState({ enrolment, enrolmentLoad: 'loaded' }, null));
    await fixture.whenStable();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Sign out' }))).toHaveSize(0);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Cancel' }))).toHaveSize(1);
  });

  it('offers a retry when the key could not be made', async () => {
    await render(
      twoFactorStoreState({ enrolmentLoad: 'failed', error: { type: 'about:blank', title: 'Error', status: 500, detail: 'Something went wrong.' } }, 'enrolment'),
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    expect(dispatch).toHaveBeenCalledWith(EnrolmentPageActions.retryClicked());
  });

  it('shows the recovery codes once confirmed, and goes on when they are saved', async () => {
    await render(twoFactorStoreState({ recoveryCodes: TEN_RECOVERY_CODES }, null));
    expect(host().querySelectorAll('.codes li').length).toBe(10);
    expect(host().querySelector('app-qr-code')).toBeNull();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'I saved them' }))).click();
    expect(dispatch).toHaveBeenCalledWith(EnrolmentPageActions.codesSavedClicked());
  });
});
