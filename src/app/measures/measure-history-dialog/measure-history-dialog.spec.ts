import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { MeasureHistoryDialogActions } from '../measure-history-dialog.actions';
import type { MeasureHistoryState } from '../measures.feature';
import { CLIENT_ID, measureNumber, measuresStateWith, problemWith, revisionWith } from '../testing/measures-fixtures';
import { openMeasureHistoryDialog } from './measure-history-dialog';

@Component({ selector: 'app-history-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {
  readonly injector = inject(Injector);
}

describe('MeasureHistoryDialog', () => {
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  const original = measureNumber(1, 'ucla-3', [3, 3, 3]);
  const amended = { ...original, version: 2, amended: true, answers: [1, 1, 1], scores: { total: 3, subscales: {}, band: 'not-lonely' } };

  async function open(history: MeasureHistoryState): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: { measures: measuresStateWith([amended], { history }) } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    const fixture = TestBed.createComponent(DialogHost);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    openMeasureHistoryDialog(fixture.componentInstance.injector, { clientId: CLIENT_ID, measure: amended });
    await fixture.whenStable();
  }

  it('shows every version, original first, with who saved it, why, the score and the answers', async () => {
    await open({ measureId: original.id, status: 'loaded', error: null, items: [revisionWith(1, original), revisionWith(2, amended, 'Wrong sheet')] });
    const dialog = await loader.getHarness(MatDialogHarness);
    const text = (await dialog.getText()).replace(/\s+/g, ' ');

    expect(dispatch).toHaveBeenCalledWith(MeasureHistoryDialogActions.opened({ clientId: CLIENT_ID, measureId: original.id }));
    expect(text).toContain('History of the UCLA-3 of Jan 12, 2026');
    expect(text).toContain('Original');
    expect(text).toContain('9, Lonely');
    expect(text).toContain('Amendment 1');
    expect(text).toContain('Reason: Wrong sheet');
    expect(text).toContain('3, Not lonely');
    expect(text).toContain('1: 1, 2: 1, 3: 1');
  });

  it('offers a retry when the history could not be loaded', async () => {
    await open({ measureId: original.id, status: 'failed', error: problemWith(500, { detail: 'Down.' }), items: [] });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();
    expect(dispatch).toHaveBeenCalledWith(MeasureHistoryDialogActions.retryClicked({ clientId: CLIENT_ID, measureId: original.id }));
  });
});
