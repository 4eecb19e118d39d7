import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal, untracked } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { Pager, type PageChange } from '../../shared/pager/pager';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { COMPLETED_BY, type MeasureResponse } from '@domain/measures/measure';
import { bandLabel, formatScore, isConcernBand } from '../measure-words';
import { MEASURE_SOURCE_LABELS, measureSource } from '../measure-source';

export const MEASURE_PAGE_SIZES = [10, 25, 50, 100];

/** Every measure of the client, newest first, a page at a time; History for all, Amend for the therapist. */
@Component({
  selector: 'app-measure-table',
  imports: [
    DatePipe,
    RouterLink,
    MatAnchor,
    MatButton,
    Icon,
    Pager,
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
  ],
  templateUrl: './measure-table.html',
  styleUrl: './measure-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureTable {
  /** Oldest first, as the store keeps them; shown newest first. */
  readonly measures = input.required<readonly MeasureResponse[]>();
  readonly canWrite = input(false);
  readonly historyClicked = output<MeasureResponse>();

  protected readonly columns = ['administeredOn', 'instrument', 'total', 'band', 'completedBy', 'source', 'amended', 'actions'];
  protected readonly pageSizes = MEASURE_PAGE_SIZES;
  protected readonly page = signal({ index: 0, size: MEASURE_PAGE_SIZES[0] });

  private readonly newestFirst = computed(() => [...this.measures()].reverse());
  protected readonly rows = computed(() => {
    const { index, size } = this.page();
    return this.newestFirst()
      .slice(index * size, (index + 1) * size)
      .map((measure) => ({
        measure,
        instrument: instrumentOf(measure.instrument).shortName,
        total: formatScore(measure.instrument, measure.scores.total),
        band: bandLabel(measure.instrument, measure.scores.band),
        concern: isConcernBand(measure.instrument, measure.scores.band),
        completedBy: COMPLETED_BY[measure.completedBy],
        source: MEASURE_SOURCE_LABELS[measureSource(measure)],
      }));
  });
  protected readonly total = computed(() => this.measures().length);

  constructor() {
    // A list that shrank (another client) must not leave the table on an empty page.
    effect(() => {
      const total = this.total();
      untracked(() => {
        const { index, size } = this.page();
        if (index > 0 && index * size >= total) {
          this.page.set({ index: 0, size });
        }
      });
    });
  }

  protected pageChanged({ pageIndex, pageSize }: PageChange): void {
    this.page.set({ index: pageIndex, size: pageSize });
  }
}
