import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { Pager, type PageChange } from '../../shared/pager/pager';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatFooterCell,
  MatFooterCellDef,
  MatFooterRow,
  MatFooterRowDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { downloadCsv, tableCsv } from '../csv';
import type { Cell, DataTable } from '../data-table';
import { PrintMode } from '../print-mode';

/** Rows per page of a section's table; more than this and a paginator appears. */
export const SECTION_TABLE_PAGE_SIZE = 25;

/**
 * A dashboard section: heading, the chart (projected), a "Show as table" toggle that swaps it for
 * the same numbers as a table, and "Download CSV" of that table. A section with no chart (the
 * flagged clients) projects its own table and offers the download only.
 */
@Component({
  selector: 'app-dashboard-card',
  imports: [
    RouterLink,
    MatButton,
    Icon,
    MatSlideToggle,
    Pager,
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatFooterCell,
    MatFooterCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatFooterRow,
    MatFooterRowDef,
  ],
  templateUrl: './dashboard-card.html',
  styleUrl: './dashboard-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardCard {
  private readonly document = inject(DOCUMENT);
  private readonly printMode = inject(PrintMode);

  readonly heading = input.required<string>();
  /** Unique on the page: names the section and its controls. */
  readonly sectionId = input.required<string>();
  readonly table = input.required<DataTable>();
  readonly description = input('');
  /** An instruction for the screen ("Choose a therapist…"), left off the printed handout. */
  readonly screenHint = input('');
  /** Shown instead of the chart and table when there is nothing to draw. */
  readonly emptyMessage = input<string | null>(null);
  /** False for a section that is a table already. */
  readonly chartSection = input(true);

  protected readonly showTable = signal(false);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = SECTION_TABLE_PAGE_SIZE;

  protected readonly columnIds = computed(() => this.table().columns.map((_, index) => `c${index}`));
  protected readonly paged = computed(() => this.table().rows.length > SECTION_TABLE_PAGE_SIZE);
  /** Paper gets every row. */
  protected readonly visibleRows = computed(() => {
    const rows = this.table().rows;
    if (!this.paged() || this.printMode.printing()) {
      return rows;
    }
    const start = Math.min(this.pageIndex(), Math.floor((rows.length - 1) / SECTION_TABLE_PAGE_SIZE)) * SECTION_TABLE_PAGE_SIZE;
    return rows.slice(start, start + SECTION_TABLE_PAGE_SIZE);
  });
  protected readonly printing = this.printMode.printing;

  protected text(cell: Cell | undefined): string {
    return cell === null || cell === undefined ? '—' : String(cell);
  }

  protected pageChanged({ pageIndex }: PageChange): void {
    this.pageIndex.set(pageIndex);
  }

  protected download(): void {
    const table = this.table();
    downloadCsv(this.document, table.filename, tableCsv(table));
  }
}
