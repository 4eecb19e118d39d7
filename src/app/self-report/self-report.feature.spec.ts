import { SelfReportApiActions } from './self-report-api.actions';
import { SelfReportPanelActions } from './self-report-panel.actions';
import { CONFLICT_MESSAGE, initialSelfReportState, selfReportFeature, type SelfReportState } from './self-report.feature';
import { LinkDialogActions, SendDialogActions } from './send-dialog.actions';
import { CLIENT_ID, issuedWith, problemWith, requestNumber } from './testing/self-report-fixtures';

describe('selfReportFeature', () => {
  const { reducer } = selfReportFeature;
  const opened = reducer(initialSelfReportState, SelfReportPanelActions.opened({ clientId: CLIENT_ID }));
  const loaded = reducer(opened, SelfReportApiActions.requestsLoaded({ clientId: CLIENT_ID, items: [requestNumber(1), requestNumber(2)] }));
  const all = (state: SelfReportState) => selfReportFeature.selectMeasureRequests.projector(
    (state.ids as string[]).map((id) => state.entities[id]!),
  );

  it('loads one client’s requests, newest first, and ignores answers about another client', () => {
    expect(opened.loadStatus).toBe('loading');
    expect(loaded.loadStatus).toBe('loaded');
    expect(loaded.ids).toEqual([requestNumber(2).id, requestNumber(1).id]);

    const other = reducer(loaded, SelfReportApiActions.requestsLoaded({ clientId: 'another', items: [] }));
    expect(other).toBe(loaded);
    const failed = reducer(opened, SelfReportApiActions.requestsLoadFailed({ clientId: CLIENT_ID, problem: problemWith(500) }));
    expect(failed.loadStatus).toBe('failed');
  });

  it('keeps the link of a request just sent until the link dialog closes', () => {
    const sending = reducer(reducer(loaded, SendDialogActions.opened()), SendDialogActions.submitted({ clientId: CLIENT_ID, request: { instruments: ['mspss'], expiresInDays: 7, repeatEveryWeeks: null, emailTo: null } }));
    expect(sending.sendStatus).toBe('sending');

    const sent = reducer(sending, SelfReportApiActions.requestSent({ issued: issuedWith(requestNumber(3)) }));
    expect(sent.sendStatus).toBe('sent');
    expect(sent.issued).toEqual(issuedWith(requestNumber(3)));
    expect(sent.ids[0]).toBe(requestNumber(3).id);

    expect(reducer(sent, LinkDialogActions.closed()).issued).toBeNull();
  });

  it('marks a request busy while it is withdrawn, then shows it withdrawn', () => {
    const request = requestNumber(1);
    const busy = reducer(loaded, SelfReportPanelActions.withdrawClicked({ request }));
    expect(busy.busyIds).toEqual([request.id]);

    const withdrawn = reducer(busy, SelfReportApiActions.requestWithdrawn({ request: { ...request, state: 'withdrawn', version: 2 } }));
    expect(withdrawn.busyIds).toEqual([]);
    expect(withdrawn.entities[request.id]?.state).toBe('withdrawn');
  });

  it('creates a due repeat’s link: busy meanwhile, then waiting, with the link kept for the dialog; counts due repeats', () => {
    const due = requestNumber(3, { state: 'due', linkIssuedAt: null, dueAt: '2026-03-20T10:00:00.000Z' });
    const withDue = reducer(loaded, SelfReportApiActions.requestsLoaded({ clientId: CLIENT_ID, items: [requestNumber(1), due] }));
    const countOf = (state: SelfReportState) => selfReportFeature.selectPanelViewModel.projector(all(state), 'loaded', null, [], null, true, selfReportFeature.selectDueCount.projector(all(state))).dueCount;
    expect(countOf(withDue)).toBe(1);
    const busy = reducer(withDue, SelfReportPanelActions.createLinkClicked({ request: due, email: false }));
    expect(busy.busyIds).toEqual([due.id]);
    const issued = issuedWith({ ...due, state: 'waiting', version: 2, linkIssuedAt: '2026-03-21T10:00:00.000Z' });
    const created = reducer(busy, SelfReportApiActions.linkCreated({ issued }));
    expect(created.busyIds).toEqual([]);
    expect(created.entities[due.id]?.state).toBe('waiting');
    expect(created.issued).toEqual(issued);
    expect(countOf(created)).toBe(0);
  });

  it('answers a conflict with a notice and a reload; another failure with its message', () => {
    const request = requestNumber(1);
    const busy = reducer(loaded, SelfReportPanelActions.sendAgainClicked({ request }));
    const conflicted = reducer(busy, SelfReportApiActions.requestChangeConflicted({ requestId: request.id }));
    expect(conflicted.notice).toEqual({ kind: 'conflict', message: CONFLICT_MESSAGE });
    expect(conflicted.loadStatus).toBe('loading');
    expect(conflicted.busyIds).toEqual([]);

    const failed = reducer(busy, SelfReportApiActions.requestChangeFailed({ requestId: request.id, problem: problemWith(422, { detail: 'The client was discharged.' }) }));
    expect(failed.notice).toEqual({ kind: 'failed', message: 'The client was discharged.' });
    expect(reducer(failed, SelfReportPanelActions.noticeDismissed()).notice).toBeNull();
  });

  it('lists measures requests only: feedback requests belong to their session', () => {
    const withFeedback = reducer(opened, SelfReportApiActions.requestsLoaded({ clientId: CLIENT_ID, items: [requestNumber(1), requestNumber(2, { kind: 'session-feedback', instruments: [] })] }));
    expect(all(withFeedback).map(({ id }) => id)).toEqual([requestNumber(1).id]);
  });
});
