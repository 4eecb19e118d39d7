import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@domain/accounts/role';
import { todayIsoDate } from '@domain/common/iso-date';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { formatCalendarDate } from '../../shared/time/calendar-date';
import { NetworkTabActions } from '../network-tab.actions';
import type { NetworkState } from '../network.feature';
import {
  CLIENT_ID,
  memberNumber,
  networkStateShowing,
  storeWith,
  summaryWith,
  viewWith,
} from '../testing/network-fixtures';
import NetworkTab from './network-tab';
import { provideRouterStateInMockStore } from '../../../testing/router-state';

describe('NetworkTab', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let host: HTMLElement;
  let harness: RouterTestingHarness;
  const parent = memberNumber(1, { name: 'Maria Lopez' });
  const friend = memberNumber(2, {
    name: 'Amir Haddad',
    relationship: 'friend',
    category: 'friends',
    tieStrength: 'weak',
  });
  const ended = memberNumber(3, {
    name: 'Old friend',
    relationship: 'friend',
    category: 'friends',
    endedOn: '2026-06-30',
    endReason: 'Moved away',
  });
  const today = viewWith({
    asOf: todayIsoDate(),
    members: [parent, friend],
    endedMembers: [ended],
    summary: summaryWith({ activeMembers: 2 }),
  });

  async function render(network: Partial<NetworkState>, role: Role = 'therapist'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'clients/:id', children: [{ path: 'network', component: NetworkTab }] },
        ]),
        provideRouterStateInMockStore(),
        provideMockStore({ initialState: storeWith(signedInState(sessionInfoFor(role)), network) }),
        // The referrals panel below the network loads its own list (answered in its own spec).
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/clients/${CLIENT_ID}/network`, NetworkTab);
    host = harness.routeNativeElement!;
    loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  }

  const memberButtons = () =>
    Array.from(host.querySelectorAll('app-ecomap g.member[role="button"]'));
  const buttons = async (text: RegExp) =>
    (await loader.getAllHarnesses(MatButtonHarness.with({ text }))).length;

  it('opens the network of the client named by the parent route', async () => {
    await render(networkStateShowing(today));

    expect(dispatch).toHaveBeenCalledWith(NetworkTabActions.opened({ clientId: CLIENT_ID }));
  });

  it('draws today’s members (not the ended ones) with the summary, legend and ended relationships', async () => {
    await render(
      networkStateShowing(today, {
        client: { id: CLIENT_ID, preferredName: 'Robin', treatmentStart: '2026-01-15' },
      }),
    );

    expect(memberButtons().length).toBe(2);
    expect(
      memberButtons().map((button) => button.getAttribute('aria-label')?.split(',')[0]),
    ).toEqual(['Maria Lopez', 'Amir Haddad']);
    expect(host.querySelector('app-ecomap svg.ecomap')?.getAttribute('aria-label')).toBe(
      'Ecomap: support network of Robin, today',
    );
    expect(host.querySelector('app-network-summary-card')?.textContent).toContain('Active members');
    expect(host.querySelector('app-ecomap-legend')).not.toBeNull();
    expect(host.querySelector('app-ended-members')?.textContent).toContain('Old friend');
    expect(await buttons(/Add person/)).toBe(1);
    expect(await buttons(/Re-activate/)).toBe(1);
  });

  it('re-activates an ended relationship', async () => {
    await render(networkStateShowing(today));

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Re-activate' }))).click();

    expect(dispatch).toHaveBeenCalledWith(
      NetworkTabActions.reactivateClicked({
        clientId: CLIENT_ID,
        memberId: ended.id,
        version: ended.version,
      }),
    );
  });

  it('opens a member for editing from the drawing', async () => {
    await render(networkStateShowing(today));

    (memberButtons()[0] as SVGGElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );

    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Edit Maria Lopez');
  });

  it('hides every way of changing the network from a supervisor', async () => {
    await render(networkStateShowing(today), 'supervisor');

    expect(await buttons(/Add person/)).toBe(0);
    expect(await buttons(/Re-activate/)).toBe(0);
    (memberButtons()[0] as SVGGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(await (await loader.getHarness(MatDialogHarness)).getTitleText()).toBe('Maria Lopez');
  });

  it('shows a past date read-only, with a banner naming the date', async () => {
    const past = viewWith({ asOf: '2026-03-01', current: false, members: [parent, friend] });
    await render(networkStateShowing(past));

    expect(host.querySelector('.banner span')?.textContent?.trim()).toBe(
      'Network as it stood on Mar 1, 2026. Read-only.',
    );
    expect(host.querySelector('.header .print-only')?.textContent?.trim()).toMatch(/, as of Mar 1, 2026$/);
    expect(await buttons(/Add person/)).toBe(0);
    expect(host.querySelector('app-ended-members')).toBeNull();
    expect(await buttons(/Back to today/)).toBe(1);
  });

  it('asks for the network on the date entered, and for today again', async () => {
    await render(networkStateShowing(today));
    const asOf = host.querySelector<HTMLInputElement>('input[type="date"]')!;
    const enter = (value: string) => {
      asOf.value = value;
      asOf.dispatchEvent(new Event('input'));
      asOf.dispatchEvent(new Event('change'));
    };

    enter('2026-03-01');
    expect(dispatch).toHaveBeenCalledWith(NetworkTabActions.asOfChanged({ asOf: '2026-03-01' }));

    enter(todayIsoDate());
    expect(dispatch).toHaveBeenCalledWith(NetworkTabActions.asOfChanged({ asOf: null }));
  });

  it('invites a therapist to add the first person to an empty network', async () => {
    await render(
      networkStateShowing(viewWith({ members: [], summary: summaryWith({ activeMembers: 0 }) })),
    );

    expect(host.querySelector('app-empty-state')?.textContent).toContain(
      'No one in the support network yet',
    );
    expect(await buttons(/Add the first person/)).toBe(1);
    expect(memberButtons().length).toBe(0);
  });

  it('shows the table of the same facts on request', async () => {
    await render(networkStateShowing(today));
    const table = () => host.querySelector('app-network-table')!;
    expect(table().classList).toContain('screen-hidden');

    await (
      await loader.getHarness(MatSlideToggleHarness.with({ label: 'Show as table' }))
    ).toggle();

    expect(table().classList).not.toContain('screen-hidden');
  });

  it('compares the network at treatment start with today’s, marking and listing what changed', async () => {
    const start = viewWith({
      asOf: '2026-01-15',
      current: false,
      members: [parent],
      summary: summaryWith({ activeMembers: 1 }),
    });
    await render(networkStateShowing(today));

    await (
      await loader.getHarness(MatSlideToggleHarness.with({ label: 'Compare two dates' }))
    ).toggle();
    expect(dispatch).toHaveBeenCalledWith(NetworkTabActions.compareToggled({ compare: true }));

    store.setState(
      storeWith(
        signedInState(sessionInfoFor('therapist')),
        networkStateShowing(today, {
          compare: true,
          comparisonStatus: 'loaded',
          comparison: { treatmentStart: '2026-01-15', earlier: start, later: today },
        }),
      ),
    );
    await harness.fixture.whenStable();

    expect(
      Array.from(host.querySelectorAll('.side-heading')).map((heading) =>
        heading.textContent?.trim(),
      ),
    ).toEqual(['At treatment start, Jan 15, 2026', `Today, ${formatCalendarDate(today.asOf)}`]);
    // On paper the line under the heading names the two dates, not "today" alone.
    expect(host.querySelector('.header .print-only')?.textContent?.trim()).toMatch(
      new RegExp(`, Jan 15, 2026 compared with today \\(${formatCalendarDate(today.asOf)}\\)$`),
    );
    expect(host.querySelectorAll('app-ecomap').length).toBe(2);
    expect(host.querySelectorAll('app-network-summary-card').length).toBe(2);
    const differences = Array.from(host.querySelectorAll('.difference')).map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(differences).toEqual([jasmine.stringContaining('Amir Haddad: added')]);
    // The friend added since treatment start carries the "added" badge on today's drawing only.
    expect(Array.from(host.querySelectorAll('app-ecomap .mark')).map((mark) => mark.getAttribute('data-mark'))).toEqual(['added']);
  });

  it('offers a retry when the network cannot be loaded', async () => {
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'No connection',
      status: 0,
      detail: 'CareCircle could not reach the server.',
    };
    await render({ clientId: CLIENT_ID, loadStatus: 'failed', loadError: problem });

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'CareCircle could not reach the server.',
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

    expect(dispatch).toHaveBeenCalledWith(NetworkTabActions.retryClicked());
  });
});
