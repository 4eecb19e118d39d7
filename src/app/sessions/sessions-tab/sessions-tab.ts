import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  Injector,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { selectRouteClientId } from '../../shared/router/route-params.selectors';
import { FeedbackTrend } from '../../self-report/feedback-trend/feedback-trend';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { openPlanDialog } from '../plan-dialog/plan-dialog';
import { SessionTable } from '../session-table/session-table';
import { SessionsTabActions } from '../sessions-tab.actions';
import { sessionsFeature } from '../sessions.feature';

/**
 * The client's family sessions: the planned ones still to come (soonest first) and the ones that
 * happened or were called off (newest first). Therapists plan sessions here; supervisors read.
 */
@Component({
  selector: 'app-sessions-tab',
  imports: [MatButton, Icon, MatProgressBar, EmptyState, SessionTable, FeedbackTrend],
  templateUrl: './sessions-tab.html',
  styleUrl: './sessions-tab.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SessionsTab {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);

  protected readonly clientId = this.store.selectSignal(selectRouteClientId);
  protected readonly viewModel = this.store.selectSignal(sessionsFeature.selectTabViewModel);

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      if (clientId !== null) {
        untracked(() => this.store.dispatch(SessionsTabActions.opened({ clientId })));
      }
    });
  }

  protected plan(): void {
    const clientId = this.clientId();
    if (clientId !== null) {
      openPlanDialog(this.injector, { clientId, session: null });
    }
  }

  protected retry(): void {
    const clientId = this.clientId();
    if (clientId !== null) {
      this.store.dispatch(SessionsTabActions.retryClicked({ clientId }));
    }
  }
}
