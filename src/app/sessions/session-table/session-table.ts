import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
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
import type { FamilySession } from '@domain/sessions/family-session';
import { SessionStatusChip } from '../session-status-chip/session-status-chip';
import { attendeeNames, modalityLabel, typeLabel } from '../session-words';

/** Rows per page until the user asks for more. */
export const SESSIONS_PAGE_SIZE = 10;

/**
 * A list of sessions as a table: when, what, how, its status and who was invited, each opening the
 * session. Long lists page on the client (the server answers all of a client's sessions at once).
 */
@Component({
  selector: 'app-session-table',
  imports: [
    DatePipe,
    RouterLink,
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
    Pager,
    SessionStatusChip,
  ],
  templateUrl: './session-table.html',
  styleUrl: './session-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionTable {
  readonly clientId = input.required<string>();
  readonly sessions = input.required<readonly FamilySession[]>();
  /** Names the table for assistive technology, e.g. "Upcoming sessions". */
  readonly caption = input.required<string>();

  protected readonly columns = ['when', 'type', 'modality', 'status', 'attendees'];
  protected readonly pageSizes = [SESSIONS_PAGE_SIZE, 25, 50];
  protected readonly pageSize = linkedSignal(() => (this.sessions(), SESSIONS_PAGE_SIZE));
  /** Back to the first page whenever the list changes. */
  protected readonly pageIndex = linkedSignal(() => (this.sessions(), 0));
  protected readonly rows = computed(() => {
    const start = this.pageIndex() * this.pageSize();
    return this.sessions().slice(start, start + this.pageSize());
  });
  protected readonly paged = computed(() => this.sessions().length > SESSIONS_PAGE_SIZE);
  private readonly now = Date.now();

  protected readonly typeLabel = typeLabel;
  protected readonly modalityLabel = modalityLabel;
  protected readonly attendeeNames = attendeeNames;

  /** A planned session whose start has passed still waits to be recorded. */
  protected toRecord(session: FamilySession): boolean {
    return session.status === 'planned' && Date.parse(session.startsAt) < this.now;
  }

  protected changePage({ pageIndex, pageSize }: PageChange): void {
    this.pageSize.set(pageSize);
    this.pageIndex.set(pageIndex);
  }
}
