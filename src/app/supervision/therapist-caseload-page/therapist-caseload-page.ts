import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { Pager, type PageChange } from '../../shared/pager/pager';
import { MatProgressBar } from '@angular/material/progress-bar';
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
import type { CaseloadRow } from '@domain/clients/client';
import { PAGE_SIZES } from '@domain/common/page';
import { TEAM_FLAGS } from '@domain/supervision/team-dashboard';
import { Store } from '@ngrx/store';
import { ClientStatusChip } from '../../clients/client-status-chip/client-status-chip';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { paramsFromFilters } from '../dashboard-filters';
import { TherapistCaseloadPageActions } from '../therapist-caseload-page.actions';
import { therapistCaseloadFeature } from '../therapist-caseload.feature';

/**
 * One therapist's clients, from the team dashboard: a server-paged table, read only, every row
 * opening the client. The back link returns to the dashboard with its filters.
 */
@Component({
  selector: 'app-therapist-caseload-page',
  imports: [
    DatePipe,
    RouterLink,
    MatAnchor,
    MatButton,
    Icon,
    Pager,
    MatProgressBar,
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
    ClientStatusChip,
    EmptyState,
  ],
  templateUrl: './therapist-caseload-page.html',
  styleUrl: './therapist-caseload-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TherapistCaseloadPage {
  private readonly store = inject(Store);

  /** From the route (`team/therapists/:therapistId`). */
  readonly therapistId = input.required<string>();

  protected readonly viewModel = this.store.selectSignal(therapistCaseloadFeature.selectViewModel);
  protected readonly backParams = computed(() => paramsFromFilters(this.viewModel().dashboardFilters));
  protected readonly columns = ['preferredName', 'caseNumber', 'status', 'nextSession', 'flags'];
  protected readonly pageSizes = PAGE_SIZES;

  constructor() {
    effect(() => {
      const therapistId = this.therapistId();
      untracked(() => this.store.dispatch(TherapistCaseloadPageActions.opened({ therapistId })));
    });
  }

  /** The team's flag words for the row: its measure flags, then consent to share running out. */
  protected flags(row: CaseloadRow): string[] {
    const indicators = row.indicators;
    if (indicators === null) {
      return [];
    }
    return [
      ...indicators.measures.flags.map((flag) => TEAM_FLAGS[flag]),
      ...(indicators.network.consentsExpiringSoon > 0 ? [TEAM_FLAGS['consent-expiring']] : []),
    ];
  }

  protected pageChanged({ pageIndex, pageSize }: PageChange): void {
    this.store.dispatch(TherapistCaseloadPageActions.pageChanged({ page: pageIndex + 1, pageSize }));
  }

  protected retry(): void {
    this.store.dispatch(TherapistCaseloadPageActions.retryClicked());
  }
}
