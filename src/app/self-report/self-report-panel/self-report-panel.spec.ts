import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import type { Role } from '@domain/accounts/role';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { waitFor } from '../../../testing/wait-for';
import { SelfReportPanelActions } from '../self-report-panel.actions';
import { CONFLICT_MESSAGE, initialSelfReportState, selfReportAdapter, type SelfReportState } from '../self-report.feature';
import { LinkDialogActions } from '../send-dialog.actions';
import { CLIENT_ID, issuedWith, requestNumber } from '../testing/self-report-fixtures';
import { SelfReportPanel } from './self-report-panel';

describe('SelfReportPanel', () => {
  let fixture: ComponentFixture<SelfReportPanel>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  const waiting = requestNumber(3, { instruments: ['mspss', 'lsns-6'] });
  const answered = requestNumber(2, { state: 'answered', answeredAt: '2026-03-04T09:00:00.000Z' });
  const withRequests = (changes: Partial<SelfReportState> = {}): SelfReportState =>
    selfReportAdapter.setAll([waiting, answered], { ...initialSelfReportState, clientId: CLIENT_ID, loadStatus: 'loaded', ...changes });

  async function render(state: SelfReportState, role: Role = 'therapist'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { ...signedInState(sessionInfoFor(role)), selfReport: state } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(SelfReportPanel);
    fixture.componentRef.setInput('clientId', CLIENT_ID);
    await fixture.whenStable();
    loader = TestbedHarnessEnvironment.loader(fixture);
  }

  const host = () => fixture.nativeElement as HTMLElement;
  const text = () => host().textContent!.replace(/\s+/g, ' ');

  it('opens the client’s requests and lists each with its state and dates', async () => {
    await render(withRequests());
    expect(dispatch).toHaveBeenCalledWith(SelfReportPanelActions.opened({ clientId: CLIENT_ID }));
    const items = Array.from(host().querySelectorAll('li.request')).map((item) => ({ textContent: item.textContent!.replace(/\s+/g, ' ') }));
    expect(items.length).toBe(2);
    expect(items[0].textContent).toContain('MSPSS, LSNS-6');
    expect(items[0].textContent).toContain('Waiting');
    expect(items[0].textContent).toMatch(/Sent Mar 3, 2026 · expires Apr 3, 2026/);
    expect(items[1].textContent).toContain('Answered');
    expect(items[1].textContent).toMatch(/answered Mar 4, 2026/);
  });

  it('withdraws or sends again a waiting request; an answered one has nothing to do', async () => {
    await render(withRequests());
    const withdraw = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Withdraw' }));
    expect(withdraw.length).toBe(1);
    await withdraw[0].click();
    expect(dispatch).toHaveBeenCalledWith(SelfReportPanelActions.withdrawClicked({ request: waiting }));
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Send again' }))).click();
    expect(dispatch).toHaveBeenCalledWith(SelfReportPanelActions.sendAgainClicked({ request: waiting }));
  });

  it('shows a due repeat with Create link (and email when the series was emailed and SMTP is on), a scheduled one with its date', async () => {
    const due = requestNumber(5, { state: 'due', linkIssuedAt: null, dueAt: '2026-03-20T10:00:00.000Z', repeatEveryWeeks: 2, emailOnFile: true });
    const scheduled = requestNumber(6, { state: 'scheduled', linkIssuedAt: null, dueAt: '2026-04-03T10:00:00.000Z', repeatEveryWeeks: 2 });
    await render(selfReportAdapter.setAll([scheduled, due, waiting], { ...initialSelfReportState, clientId: CLIENT_ID, loadStatus: 'loaded' }));
    expect(text()).toContain('One repeat is due: create the link');
    const items = Array.from(host().querySelectorAll('li.request')).map((item) => item.textContent!.replace(/\s+/g, ' '));
    expect(items[0]).toContain('Scheduled');
    expect(items[0]).toContain('Repeat due Apr 3, 2026');
    expect(items[1]).toContain('Due: link needed');
    expect(items[1]).toContain('Repeat due since Mar 20, 2026 · no link yet');
    // Email is on offer only when the server can send it (not in this session).
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Create and email' }))).toEqual([]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create link' }))).click();
    expect(dispatch).toHaveBeenCalledWith(SelfReportPanelActions.createLinkClicked({ request: due, email: false }));
    // A waiting request whose link was lost gets a new one; the button says the old one stops working.
    const newLink = await loader.getHarness(MatButtonHarness.with({ text: 'New link' }));
    expect(await (await newLink.host()).getAttribute('aria-label')).toContain('the old link stops working');
    await newLink.click();
    expect(dispatch).toHaveBeenCalledWith(SelfReportPanelActions.createLinkClicked({ request: waiting, email: false }));
    // Scheduled and due repeats can be stopped; neither can be sent again.
    expect((await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Stop repeats' }))).length).toBe(2);
    expect((await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Send again' }))).length).toBe(1);
  });

  it('offers to email the new link when SMTP is on and the series was emailed', async () => {
    const due = requestNumber(5, { state: 'due', linkIssuedAt: null, dueAt: '2026-03-20T10:00:00.000Z', emailOnFile: true });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { ...signedInState({ ...sessionInfoFor('therapist'), clinic: { selfReportEmail: true } }), selfReport: selfReportAdapter.setAll([due], { ...initialSelfReportState, clientId: CLIENT_ID, loadStatus: 'loaded' }) } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(SelfReportPanel);
    fixture.componentRef.setInput('clientId', CLIENT_ID);
    await fixture.whenStable();
    loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create and email' }))).click();
    expect(dispatch).toHaveBeenCalledWith(SelfReportPanelActions.createLinkClicked({ request: due, email: true }));
  });

  it('moves focus to a conflict notice', async () => {
    await render(withRequests());
    store.setState({ ...signedInState(sessionInfoFor('therapist')), selfReport: withRequests({ notice: { kind: 'conflict', message: CONFLICT_MESSAGE } }) });
    await fixture.whenStable();
    const notice = host().querySelector<HTMLElement>('[role="alert"]')!;
    expect(notice.textContent).toContain(CONFLICT_MESSAGE);
    await waitFor(() => document.activeElement === notice, 'focus on the conflict notice');
  });

  it('opens the link dialog for a request just issued and forgets the link when it closes', async () => {
    await render(withRequests());
    store.setState({ ...signedInState(sessionInfoFor('therapist')), selfReport: withRequests({ issued: issuedWith(waiting) }) });
    await fixture.whenStable();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    await dialog.close();
    await waitFor(() => dispatch.calls.allArgs().some(([action]) => action.type === LinkDialogActions.closed.type), 'the link dialog to close');
  });

  it('shows loading, empty and error states; supervisors read only', async () => {
    await render({ ...initialSelfReportState, clientId: CLIENT_ID, loadStatus: 'loaded' }, 'supervisor');
    expect(text()).toContain('Nothing sent yet');
    store.setState({ ...signedInState(sessionInfoFor('supervisor')), selfReport: selfReportAdapter.setAll([requestNumber(5, { state: 'due', linkIssuedAt: null })], { ...initialSelfReportState, clientId: CLIENT_ID, loadStatus: 'loaded' }) });
    await fixture.whenStable();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Create link' }))).toEqual([]);
    expect(text()).not.toContain('create the link');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Send to client/ }))).toEqual([]);

    store.setState({ ...signedInState(sessionInfoFor('supervisor')), selfReport: { ...initialSelfReportState, clientId: CLIENT_ID, loadStatus: 'failed', loadError: { type: 'about:blank', title: 'Oops', status: 500, detail: 'Try again.' } } });
    await fixture.whenStable();
    expect(text()).toContain('Try again.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();
    expect(dispatch).toHaveBeenCalledWith(SelfReportPanelActions.retryClicked());
  });
});
