import { FamilyFeedbackActions, FeedbackTrendActions } from './family-feedback.actions';
import { SessionFeedbackApiActions } from './session-feedback-api.actions';
import { initialSessionFeedbackState, refusedMembers, sessionFeedbackFeature } from './session-feedback.feature';
import { CLIENT_ID, feedbackWith, issuedWith, MEMBER_IDS, problemWith, requestNumber, SESSION_ID } from './testing/self-report-fixtures';

describe('sessionFeedbackFeature', () => {
  const { reducer } = sessionFeedbackFeature;
  const opened = reducer(initialSessionFeedbackState, FamilyFeedbackActions.opened({ clientId: CLIENT_ID, sessionId: SESSION_ID }));
  const memberIds = [MEMBER_IDS[0], MEMBER_IDS[1], MEMBER_IDS[2]];

  it('names each refused attendee by the index the server gave', () => {
    const problem = problemWith(422, {
      errors: [
        { field: 'memberIds.1', message: 'Ben Okafor has no granted, current consent' },
        { field: 'memberIds.2', message: 'Chloe Martin has no granted, current consent' },
        { field: 'memberIds.7', message: 'Out of range' },
        { field: 'expiresInDays', message: 'At most 30 days.' },
      ],
    });
    expect(refusedMembers(memberIds, problem)).toEqual({
      [MEMBER_IDS[1]]: 'Ben Okafor has no granted, current consent',
      [MEMBER_IDS[2]]: 'Chloe Martin has no granted, current consent',
    });
  });

  it('shows refusals beside the attendees, and a failure that names nobody as a whole', () => {
    const sending = reducer(opened, FamilyFeedbackActions.sendSubmitted({ clientId: CLIENT_ID, sessionId: SESSION_ID, memberIds }));
    const refused = reducer(
      sending,
      SessionFeedbackApiActions.feedbackSendFailed({ sessionId: SESSION_ID, memberIds, problem: problemWith(422, { errors: [{ field: 'memberIds.0', message: 'No consent' }] }) }),
    );
    expect(refused.refused).toEqual({ [MEMBER_IDS[0]]: 'No consent' });
    expect(refused.sendError).toBeNull();

    const conflict = reducer(sending, SessionFeedbackApiActions.feedbackSendFailed({ sessionId: SESSION_ID, memberIds, problem: problemWith(409, { detail: 'Not completed' }) }));
    expect(conflict.refused).toEqual({});
    expect(conflict.sendError?.detail).toBe('Not completed');
  });

  it('keeps the links of the last send and lists their requests first', () => {
    const older = requestNumber(1, { kind: 'session-feedback', instruments: [] });
    const loaded = reducer(opened, SessionFeedbackApiActions.feedbackLoaded({ sessionId: SESSION_ID, view: { items: [feedbackWith(0)], requests: [older] } }));
    const fresh = requestNumber(2, { kind: 'session-feedback', instruments: [] });
    const sent = reducer(loaded, SessionFeedbackApiActions.feedbackSent({ sessionId: SESSION_ID, sent: [{ ...issuedWith(fresh), memberId: MEMBER_IDS[1] }] }));

    expect(sent.sendStatus).toBe('sent');
    expect(sent.issued.map(({ memberId }) => memberId)).toEqual([MEMBER_IDS[1]]);
    expect(sent.requests.map(({ id }) => id)).toEqual([fresh.id, older.id]);
    expect(sent.items).toEqual([feedbackWith(0)]);
  });

  it('forgets another session’s links but keeps the client’s trend', () => {
    const withTrend = reducer(
      reducer(opened, FeedbackTrendActions.opened({ clientId: CLIENT_ID })),
      SessionFeedbackApiActions.trendLoaded({ clientId: CLIENT_ID, points: [{ sessionId: SESSION_ID, startsAt: '2026-03-01T10:00:00Z', listened: 5, understoodNextSteps: 4, useful: 4, answers: 1 }] }),
    );
    const sent = reducer(withTrend, SessionFeedbackApiActions.feedbackSent({ sessionId: SESSION_ID, sent: [{ ...issuedWith(), memberId: MEMBER_IDS[0] }] }));
    const other = reducer(sent, FamilyFeedbackActions.opened({ clientId: CLIENT_ID, sessionId: 'another-session' }));

    expect(other.issued).toEqual([]);
    expect(other.trend.length).toBe(1);
    expect(other.trendStatus).toBe('loaded');
  });
});
