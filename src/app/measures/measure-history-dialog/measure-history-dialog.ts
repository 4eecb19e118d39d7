import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, type Injector } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  type MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { COMPLETED_BY, type MeasureResponse } from '@domain/measures/measure';
import { Store } from '@ngrx/store';
import { MeasureHistoryDialogActions } from '../measure-history-dialog.actions';
import { bandLabel, formatScore } from '../measure-words';
import { measuresFeature } from '../measures.feature';
import { RevisionEntry } from '../../shared/revision-entry/revision-entry';
import { dialogFocus } from '../../shared/focus/dialog-focus';

export interface MeasureHistoryDialogData {
  readonly clientId: string;
  readonly measure: MeasureResponse;
}

/** Every version of a measure, the original first: its answers and score, who saved it, when and why. */
@Component({
  selector: 'app-measure-history-dialog',
  imports: [RevisionEntry, DatePipe, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatProgressBar],
  templateUrl: './measure-history-dialog.html',
  styleUrl: './measure-history-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureHistoryDialog {
  private readonly store = inject(Store);
  protected readonly data = inject<MeasureHistoryDialogData>(MAT_DIALOG_DATA);
  protected readonly history = this.store.selectSignal(measuresFeature.selectHistory);
  protected readonly instrument = instrumentOf(this.data.measure.instrument);
  protected readonly completedBy = COMPLETED_BY;

  constructor() {
    this.store.dispatch(
      MeasureHistoryDialogActions.opened({ clientId: this.data.clientId, measureId: this.data.measure.id }),
    );
  }

  protected score(measure: MeasureResponse): string {
    return `${formatScore(measure.instrument, measure.scores.total)}, ${bandLabel(measure.instrument, measure.scores.band)}`;
  }

  protected answers(measure: MeasureResponse): string {
    return measure.answers.map((answer, index) => `${index + 1}: ${answer}`).join(', ');
  }

  protected retry(): void {
    this.store.dispatch(
      MeasureHistoryDialogActions.retryClicked({ clientId: this.data.clientId, measureId: this.data.measure.id }),
    );
  }
}

export function openMeasureHistoryDialog(
  injector: Injector,
  data: MeasureHistoryDialogData,
): MatDialogRef<MeasureHistoryDialog> {
  return injector.get(MatDialog).open<MeasureHistoryDialog, MeasureHistoryDialogData>(MeasureHistoryDialog, {
    width: '40rem',
    maxWidth: '96vw',
    ...dialogFocus('dialog'),
    ariaLabelledBy: 'measure-history-title',
    data,
  });
}
