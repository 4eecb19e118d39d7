import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Cell, DataTable } from '../data-table';

/** A section that is a table already (no chart to switch from): its DataTable as a plain, captioned table. */
@Component({
  selector: 'app-data-table-view',
  imports: [RouterLink],
  template: `
    <div class="table-frame" role="region" [attr.aria-label]="table().title" tabindex="0">
      <table class="table">
        <caption class="visually-hidden">{{ table().title }}</caption>
        <thead>
          <tr>
            @for (column of table().columns; track $index) {
              <th scope="col" [class.numeric]="column.numeric">{{ column.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of table().rows; track $index) {
            <tr [class.summary]="row.summary">
              @for (cell of row.cells; track $index; let first = $first) {
                @if (first) {
                  <!-- A row that names a client or therapist opens them. -->
                  <th scope="row">
                    @if (row.link) {
                      <a [routerLink]="row.link">{{ text(cell) }}</a>
                    } @else {
                      {{ text(cell) }}
                    }
                  </th>
                } @else {
                  <td [class.numeric]="table().columns[$index]?.numeric">{{ text(cell) }}</td>
                }
              }
            </tr>
          }
        </tbody>
        @if (table().totals; as totals) {
          <tfoot>
            <tr>
              @for (cell of totals; track $index; let first = $first) {
                @if (first) {
                  <th scope="row">{{ text(cell) }}</th>
                } @else {
                  <td [class.numeric]="table().columns[$index]?.numeric">{{ text(cell) }}</td>
                }
              }
            </tr>
          </tfoot>
        }
      </table>
    </div>
  `,
  styles: `
    .table-frame {
      overflow-x: auto;
    }
    .summary th,
    .summary td {
      font-weight: 600;
      background: var(--mat-sys-surface-container);
    }
    .table-frame:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
    }
    thead th {
      font: var(--mat-sys-label-large);
      vertical-align: bottom;
    }
    tbody th {
      font-weight: normal;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
    }
    .numeric {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataTableView {
  readonly table = input.required<DataTable>();

  /** Empty figures read as a dash, as in the cards' tables and the CSV's blank. */
  protected text(cell: Cell | undefined): string {
    return cell === null || cell === undefined ? '—' : String(cell);
  }
}
