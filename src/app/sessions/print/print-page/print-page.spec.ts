import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { PrintPageActions } from '../print-page.actions';
import {
  initialPrintoutState,
  printoutAdapter,
  type PrintoutState,
  type PrintRequest,
} from '../printout.feature';
import { CLIENT_ID, printoutOf, SESSION_ID } from '../testing/print-fixtures';
import PrintPage, { FOOTER_PROPERTY } from './print-page';

describe('PrintPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let harness: RouterTestingHarness;
  const family: PrintRequest = { clientId: CLIENT_ID, sessionId: SESSION_ID, copy: 'family' };
  const url = (copy: string) => `/clients/${CLIENT_ID}/sessions/${SESSION_ID}/print/${copy}`;
  const loaded = printoutAdapter.setAll([printoutOf('family')], {
    ...initialPrintoutState,
    request: family,
    loadStatus: 'loaded' as const,
  });

  async function render(printout: PrintoutState, copy = 'family'): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            {
              path: 'clients/:id/sessions/:sessionId/print/:copy',
              children: [{ path: '', component: PrintPage }],
            },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
        provideMockStore({ initialState: { printout } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url(copy), PrintPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    return harness.routeNativeElement!;
  }

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim();

  afterEach(() => document.documentElement.style.removeProperty(FOOTER_PROPERTY));

  it('asks for the copy named in the address', async () => {
    await render({ ...initialPrintoutState, request: family, loadStatus: 'loading' });

    expect(dispatch).toHaveBeenCalledOnceWith(PrintPageActions.opened({ request: family }));
    expect(await loader.getAllHarnesses(MatProgressBarHarness)).toHaveSize(1);
  });

  it('says there is no such printout for any other copy, and asks for nothing', async () => {
    const host = await render(initialPrintoutState, 'everything');

    expect(dispatch).not.toHaveBeenCalled();
    expect(text(host.querySelector('app-empty-state h2'))).toBe('There is no such printout');
    expect(host.querySelector('a')?.getAttribute('href')).toBe(
      `/clients/${CLIENT_ID}/sessions/${SESSION_ID}`,
    );
  });

  it('shows the problem and asks again on retry', async () => {
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Not found',
      status: 404,
      detail: 'There is no such session.',
    };
    const host = await render({
      ...initialPrintoutState,
      request: family,
      loadStatus: 'failed',
      loadError: problem,
    });

    expect(text(host.querySelector('[role="alert"] p'))).toBe('There is no such session.');
    // Nothing was printed, so nothing claims a print was recorded.
    expect(host.querySelector('.note')).toBeNull();
    expect(text(host)).not.toContain('recorded a print');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

    expect(dispatch).toHaveBeenCalledWith(PrintPageActions.retryClicked());
  });

  it('shows the summary with the print button, the way back and the audit note', async () => {
    const print = spyOn(window, 'print');
    const host = await render(loaded);

    expect(text(host.querySelector('app-session-summary .copy-label'))).toBe('Family copy');
    expect(text(host.querySelector('.note'))).toContain('Printing is recorded in the audit trail');
    const links = Array.from(host.querySelectorAll('.actions a'));
    expect(links.map((link) => [text(link), link.getAttribute('href')])).toEqual([
      ['Back to session', `/clients/${CLIENT_ID}/sessions/${SESSION_ID}`],
      ['Open the clinician copy instead', url('clinician')],
    ]);

    await (
      await loader.getHarness(MatButtonHarness.with({ text: /Print or save as PDF/ }))
    ).click();

    expect(print).toHaveBeenCalledTimes(1);
  });

  it('puts the case number and the time printed in the page footer while open, and forgets the printout when left', async () => {
    await render(loaded);

    expect(document.documentElement.style.getPropertyValue(FOOTER_PROPERTY)).toMatch(
      /^"Case CC-2026-0042 · printed \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d"$/,
    );

    await TestBed.inject(Router).navigateByUrl('/elsewhere');

    expect(document.documentElement.style.getPropertyValue(FOOTER_PROPERTY)).toBe('');
    expect(dispatch).toHaveBeenCalledWith(PrintPageActions.closed());
  });
});
