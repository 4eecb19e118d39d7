import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked, type WritableSignal } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ENROLMENT_STATUSES } from '@domain/groups/group-codes';
import type { ClientGroup } from '@domain/groups/group';
import type { ProblemDocument } from '@domain/problem/problem-document';
import type { ClientReferral } from '@domain/referrals/referral';
import { REFERRAL_STATUSES } from '@domain/referrals/referral-codes';
import type { Observable } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { attendanceSummary } from '../../groups/attendance-summary';
import { GroupsApi } from '../../groups/groups-api';
import { formatCalendarDate } from '../../shared/time/calendar-date';
import { ReferralsApi } from '../referrals-api';

/** One list of the card: what it holds and whether it came. */
interface Part<T> {
  readonly status: 'loading' | 'loaded' | 'failed';
  readonly items: readonly T[];
  readonly problem: ProblemDocument | null;
}

const LOADING = { status: 'loading', items: [], problem: null } as const;

/**
 * The client's groups and referrals on the Overview, at a glance: each group's place and the
 * client's attendance, each referral's status, the day it last changed and whether it needs
 * chasing. Read from the client's own group and referral endpoints (scoped and audited there):
 * only the client's own places, never another member's name.
 */
@Component({
  selector: 'app-groups-and-referrals-card',
  imports: [MatProgressBar, RouterLink],
  templateUrl: './groups-and-referrals-card.html',
  styleUrl: './groups-and-referrals-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupsAndReferralsCard {
  private readonly groupsApi = inject(GroupsApi);
  private readonly referralsApi = inject(ReferralsApi);

  readonly clientId = input.required<string>();

  protected readonly groups = signal<Part<ClientGroup>>(LOADING);
  protected readonly referrals = signal<Part<ClientReferral>>(LOADING);
  protected readonly enrolmentStatuses = ENROLMENT_STATUSES;
  protected readonly referralStatuses = REFERRAL_STATUSES;
  protected readonly attendance = attendanceSummary;
  protected readonly date = formatCalendarDate;

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      untracked(() => {
        this.load(this.groups, this.groupsApi.loadClientGroups(clientId));
        this.load(this.referrals, this.referralsApi.list(clientId));
      });
    });
  }

  private load<T>(part: WritableSignal<Part<T>>, request: Observable<readonly T[]>): void {
    part.set(LOADING);
    request.subscribe({
      next: (items) => part.set({ status: 'loaded', items, problem: null }),
      error: (error: unknown) => part.set({ status: 'failed', items: [], problem: problemOf(error) }),
    });
  }
}
