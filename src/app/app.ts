import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { AppActions } from './app.actions';
import { authFeature } from './core/auth/auth.feature';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly store = inject(Store);
  private readonly status = this.store.selectSignal(authFeature.selectStatus);

  protected readonly checkingSession = computed(() => this.status() === 'checking');

  constructor() {
    // Restores the session from its cookie (GET /api/v1/auth/session); the guards wait for the answer.
    this.store.dispatch(AppActions.opened());
  }
}
