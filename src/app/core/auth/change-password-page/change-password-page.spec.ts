import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../../testing/auth-fixtures';
import { ChangePasswordPageActions } from '../change-password-page.actions';
import ChangePasswordPage from './change-password-page';

describe('ChangePasswordPage', () => {
  let fixture: ComponentFixture<ChangePasswordPage>;
  let store: MockStore;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  const mustChange = signedInState(sessionInfoFor('therapist', { mustChangePassword: true }));

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore({ initialState: mustChange })] });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(ChangePasswordPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const fill = async (label: string, value: string) => (await (await field(label)).getControl(MatInputHarness))!.setValue(value);
  const submit = async () => (await loader.getHarness(MatButtonHarness.with({ text: 'Change password' }))).click();

  it('submits the current and new password (not the confirmation)', async () => {
    await fill('Current password', 'temporary pass 1');
    await fill('New password', 'river lantern orchard');
    await fill('Confirm new password', 'river lantern orchard');

    await submit();

    expect(dispatch).toHaveBeenCalledWith(
      ChangePasswordPageActions.submitted({
        request: { currentPassword: 'temporary pass 1', newPassword: 'river lantern orchard' },
      }),
    );
  });

  it('states the whole password rule under the field, common and personal passwords included', async () => {
    const hints = await (await field('New password')).getTextHints();
    expect(hints).toEqual([
      'At least 12 characters. Not a common password, and not containing your email, your name or "CareCircle". A few unrelated words make a strong one.',
    ]);
  });

  it('checks the password policy and the confirmation before sending anything', async () => {
    dispatch.calls.reset();
    await fill('Current password', 'temporary pass 1');
    await fill('New password', 'too short');
    await fill('Confirm new password', 'something else');

    await submit();

    expect(await (await field('New password')).getTextErrors()).toEqual(['Must be at least 12 characters.']);
    expect(await (await field('Confirm new password')).getTextErrors()).toEqual(['Must match the new password.']);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('shows the server’s field errors on the fields', async () => {
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      errors: [{ field: 'currentPassword', message: 'Current password is incorrect.' }],
    };
    await fill('Current password', 'wrong password');

    store.setState({ auth: { ...mustChange.auth, passwordChangeError: problem } });
    await fixture.whenStable();

    expect(await (await field('Current password')).getTextErrors()).toEqual(['Current password is incorrect.']);
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')).toBeNull();
  });

  it('shows a problem that is not about a field above the form, and moves focus to it', async () => {
    const problem: ProblemDocument = { type: 'about:blank', title: 'Service unavailable', status: 503, detail: 'The server could not be reached. Try again.' };
    await fill('Current password', 'correct horse battery');

    store.setState({ auth: { ...mustChange.auth, passwordChangeError: problem } });
    await fixture.whenStable();

    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).toBe('The server could not be reached. Try again.');
    expect(document.activeElement).toBe(alert);
  });

  it('offers to sign out instead while the password must be changed', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Sign out' }))).click();

    expect(dispatch).toHaveBeenCalledWith(ChangePasswordPageActions.signOutClicked());
  });
});
