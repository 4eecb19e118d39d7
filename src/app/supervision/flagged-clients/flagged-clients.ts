import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatChip, MatChipSet } from '@angular/material/chips';
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
import { TEAM_FLAGS, type FlaggedClient, type TeamFlag } from '@domain/supervision/team-dashboard';
import { PrintMode } from '../print-mode';

export const FLAGGED_PAGE_SIZE = 10;

/** Flags about the client's support, as opposed to overdue paperwork. */
const CLINICAL_FLAGS: ReadonlySet<TeamFlag> = new Set([
  'risk-noted',
  'isolation-risk',
  'low-perceived-support',
  'loneliness',
  'decline',
  'decline-since-first',
]);

/**
 * The clients a supervisor should ask about, most severe first as the server sorted them: name and
 * case number (opening the client), therapist, and the flags as chips.
 */
@Component({
  selector: 'app-flagged-clients',
  imports: [
    RouterLink,
    MatChipSet,
    MatChip,
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
  templateUrl: './flagged-clients.html',
  styleUrl: './flagged-clients.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FlaggedClients {
  private readonly printMode = inject(PrintMode);

  readonly clients = input.required<readonly FlaggedClient[]>();
  readonly therapistNames = input.required<ReadonlyMap<string, string>>();

  protected readonly columns = ['client', 'therapist', 'flags'];
  protected readonly pageSize = FLAGGED_PAGE_SIZE;
  protected readonly pageIndex = signal(0);
  protected readonly printing = this.printMode.printing;
  protected readonly paged = computed(() => this.clients().length > FLAGGED_PAGE_SIZE);
  /** Paper gets the whole list. */
  protected readonly rows = computed(() => {
    const clients = this.clients();
    if (!this.paged() || this.printing()) {
      return clients;
    }
    const lastPage = Math.floor((clients.length - 1) / FLAGGED_PAGE_SIZE);
    const start = Math.min(this.pageIndex(), lastPage) * FLAGGED_PAGE_SIZE;
    return clients.slice(start, start + FLAGGED_PAGE_SIZE);
  });

  protected flagLabel(flag: TeamFlag): string {
    return TEAM_FLAGS[flag];
  }

  protected isClinical(flag: TeamFlag): boolean {
    return CLINICAL_FLAGS.has(flag);
  }

  protected therapistName(id: string): string {
    return this.therapistNames().get(id) ?? 'Former team member';
  }

  protected pageChanged({ pageIndex }: PageChange): void {
    this.pageIndex.set(pageIndex);
  }
}
