import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../core/auth/auth.feature';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { ClientPageActions } from '../client-page.actions';
import { ClientStatusChip } from '../client-status-chip/client-status-chip';
import { clientsFeature } from '../clients.feature';

/** The client's sections; each is a child route, so a section can be linked to and reloaded. */
export const CLIENT_TABS = [
  { path: '', label: 'Overview' },
  { path: 'network', label: 'Support network' },
  { path: 'sessions', label: 'Sessions' },
  { path: 'measures', label: 'Measures' },
  { path: 'notes', label: 'Notes' },
  { path: 'groups', label: 'Groups' },
] as const;

/**
 * One client: a header with who they are and their status, and tabs for the record's sections.
 * Supervisors read their team's clients; the page says so ("Read-only").
 */
@Component({
  selector: 'app-client-page',
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatTabNav,
    MatTabLink,
    MatTabNavPanel,
    Icon,
    MatButton,
    MatAnchor,
    MatProgressBar,
    EmptyState,
    ClientStatusChip,
  ],
  templateUrl: './client-page.html',
  styleUrl: './client-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ClientPage {
  private readonly store = inject(Store);

  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly client = this.store.selectSignal(clientsFeature.selectClient);
  protected readonly clientStatus = this.store.selectSignal(clientsFeature.selectClientStatus);
  protected readonly clientError = this.store.selectSignal(clientsFeature.selectClientError);
  protected readonly readOnly = computed(() => this.user()?.role !== 'therapist');
  protected readonly notFound = computed(() => this.clientError()?.status === 404);
  protected readonly tabs = CLIENT_TABS;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.dispatch(ClientPageActions.opened({ id })));
    });
  }

  protected tabLink(clientId: string, path: string): string[] {
    return path === '' ? ['/clients', clientId] : ['/clients', clientId, path];
  }

  protected retry(): void {
    this.store.dispatch(ClientPageActions.retryClicked({ id: this.id() }));
  }
}
