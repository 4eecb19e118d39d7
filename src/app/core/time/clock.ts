import { InjectionToken } from '@angular/core';
import { interval, type Observable } from 'rxjs';

/** Wall-clock time and a steady tick; specs swap in a clock they move by hand. */
export interface Clock {
  /** Milliseconds since the epoch, like `Date.now()`. */
  now(): number;
  /** Emits every `periodMs` milliseconds while subscribed. */
  ticks(periodMs: number): Observable<unknown>;
}

export const CLOCK = new InjectionToken<Clock>('Clock', {
  providedIn: 'root',
  factory: () => ({ now: () => Date.now(), ticks: (periodMs) => interval(periodMs) }),
});
