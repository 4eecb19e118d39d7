import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@domain/accounts/role';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { selectRouteClientId } from '../../shared/router/route-params.selectors';
import { ClientGroupsTabActions } from '../client-groups-tab.actions';
import { initialGroupsState } from '../groups.feature';
import ClientGroupsTab from './client-groups-tab';

const CLIENT_ID = '01900000-0000-7000-8000-0000000000c1';

describe('ClientGroupsTab', () => {
  // An overridden selector is shared by every spec: hand it back, or the next spec reads this client.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  async function render(role: Role): Promise<{ host: HTMLElement; dispatch: jasmine.Spy }> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: { ...signedInState(sessionInfoFor(role)), groups: { ...initialGroupsState, clientId: CLIENT_ID, clientGroupsStatus: 'loaded' } } })],
    });
    const store = TestBed.inject(MockStore);
    store.overrideSelector(selectRouteClientId, CLIENT_ID);
    const dispatch = spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(ClientGroupsTab);
    await fixture.whenStable();
    return { host: fixture.nativeElement as HTMLElement, dispatch };
  }

  it('sends the therapist to the one referral form (with consent) on the support network, with no second way to refer here', async () => {
    const { host, dispatch } = await render('therapist');
    const link = [...host.querySelectorAll('a')].find((a) => a.textContent?.includes('Refer to a group or programme'));
    expect(link?.getAttribute('href')).toBe(`/clients/${CLIENT_ID}/network#refer`);
    expect(host.querySelector('mat-select')).toBeNull();
    expect([...host.querySelectorAll('button')].some((button) => button.textContent?.trim() === 'Refer')).toBeFalse();
    expect(dispatch).toHaveBeenCalledWith(ClientGroupsTabActions.opened({ clientId: CLIENT_ID }));
  });

  it('gives a supervisor no referral link (they read)', async () => {
    const { host } = await render('supervisor');
    expect(host.textContent).not.toContain('Refer to a group or programme');
    expect(host.textContent).toContain('No groups yet');
  });
});
