import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, Injector } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
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
import { openReassignClientDialog } from '../reassign-client';
import { openStatusChangeDialog } from '../status-change-dialog/status-change-dialog';

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
  private readonly dialog = inject(MatDialog);

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

  protected changeStatus(client: Client, status: ClientStatus): void {
    openStatusChangeDialog(this.injector, { client, status });
  }

  protected reassign(client: Client): void {
    openReassignClientDialog(this.dialog, this.store, client);
  }

  protected retryHistory(client: Client): void {
    this.store.dispatch(ClientPageActions.historyRetryClicked({ id: client.id }));
  }
}
