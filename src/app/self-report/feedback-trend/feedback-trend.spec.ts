import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { FeedbackTrendActions } from '../family-feedback.actions';
import { initialSessionFeedbackState, type SessionFeedbackState } from '../session-feedback.feature';
import { CLIENT_ID, SESSION_ID } from '../testing/self-report-fixtures';
import { FeedbackTrend } from './feedback-trend';

describe('FeedbackTrend', () => {
  let fixture: ComponentFixture<FeedbackTrend>;
  let dispatch: jasmine.Spy;

  async function render(state: Partial<SessionFeedbackState>): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideMockStore({ initialState: { sessionFeedback: { ...initialSessionFeedbackState, trendClientId: CLIENT_ID, ...state } } })] });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    fixture = TestBed.createComponent(FeedbackTrend);
    fixture.componentRef.setInput('clientId', CLIENT_ID);
    await fixture.whenStable();
  }

  const host = () => fixture.nativeElement as HTMLElement;

  it('asks for the client’s trend and shows one row of averages per session', async () => {
    await render({
      trendStatus: 'loaded',
      trend: [{ sessionId: SESSION_ID, startsAt: '2026-11-24T14:00:00.000Z', listened: 4.5, understoodNextSteps: 4, useful: 3.667, answers: 2 }],
    });
    expect(dispatch).toHaveBeenCalledWith(FeedbackTrendActions.opened({ clientId: CLIENT_ID }));
    const cells = Array.from(host().querySelectorAll('tbody tr:first-child > *')).map((cell) => cell.textContent!.trim());
    expect(cells).toEqual(['Nov 24, 2026', '4.5', '4.0', '3.7', '2']);
    expect(host().querySelector('caption')?.textContent).toContain('I felt listened to');
  });

  it('says so when there is no feedback yet, or it failed to load', async () => {
    await render({ trendStatus: 'loaded', trend: [] });
    expect(host().textContent).toContain('No family feedback yet');

    TestBed.inject(MockStore).setState({ sessionFeedback: { ...initialSessionFeedbackState, trendClientId: CLIENT_ID, trendStatus: 'failed' } });
    await fixture.whenStable();
    expect(host().querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');
  });
});
