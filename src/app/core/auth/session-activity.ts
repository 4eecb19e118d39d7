import { inject, Injectable } from '@angular/core';
import { Subject } from 'rxjs';
import { CLOCK } from '../time/clock';

/**
 * When the server last saw this user: every successful API answer restarts the server's idle clock,
 * so the idle watcher counts from the last one.
 */
@Injectable({ providedIn: 'root' })
export class SessionActivity {
  private readonly clock = inject(CLOCK);
  private lastActivityAt = this.clock.now();
  private readonly recordedSubject = new Subject<number>();

  /** Emits the time of each recorded activity. */
  readonly recorded$ = this.recordedSubject.asObservable();

  lastAt(): number {
    return this.lastActivityAt;
  }

  record(): void {
    this.lastActivityAt = this.clock.now();
    this.recordedSubject.next(this.lastActivityAt);
  }
}
