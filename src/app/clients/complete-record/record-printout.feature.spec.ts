import type { CompleteRecordPrintout } from '@domain/clients/complete-record';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { CompleteRecordPageActions } from './complete-record-page.actions';
import { RecordPrintoutApiActions } from './record-printout-api.actions';
import { initialRecordPrintoutState, recordPrintoutFeature, type RecordPrintoutState } from './record-printout.feature';

const printout = { client: { id: 'c1', caseNumber: 'CC-1' }, printedAt: '2026-11-25T09:00:00Z', printedBy: 'Test' } as unknown as CompleteRecordPrintout;
const problem: ProblemDocument = { type: 'about:blank', title: 'Not found', status: 404 };
const reduce = (actions: Parameters<typeof recordPrintoutFeature.reducer>[1][], state: RecordPrintoutState = initialRecordPrintoutState) =>
  actions.reduce((current, action) => recordPrintoutFeature.reducer(current, action), state);

describe('recordPrintoutFeature', () => {
  it('loads the record the page opened', () => {
    const state = reduce([CompleteRecordPageActions.opened({ clientId: 'c1' }), RecordPrintoutApiActions.printoutLoaded({ clientId: 'c1', printout })]);
    expect(recordPrintoutFeature.selectRecordViewModel.projector(state.printout, state.loadStatus, state.loadError)).toEqual({ printout, loading: false, error: null });
  });

  it('drops an answer for a client the user has left', () => {
    const state = reduce([CompleteRecordPageActions.opened({ clientId: 'c2' }), RecordPrintoutApiActions.printoutLoaded({ clientId: 'c1', printout })]);
    expect(state.printout).toBeNull();
    expect(state.loadStatus).toBe('loading');
  });

  it('keeps a failure to show, and clears it on retry', () => {
    const failed = reduce([CompleteRecordPageActions.opened({ clientId: 'c1' }), RecordPrintoutApiActions.printoutLoadFailed({ clientId: 'c1', problem })]);
    expect(failed.loadStatus).toBe('failed');
    expect(failed.loadError).toEqual(problem);
    const retried = reduce([CompleteRecordPageActions.retryClicked()], failed);
    expect(retried).toEqual(jasmine.objectContaining({ loadStatus: 'loading', loadError: null }));
  });

  it('tracks the FHIR download apart from the record', () => {
    const opened = reduce([CompleteRecordPageActions.opened({ clientId: 'c1' }), RecordPrintoutApiActions.printoutLoaded({ clientId: 'c1', printout })]);
    const downloading = reduce([CompleteRecordPageActions.downloadFhirClicked()], opened);
    expect(downloading.downloadStatus).toBe('loading');
    expect(reduce([RecordPrintoutApiActions.fhirBundleSaved({ clientId: 'c1' })], downloading).downloadStatus).toBe('loaded');
    const failed = reduce([RecordPrintoutApiActions.fhirBundleFailed({ clientId: 'c1', problem })], downloading);
    expect(failed).toEqual(jasmine.objectContaining({ downloadStatus: 'failed', downloadError: problem, printout }));
  });

  it('forgets the record when the page is left', () => {
    const state = reduce([CompleteRecordPageActions.opened({ clientId: 'c1' }), RecordPrintoutApiActions.printoutLoaded({ clientId: 'c1', printout }), CompleteRecordPageActions.closed()]);
    expect(state).toEqual(initialRecordPrintoutState);
  });
});
