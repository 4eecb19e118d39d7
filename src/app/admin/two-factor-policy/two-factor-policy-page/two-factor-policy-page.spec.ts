import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { TwoFactorPolicyPageActions } from '../two-factor-policy-page.actions';
import { initialTwoFactorPolicyState, type TwoFactorPolicyState } from '../two-factor-policy.feature';
import TwoFactorPolicyPage from './two-factor-policy-page';

describe('TwoFactorPolicyPage', () => {
  let fixture: ComponentFixture<TwoFactorPolicyPage>;
  let store: MockStore;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  const loaded = (changes: Partial<TwoFactorPolicyState> = {}) => ({
    twoFactorPolicy: { ...initialTwoFactorPolicyState, policy: { requiredFor: 'none', roles: [], version: 3 }, loadStatus: 'loaded', ...changes },
  });

  async function render(state: object): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore({ initialState: state })] });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(TwoFactorPolicyPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const host = () => fixture.nativeElement as HTMLElement;
  const save = async () => (await loader.getHarness(MatButtonHarness.with({ text: 'Save policy' }))).click();

  it('loads the policy when opened', async () => {
    await render({ twoFactorPolicy: { ...initialTwoFactorPolicyState, loadStatus: 'loading' } });
    expect(dispatch).toHaveBeenCalledWith(TwoFactorPolicyPageActions.opened());
    expect(host().querySelector('[role="status"]')!.textContent).toContain('Loading the policy');
  });

  it('requires chosen roles, sending the version it was based on', async () => {
    await render(loaded());
    await (await loader.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: 'Chosen roles' });
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Therapist' }))).check();
    await save();
    expect(dispatch).toHaveBeenCalledWith(
      TwoFactorPolicyPageActions.saveClicked({ request: { requiredFor: 'roles', roles: ['therapist'], version: 3 } }),
    );
  });

  it('refuses chosen roles without a role, saying why, before sending anything', async () => {
    await render(loaded());
    dispatch.calls.reset();
    await (await loader.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: 'Chosen roles' });
    await save();
    await fixture.whenStable();
    const alert = host().querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('Choose at least one role.');
    expect(document.activeElement).toBe(alert);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('shows the current policy after a conflict and says so', async () => {
    await render(loaded());
    store.setState(
      loaded({
        policy: { requiredFor: 'all', roles: [], version: 4 },
        saveStatus: 'failed',
        error: { type: 'about:blank', title: 'Changed by someone else', status: 409 },
      }),
    );
    await fixture.whenStable();
    expect(host().querySelector('[role="alert"]')!.textContent).toContain('Someone else changed the policy');
    expect(await (await loader.getHarness(MatRadioGroupHarness)).getCheckedValue()).toBe('all');
  });
});
