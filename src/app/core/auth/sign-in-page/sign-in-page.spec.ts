import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { authStateWith } from '../../../../testing/auth-fixtures';
import type { AuthState } from '../auth.feature';
import { SignInPageActions } from '../sign-in-page.actions';
import SignInPage from './sign-in-page';

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let store: MockStore;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;

  async function render(state: Partial<AuthState> = {}, reason?: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideMockStore({ initialState: authStateWith({ status: 'signed-out', ...state }) })],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(SignInPage);
    if (reason !== undefined) {
      fixture.componentRef.setInput('reason', reason);
    }
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string) => (await field(label)).getControl(MatInputHarness);
  const signInButton = () => loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }));
  const text = (selector: string) => (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim();

  it('announces that it opened', async () => {
    await render();

    expect(dispatch).toHaveBeenCalledWith(SignInPageActions.opened());
  });

  it('submits the email and password, the email normalised as the server expects', async () => {
    await render();
    await (await input('Email'))!.setValue('  Therapist@Clinic.Example ');
    await (await input('Password'))!.setValue('correct horse battery');

    await (await signInButton()).click();

    expect(dispatch).toHaveBeenCalledWith(
      SignInPageActions.submitted({ request: { email: 'therapist@clinic.example', password: 'correct horse battery' } }),
    );
  });

  it('shows the field errors of invalid input and dispatches nothing', async () => {
    await render();
    dispatch.calls.reset();
    await (await input('Email'))!.setValue('not-an-email');

    await (await signInButton()).click();

    expect(await (await field('Email')).getTextErrors()).toEqual(['Enter an email address like name@clinic.org.']);
    expect(await (await field('Password')).getTextErrors()).toEqual(['Required.']);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('moves focus to the first field with an error', async () => {
    await render();
    await (await input('Email'))!.setValue('therapist@clinic.example');

    await (await signInButton()).click();
    await fixture.whenStable();

    expect(await (await input('Password'))!.isFocused()).toBeTrue();
  });

  it('shows the server’s reason for a failed sign-in in an alert', async () => {
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Sign-in failed',
      status: 401,
      detail: 'Email or password is incorrect.',
    };
    await render({ signInError: problem });

    expect(text('[role="alert"]')).toBe('Email or password is incorrect.');
  });

  it('moves focus to the reason when a sign-in fails, so it is read out before anyone types on', async () => {
    await render();
    (await (await input('Password'))!.focus());

    store.setState(authStateWith({ status: 'signed-out', signInError: { type: 'about:blank', title: 'Sign-in failed', status: 401, detail: 'Email or password is incorrect.' } }));
    await fixture.whenStable();

    expect(document.activeElement).toBe((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]'));
  });

  it('says how long to wait after too many attempts', async () => {
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Too many sign-in attempts',
      status: 429,
      detail: 'Too many failed sign-ins.',
    };
    await render({ signInError: problem, signInRetryAfterSeconds: 600 });

    expect(text('[role="alert"]')).toContain('Too many failed sign-ins.');
    expect(text('[role="alert"]')).toContain('You can try again in 10 minutes.');
  });

  it('explains why the user is back on the sign-in page after the session ended', async () => {
    await render({}, 'expired');

    expect(text('[role="status"]')).toBe('Your session ended. Sign in again to continue.');
  });

  it('shows the sign-in in progress and ignores further submits', async () => {
    await render({ signInStatus: 'submitting' });
    dispatch.calls.reset();
    await (await input('Email'))!.setValue('therapist@clinic.example');
    await (await input('Password'))!.setValue('correct horse battery');

    const button = await signInButton();
    await button.click();

    expect(await (await button.host()).getAttribute('aria-disabled')).toBe('true');
    expect(dispatch).not.toHaveBeenCalled();
  });
});
