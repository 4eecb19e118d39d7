import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@domain/accounts/role';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { membersAdapter } from '../../network/network.feature';
import { localDateOf } from '../../shared/time/local-time';
import { OpenFollowUpsActions } from '../open-follow-ups.actions';
import { initialSessionsState, type OpenFollowUpsState } from '../sessions.feature';
import { CLIENT_ID, CONSENTING, openFollowUpWith } from '../testing/sessions-fixtures';
import { sessionsStoreWith } from '../testing/sessions-store';
import { OpenFollowUps } from './open-follow-ups';

describe('OpenFollowUps', () => {
  let fixture: ComponentFixture<OpenFollowUps>;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;
  const overdue = openFollowUpWith({ dueOn: '2020-01-01' });
  const later = openFollowUpWith({
    id: '0190a1b2-5555-7000-8000-000000000002',
    what: 'Call the GP',
    ownerKind: 'clinician',
    ownerMemberId: null,
    dueOn: localDateOf(Date.now() + 30 * 86_400_000),
  });
  const listed = (changes: Partial<OpenFollowUpsState> = {}): OpenFollowUpsState => ({
    clientId: CLIENT_ID,
    items: [overdue, later],
    status: 'loaded',
    error: null,
    markingId: null,
    markError: null,
    ...changes,
  });

  async function render(role: Role, followUps: OpenFollowUpsState = listed()): Promise<void> {
    const network = membersAdapter.setAll([CONSENTING], {
      ...membersAdapter.getInitialState(),
      clientId: CLIENT_ID,
    });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: sessionsStoreWith(role, { ...initialSessionsState, followUps }, network),
        }),
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    fixture = TestBed.createComponent(OpenFollowUps);
    fixture.componentRef.setInput('clientId', CLIENT_ID);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const host = () => fixture.nativeElement as HTMLElement;

  it('lists open follow-ups with their owner, due date and session, marking overdue ones in words', async () => {
    await render('therapist');

    // The Overview's one request brings the follow-ups: the card asks for nothing itself.
    expect(dispatch).not.toHaveBeenCalled();
    const items = Array.from(host().querySelectorAll('li'));
    expect(items.map((item) => item.classList.contains('overdue'))).toEqual([true, false]);
    expect(items[0].textContent).toContain('Owner: Jo Example');
    expect(items[0].textContent).toContain('Overdue');
    expect(items[1].textContent).toContain('Owner: Clinician');
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe(
      `/clients/${CLIENT_ID}/sessions/${overdue.sessionId}`,
    );
  });

  it('ticks a follow-up off with "Mark done"', async () => {
    await render('therapist');
    const buttons = await loader.getAllHarnesses(MatButtonHarness.with({ text: /Mark done/ }));
    expect(buttons).toHaveSize(2);

    await buttons[1].click();

    expect(dispatch).toHaveBeenCalledWith(
      OpenFollowUpsActions.markDoneClicked({
        clientId: CLIENT_ID,
        sessionId: later.sessionId,
        followUpId: later.id,
      }),
    );
  });

  it('gives a supervisor nothing to tick off', async () => {
    await render('supervisor');

    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Mark done/ }))).toEqual([]);
    expect(host().textContent).toContain('Send the plan to the sister');
  });

  it('says when nothing is open', async () => {
    await render('therapist', listed({ items: [] }));
    expect(host().textContent).toContain('No open follow-ups.');
  });

  it('retries a failed load', async () => {
    await render(
      'therapist',
      listed({
        status: 'failed',
        error: { type: 'about:blank', title: 'No connection', status: 0 },
      }),
    );

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

    expect(dispatch).toHaveBeenCalledWith(
      OpenFollowUpsActions.retryClicked({ clientId: CLIENT_ID }),
    );
  });
});
