import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { twoFactorStoreState } from '../../../../testing/two-factor-fixtures';
import { TwoFactorCodePageActions } from '../two-factor-code-page.actions';
import TwoFactorCodePage from './two-factor-code-page';

describe('TwoFactorCodePage', () => {
  let fixture: ComponentFixture<TwoFactorCodePage>;
  let store: MockStore;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  const owed = twoFactorStoreState({}, 'second-factor');

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore({ initialState: owed })] });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(TwoFactorCodePage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  const host = () => fixture.nativeElement as HTMLElement;
  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const fill = async (label: string, value: string) => (await (await field(label)).getControl(MatInputHarness))!.setValue(value);
  const click = async (text: string | RegExp) => (await loader.getHarness(MatButtonHarness.with({ text }))).click();

  it('asks for one code, as a one-time code on a numeric keypad', async () => {
    const input = host().querySelector('input')!;
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(host().querySelectorAll('input').length).toBe(1);
    expect(dispatch).toHaveBeenCalledWith(TwoFactorCodePageActions.opened());
  });

  it('sends the authenticator code without the space some apps show', async () => {
    await fill('Authenticator code', '123 456');
    await click('Verify');
    expect(dispatch).toHaveBeenCalledWith(TwoFactorCodePageActions.submitted({ request: { code: '123456' } }));
  });

  it('refuses a code that is not six digits before sending anything', async () => {
    dispatch.calls.reset();
    await fill('Authenticator code', '12ab');
    await click('Verify');
    expect(await (await field('Authenticator code')).getTextErrors()).toEqual(['Enter the 6-digit code from your authenticator app.']);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('switches to a recovery code and back', async () => {
    await click('Use a recovery code');
    await fill('Recovery code', 'abcde-fgh23');
    await click('Verify');
    expect(dispatch).toHaveBeenCalledWith(TwoFactorCodePageActions.submitted({ request: { recoveryCode: 'ABCDEFGH23' } }));
    expect(host().querySelector('input')!.getAttribute('autocomplete')).toBe('off');

    await click('Use your authenticator app instead');
    expect(await (await field('Authenticator code')).getLabel()).toBe('Authenticator code');
  });

  it('moves focus to a refusal so it is read out', async () => {
    store.setState(
      twoFactorStoreState(
        { error: { type: 'about:blank', title: 'Invalid request', status: 400, errors: [{ field: 'code', message: 'That code is not right, or it was already used.' }] } },
        'second-factor',
      ),
    );
    await fixture.whenStable();
    const alert = host().querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('That code is not right, or it was already used.');
    expect(document.activeElement).toBe(alert);
  });

  it('says how long to wait when sign-in is paused', async () => {
    store.setState(
      twoFactorStoreState({ error: { type: 'about:blank', title: 'Too many attempts', status: 429, detail: 'Too many wrong codes.' }, retryAfterSeconds: 600 }, 'second-factor'),
    );
    await fixture.whenStable();
    expect(host().querySelector('[role="alert"]')!.textContent).toContain('You can try again in 10 minutes.');
  });

  it('offers to sign out', async () => {
    await click('Sign out');
    expect(dispatch).toHaveBeenCalledWith(TwoFactorCodePageActions.signOutClicked());
  });
});
