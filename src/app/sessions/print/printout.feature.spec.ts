import type { ProblemDocument } from '@domain/problem/problem-document';
import { PrintPageActions } from './print-page.actions';
import { PrintoutApiActions } from './printout-api.actions';
import {
  initialPrintoutState,
  printoutAdapter,
  printoutFeature,
  type PrintoutState,
  type PrintRequest,
} from './printout.feature';
import { CLIENT_ID, printoutOf, SESSION_ID } from './testing/print-fixtures';

describe('printout feature', () => {
  const reducer = printoutFeature.reducer;
  const family: PrintRequest = { clientId: CLIENT_ID, sessionId: SESSION_ID, copy: 'family' };
  const clinician: PrintRequest = { ...family, copy: 'clinician' };
  const printout = printoutOf('family');
  const problem: ProblemDocument = { type: 'about:blank', title: 'Not found', status: 404 };
  const loaded = printoutAdapter.setAll([printout], {
    ...initialPrintoutState,
    request: family,
    loadStatus: 'loaded' as const,
  });

  it('asks for a new printout on every opening, forgetting the last one', () => {
    expect(reducer(loaded, PrintPageActions.opened({ request: clinician }))).toEqual({
      ...initialPrintoutState,
      request: clinician,
      loadStatus: 'loading',
    });
  });

  it('keeps the printout asked for', () => {
    const state = reducer(
      { ...initialPrintoutState, request: family, loadStatus: 'loading' },
      PrintoutApiActions.printoutLoaded({ request: family, printout }),
    );

    expect(state).toEqual(loaded);
    expect(printoutFeature.selectPrintViewModel({ printout: state })).toEqual({
      printout,
      loading: false,
      error: null,
    });
  });

  it('drops an answer for a printout the user has left', () => {
    const before: PrintoutState = {
      ...initialPrintoutState,
      request: clinician,
      loadStatus: 'loading',
    };

    expect(reducer(before, PrintoutApiActions.printoutLoaded({ request: family, printout }))).toBe(
      before,
    );
    expect(
      reducer(before, PrintoutApiActions.printoutLoadFailed({ request: family, problem })),
    ).toBe(before);
  });

  it('keeps the problem, and clears it on retry', () => {
    const failed = reducer(
      { ...initialPrintoutState, request: family, loadStatus: 'loading' },
      PrintoutApiActions.printoutLoadFailed({ request: family, problem }),
    );
    expect(printoutFeature.selectPrintViewModel({ printout: failed })).toEqual({
      printout: null,
      loading: false,
      error: problem,
    });

    const retried = reducer(failed, PrintPageActions.retryClicked());
    expect(retried).toEqual({ ...initialPrintoutState, request: family, loadStatus: 'loading' });
    expect(printoutFeature.selectPrintViewModel({ printout: retried })).toEqual({
      printout: null,
      loading: true,
      error: null,
    });
  });

  it('forgets the clinical text when the page is left', () => {
    expect(reducer(loaded, PrintPageActions.closed())).toEqual(initialPrintoutState);
  });
});
