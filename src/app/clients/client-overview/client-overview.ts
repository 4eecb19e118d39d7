import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, Injector, PendingTasks } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { RouterLink } from '@angular/router';
import type { Client } from '@domain/clients/client';
import { FAMILY_CONSENT, PRIMARY_CONCERNS, type ClientStatus } from '@domain/clients/client-codes';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';
import { MeasuresOverview } from '../../measures/measures-overview/measures-overview';
import { NetworkSummaryPanel } from '../../network/network-summary-panel/network-summary-panel';
import { OpenFollowUps } from '../../sessions/open-follow-ups/open-follow-ups';
import { GroupsAndReferralsCard } from '../../referrals/groups-and-referrals-card/groups-and-referrals-card';
import { authFeature } from '../../core/auth/auth.feature';
import { ClientHistory } from '../client-history/client-history';
import { selectRouteClientId } from '../../shared/router/route-params.selectors';
import { ClientOverviewActions } from '../client-overview.actions';
import { ClientPageActions } from '../client-page.actions';
import { clientsFeature } from '../clients.feature';
import { Notifier } from '../../core/layout/notifier';

/**
 * The client's record at a glance, the actions the user's role allows, and who changed what.
 * Therapists keep the record; a supervisor reads it and may reassign the client within the team.
 */
@Component({
  selector: 'app-client-overview',
  imports: [NetworkSummaryPanel, MeasuresOverview, OpenFollowUps, GroupsAndReferralsCard, ClientHistory, DatePipe, RouterLink, MatAnchor, MatButton, Icon],
  templateUrl: './client-overview.html',
  styleUrl: './client-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ClientOverview {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly notifier = inject(Notifier);
  /**
   * A dialog's code is on its way: a second tap meanwhile is ignored rather than opening it twice.
   * (The button stays enabled: disabling it would drop its focus, which the dialog gives back on close.)
   */
  private openingDialog = false;

  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly client = this.store.selectSignal(clientsFeature.selectClient);
  protected readonly history = this.store.selectSignal(clientsFeature.selectHistory);
  protected readonly historyStatus = this.store.selectSignal(clientsFeature.selectHistoryStatus);
  protected readonly historyError = this.store.selectSignal(clientsFeature.selectHistoryError);

  protected readonly isTherapist = computed(() => this.user()?.role === 'therapist');
  protected readonly isSupervisor = computed(() => this.user()?.role === 'supervisor');
  protected readonly consentLabels = FAMILY_CONSENT;

  protected concernNames(client: Client): string {
    return client.primaryConcerns.map((code) => PRIMARY_CONCERNS[code]).join(', ');
  }

  constructor() {
    // Straight from the address, not after the record: one request brings the record and every
    // card's data, without waiting on the page's own read.
    this.store
      .select(selectRouteClientId)
      .pipe(
        filter((clientId) => clientId !== null),
        takeUntilDestroyed(),
      )
      .subscribe((clientId) => this.store.dispatch(ClientOverviewActions.opened({ clientId })));
  }

  // The dialogs load when first opened (#18): the status dialog's schema brings zod (~100 kB) and
  // both bring Material's dialog, none of which the record's first view needs.
  protected changeStatus(client: Client, status: ClientStatus): void {
    this.openOnDemand(async () => {
      const { openStatusChangeDialog } = await import('../status-change-dialog/status-change-dialog');
      return () => openStatusChangeDialog(this.injector, { client, status });
    });
  }

  protected reassign(client: Client): void {
    this.openOnDemand(async () => {
      const { openReassignClientDialog } = await import('../reassign-client');
      return () => openReassignClientDialog(this.injector, this.store, client);
    });
  }

  /**
   * Loads a dialog's code, then opens it, unless the user has left the page meanwhile. A failed
   * load (a new deployment replaced the file, the network dropped) is said, not swallowed.
   */
  private openOnDemand(load: () => Promise<() => unknown>): void {
    if (this.openingDialog) return;
    this.openingDialog = true;
    // A pending task keeps the app unstable meanwhile, so whenStable (and harnesses) wait for the dialog.
    this.pendingTasks.run(async () => {
      try {
        const open = await load();
        if (!this.destroyRef.destroyed) open();
      } catch (error: unknown) {
        console.error('A dialog could not be loaded.', error);
        void this.notifier.show('That could not be opened. Check the connection and try again.', 'assertive');
      } finally {
        this.openingDialog = false;
      }
    });
  }

  protected retryHistory(client: Client): void {
    this.store.dispatch(ClientPageActions.historyRetryClicked({ id: client.id }));
  }
}
