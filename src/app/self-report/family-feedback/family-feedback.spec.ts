import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { SessionAttendee } from '@domain/sessions/family-session';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { waitFor } from '../../../testing/wait-for';
import { FamilyFeedbackActions } from '../family-feedback.actions';
import { initialSessionFeedbackState, type SessionFeedbackState } from '../session-feedback.feature';
import { CLIENT_ID, feedbackWith, issuedWith, MEMBER_IDS, requestNumber, SESSION_ID } from '../testing/self-report-fixtures';
import { FamilyFeedback } from './family-feedback';

describe('FamilyFeedback', () => {
  let fixture: ComponentFixture<FamilyFeedback>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  const attendees: SessionAttendee[] = [
    { kind: 'member', id: MEMBER_IDS[0], name: 'Ana Rivera', attendance: 'attended' },
    { kind: 'member', id: MEMBER_IDS[1], name: 'Ben Okafor', attendance: 'late' },
    { kind: 'member', id: MEMBER_IDS[2], name: 'Chloe Martin', attendance: 'absent' },
    { kind: 'clinician', id: '0190a1b2-0000-7000-8000-000000000010', name: 'Dr Co', attendance: 'attended' },
  ];
  const loaded: Partial<SessionFeedbackState> = { clientId: CLIENT_ID, sessionId: SESSION_ID, loadStatus: 'loaded' };

  async function render(state: Partial<SessionFeedbackState> = loaded, canWrite = true): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: { ...signedInState(sessionInfoFor('therapist')), sessionFeedback: { ...initialSessionFeedbackState, ...state } } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(FamilyFeedback);
    fixture.componentRef.setInput('clientId', CLIENT_ID);
    fixture.componentRef.setInput('sessionId', SESSION_ID);
    fixture.componentRef.setInput('attendees', attendees);
    fixture.componentRef.setInput('canWrite', canWrite);
    await fixture.whenStable();
    loader = TestbedHarnessEnvironment.loader(fixture);
  }

  const host = () => fixture.nativeElement as HTMLElement;
  const text = () => host().textContent!.replace(/\s+/g, ' ');
  const setState = async (changes: Partial<SessionFeedbackState>) => {
    store.setState({ ...signedInState(sessionInfoFor('therapist')), sessionFeedback: { ...initialSessionFeedbackState, ...loaded, ...changes } });
    await fixture.whenStable();
  };

  it('offers the network members who attended, not absentees or clinicians', async () => {
    await render();
    const labels = await Promise.all((await loader.getAllHarnesses(MatCheckboxHarness)).map((box) => box.getLabelText()));
    expect(labels).toEqual(['Ana Rivera', 'Ben Okafor']);
    expect(dispatch).toHaveBeenCalledWith(FamilyFeedbackActions.opened({ clientId: CLIENT_ID, sessionId: SESSION_ID }));
  });

  it('needs someone chosen, then sends to the chosen attendees in their order', async () => {
    await render();
    const send = await loader.getHarness(MatButtonHarness.with({ text: /Send feedback form/ }));
    await send.click();
    expect(text()).toContain('Choose at least one attendee.');
    expect(dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: FamilyFeedbackActions.sendSubmitted.type }));

    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Ben Okafor' }))).check();
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Ana Rivera' }))).check();
    await send.click();
    expect(dispatch).toHaveBeenCalledWith(
      FamilyFeedbackActions.sendSubmitted({ clientId: CLIENT_ID, sessionId: SESSION_ID, memberIds: [MEMBER_IDS[0], MEMBER_IDS[1]] }),
    );
  });

  it('shows the reason beside each attendee the server refused, and moves focus there', async () => {
    await render();
    await setState({ sendStatus: 'failed', refused: { [MEMBER_IDS[1]]: 'Ben Okafor has no granted, current consent' } });

    const members = Array.from(host().querySelectorAll('.member'));
    expect(members[0].querySelector('.reason')).toBeNull();
    const reason = members[1].querySelector('.reason')!;
    expect(reason.textContent).toContain('Ben Okafor has no granted, current consent');
    // The checkbox is described by its reason, so a screen reader reads both together.
    const input = members[1].querySelector('input')!;
    expect(input.getAttribute('aria-describedby')).toContain(reason.id);
    await waitFor(() => document.activeElement === input, 'focus on the refused attendee');
  });

  it('lists the answers per attendee, the comment marked for clinicians only', async () => {
    await render({ ...loaded, items: [feedbackWith(0, { comment: 'Helpful, thank you.' })] });
    expect(text()).toContain('Ana Rivera');
    const pairs = Array.from(host().querySelectorAll('.answer .score')).map((pair) => [
      pair.querySelector('dt')!.textContent!.trim(),
      pair.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]);
    expect(pairs).toEqual([
      ['I felt listened to', '5 of 5'],
      ['I understand what we agreed to do next', '4 of 5'],
      ['The session was useful for our family', '3 of 5'],
      ['Comment (visible to clinicians only)', 'Helpful, thank you.'],
    ]);
  });

  it('gives a waiting link that was lost a new one, and says the earlier one no longer works', async () => {
    const feedbackRequest = (index: number, state: 'waiting' | 'answered', memberId: string) =>
      requestNumber(index, { kind: 'session-feedback', instruments: [], sessionId: SESSION_ID, memberId, state, respondentLabel: 'Ana Rivera' });
    const waiting = feedbackRequest(4, 'waiting', MEMBER_IDS[0]);
    await render({ ...loaded, requests: [waiting, feedbackRequest(5, 'answered', MEMBER_IDS[1])] });
    const buttons = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'New link' }));
    expect(buttons.length).toBe(1);
    expect(await (await buttons[0].host()).getAttribute('aria-label')).toBe('New link for Ana Rivera: the old link stops working');
    await buttons[0].click();
    expect(dispatch).toHaveBeenCalledWith(FamilyFeedbackActions.newLinkClicked({ request: waiting }));
    await setState({ requests: [waiting], issued: [{ ...issuedWith(waiting), memberId: MEMBER_IDS[0], replacedLink: true }] });
    expect(text()).toContain('A new link: the earlier one no longer works.');
  });

  it('lets a supervisor read without sending', async () => {
    await render({ ...loaded, items: [], requests: [requestNumber(4, { kind: 'session-feedback', sessionId: SESSION_ID, memberId: MEMBER_IDS[0] })] }, false);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'New link' }))).toEqual([]);
    expect(await loader.getAllHarnesses(MatCheckboxHarness)).toEqual([]);
    expect(text()).toContain('No answers yet.');
  });
});
