import { Subject, type Observable } from 'rxjs';
import type { Clock } from '../app/core/time/clock';

/** A clock that moves only when a spec says so, ticking once per second it moves. */
export class ManualClock implements Clock {
  private time = Date.parse('2026-11-25T09:00:00Z');
  private readonly tick$ = new Subject<void>();

  now(): number {
    return this.time;
  }

  ticks(): Observable<unknown> {
    return this.tick$.asObservable();
  }

  advanceSeconds(seconds: number): void {
    for (let second = 0; second < seconds; second++) {
      this.time += 1000;
      this.tick$.next();
    }
  }
}
