import { inject, Injectable, Injector, signal, type Signal } from '@angular/core';
import type { MatDialogRef } from '@angular/material/dialog';
import { Store, type Action } from '@ngrx/store';
import {
  defer,
  distinctUntilChanged,
  EMPTY,
  filter,
  finalize,
  map,
  merge,
  switchMap,
  takeWhile,
  type Observable,
} from 'rxjs';
import { CLOCK } from '../time/clock';
import { authFeature, type IdleLimits } from './auth.feature';
import { SessionActions } from './session.actions';
import { SessionActivity } from './session-activity';

const TICK_MS = 1000;

/**
 * Counts down to the server's idle timeout while someone is signed in: warns `idleWarningSeconds`
 * before it (a dialog with a live countdown) and ends the session when it passes. Ticks once a
 * second only while signed in; every successful API answer restarts the count.
 */
@Injectable({ providedIn: 'root' })
export class IdleWatcher {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly clock = inject(CLOCK);
  private readonly activity = inject(SessionActivity);

  private readonly secondsLeftState = signal(0);
  private readonly warningShownState = signal(false);
  /** Whether the warning should be up; the dialog's code arrives asynchronously the first time. */
  private warningWanted = false;
  private warning: MatDialogRef<unknown> | null = null;

  /** Seconds until the idle timeout, as of the last tick. */
  readonly secondsLeft: Signal<number> = this.secondsLeftState.asReadonly();
  /** Whether the warning dialog is open. */
  readonly warningShown: Signal<boolean> = this.warningShownState.asReadonly();

  /** Emits `SessionActions.ended` when the idle timeout passes. Subscribed once, by an effect. */
  watch(): Observable<Action> {
    return this.store.select(authFeature.selectIdleLimits).pipe(
      distinctUntilChanged(
        (a, b) => a?.idleTimeoutSeconds === b?.idleTimeoutSeconds && a?.idleWarningSeconds === b?.idleWarningSeconds,
      ),
      switchMap((limits) => (limits === null ? this.stop() : this.countDown(limits))),
    );
  }

  private countDown(limits: IdleLimits): Observable<Action> {
    return merge(this.clock.ticks(TICK_MS), this.activity.recorded$).pipe(
      map(() => this.check(limits)),
      takeWhile((timedOut) => !timedOut, true),
      filter((timedOut) => timedOut),
      map(() => SessionActions.ended()),
      finalize(() => this.closeWarning()),
    );
  }

  private stop(): Observable<never> {
    return defer(() => {
      this.closeWarning();
      return EMPTY;
    });
  }

  /** Updates the countdown and the dialog; true once the idle timeout has passed. */
  private check(limits: IdleLimits): boolean {
    const idleMs = this.clock.now() - this.activity.lastAt();
    const secondsLeft = Math.max(0, Math.ceil((limits.idleTimeoutSeconds * 1000 - idleMs) / 1000));
    this.secondsLeftState.set(secondsLeft);
    if (secondsLeft === 0) {
      this.closeWarning();
      return true;
    }
    if (secondsLeft <= limits.idleWarningSeconds) {
      this.openWarning();
    } else {
      this.closeWarning();
    }
    return false;
  }

  private openWarning(): void {
    if (this.warningWanted) {
      return;
    }
    this.warningWanted = true;
    // Loaded on first use: the dialog and the CDK overlay stay out of the initial bundle.
    import('./idle-warning-dialog/idle-warning-dialog')
      .then(({ openIdleWarningDialog }) => {
        if (!this.warningWanted || this.warning !== null) {
          return;
        }
        this.warning = openIdleWarningDialog(this.injector, { secondsLeft: this.secondsLeft });
        this.warningShownState.set(true);
      })
      .catch((error: unknown) => {
        // Most likely a new deployment replaced the chunk; the timeout still ends the session.
        this.warningWanted = false;
        console.error('The idle warning could not be shown.', error);
      });
  }

  private closeWarning(): void {
    this.warningWanted = false;
    this.warning?.close();
    this.warning = null;
    this.warningShownState.set(false);
  }
}
