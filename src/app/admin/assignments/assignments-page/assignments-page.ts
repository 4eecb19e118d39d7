import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { Icon } from '../../../shared/icon/icon';
import { MatInput } from '@angular/material/input';
import { Pager, type PageChange } from '../../../shared/pager/pager';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import type { ClientAssignment } from '@domain/clients/client';
import { CLIENT_STATUSES, CLIENT_STATUS_CODES, type ClientStatus } from '@domain/clients/client-codes';
import { PAGE_SIZES } from '@domain/common/page';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../../shared/empty-state/empty-state';
import { AssignmentsPageActions } from '../assignments-page.actions';
import { assignmentsFeature } from '../assignments.feature';
import { openReassignAssignmentDialog } from '../reassign-assignment';

/**
 * Which therapist each client is assigned to, and reassignment. Administrators see names, case
 * numbers and assignment only: the server sends them no clinical content.
 */
@Component({
  selector: 'app-assignments-page',
  imports: [
    MatTableModule,
    Pager,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    Icon,
    EmptyState,
  ],
  templateUrl: './assignments-page.html',
  styleUrl: './assignments-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AssignmentsPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);

  protected readonly viewModel = this.store.selectSignal(assignmentsFeature.selectPageViewModel);
  protected readonly statusLabels = CLIENT_STATUSES;
  protected readonly statusLabel = (status: ClientStatus) => CLIENT_STATUSES[status];
  protected readonly statusCodes = CLIENT_STATUS_CODES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['preferredName', 'legalName', 'caseNumber', 'status', 'therapist', 'actions'];
  protected readonly trackById = (_index: number, client: ClientAssignment) => client.id;

  constructor() {
    this.store.dispatch(AssignmentsPageActions.opened());
  }

  protected search(event: Event): void {
    this.store.dispatch(AssignmentsPageActions.searchChanged({ search: (event.target as HTMLInputElement).value }));
  }

  protected filterByStatus(status: ClientStatus | 'all'): void {
    this.store.dispatch(AssignmentsPageActions.statusFilterChanged({ status }));
  }

  /** `''` is "any therapist". */
  protected filterByTherapist(therapistId: string): void {
    this.store.dispatch(AssignmentsPageActions.therapistFilterChanged({ therapistId: therapistId === '' ? null : therapistId }));
  }

  protected changePage({ pageIndex, pageSize }: PageChange): void {
    this.store.dispatch(AssignmentsPageActions.pageChanged({ page: pageIndex + 1, pageSize }));
  }

  protected retry(): void {
    this.store.dispatch(AssignmentsPageActions.retryClicked());
  }

  protected reassign(client: ClientAssignment): void {
    openReassignAssignmentDialog(this.dialog, this.store, client);
  }
}
