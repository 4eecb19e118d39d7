import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { Pager, type PageChange } from '../../shared/pager/pager';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { OpenFollowUp } from '@domain/sessions/session-views';
import { Store } from '@ngrx/store';
import { formatCalendarDate } from '../../shared/time/calendar-date';
import { networkFeature } from '../../network/network.feature';
import { localDateOf } from '../../shared/time/local-time';
import { OpenFollowUpsActions } from '../open-follow-ups.actions';
import { ownerLabel } from '../session-words';
import { sessionsFeature } from '../sessions.feature';
import { TakesFocus } from '../../shared/focus/takes-focus';

/** Follow-ups per page on the Overview. */
export const FOLLOW_UPS_PAGE_SIZE = 5;

/**
 * The client's open follow-ups across all sessions, soonest due first, overdue ones marked in
 * words. Therapists tick them off here; the owner's name comes from the network the Overview shows.
 */
@Component({
  selector: 'app-open-follow-ups',
  imports: [TakesFocus, DatePipe, RouterLink, MatButton, Icon, Pager, MatProgressBar],
  templateUrl: './open-follow-ups.html',
  styleUrl: './open-follow-ups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpenFollowUps {
  private readonly store = inject(Store);
  readonly clientId = input.required<string>();

  private readonly state = this.store.selectSignal(sessionsFeature.selectFollowUps);
  protected readonly canWrite = this.store.selectSignal(sessionsFeature.selectCanWrite);
  private readonly networkClientId = this.store.selectSignal(networkFeature.selectClientId);
  private readonly networkNames = this.store.selectSignal(networkFeature.selectMemberNames);

  /** Only this client's list (the state may still hold another client's while loading). */
  private readonly mine = computed(() =>
    this.state().clientId === this.clientId() ? this.state() : null,
  );
  protected readonly items = computed(() => this.mine()?.items ?? []);
  protected readonly loading = computed(
    () => this.mine()?.status !== 'loaded' && this.mine()?.status !== 'failed',
  );
  protected readonly error = computed(() =>
    this.mine()?.status === 'failed' ? this.mine()?.error : null,
  );
  protected readonly markError = computed(() => this.mine()?.markError ?? null);
  protected readonly markingId = computed(() => this.mine()?.markingId ?? null);
  private readonly today = localDateOf(Date.now());

  protected readonly pageSize = FOLLOW_UPS_PAGE_SIZE;
  /** Stays on its page unless that page no longer exists (after ticking off its last item). */
  protected readonly pageIndex = linkedSignal<readonly OpenFollowUp[], number>({
    source: this.items,
    computation: (items, previous) =>
      Math.min(
        previous?.value ?? 0,
        Math.max(0, Math.ceil(items.length / FOLLOW_UPS_PAGE_SIZE) - 1),
      ),
  });
  protected readonly rows = computed(() =>
    this.items().slice(
      this.pageIndex() * FOLLOW_UPS_PAGE_SIZE,
      (this.pageIndex() + 1) * FOLLOW_UPS_PAGE_SIZE,
    ),
  );
  protected readonly formatCalendarDate = formatCalendarDate;

  protected isOverdue(item: OpenFollowUp): boolean {
    return item.dueOn < this.today;
  }

  protected owner(item: OpenFollowUp): string {
    const names = this.networkClientId() === this.clientId() ? this.networkNames() : {};
    return ownerLabel(item, names);
  }

  protected markDone(item: OpenFollowUp): void {
    if (this.markingId() === null) {
      this.store.dispatch(
        OpenFollowUpsActions.markDoneClicked({
          clientId: this.clientId(),
          sessionId: item.sessionId,
          followUpId: item.id,
        }),
      );
    }
  }

  protected retry(): void {
    this.store.dispatch(OpenFollowUpsActions.retryClicked({ clientId: this.clientId() }));
  }

  protected changePage({ pageIndex }: PageChange): void {
    this.pageIndex.set(pageIndex);
  }
}
