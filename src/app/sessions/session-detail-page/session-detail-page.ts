import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { FamilySession } from '@domain/sessions/family-session';
import { Store } from '@ngrx/store';
import { formatCalendarDate } from '../../shared/time/calendar-date';
import { FamilyFeedback } from '../../self-report/family-feedback/family-feedback';
import { openPlanDialog } from '../plan-dialog/plan-dialog';
import { RECORD_TEXT_FIELDS } from '../record-fields';
import { RiskReview } from '../risk-review/risk-review';
import { SessionDetailActions } from '../session-detail.actions';
import { openSessionHistoryDialog } from '../session-history-dialog/session-history-dialog';
import { sessionRefOf } from '../session-route';
import { SessionStatusChip } from '../session-status-chip/session-status-chip';
import { attendanceLabel, modalityLabel, ownerLabel, typeLabel } from '../session-words';
import { SessionsApi } from '../sessions-api';
import { sessionsFeature } from '../sessions.feature';

/**
 * One family session: when and how, who was invited and came, the record (the two clinical-only
 * parts marked as such) and its follow-ups. Therapists re-plan, record or amend it; everyone who
 * may read it can print it and see its history once completed.
 */
@Component({
  selector: 'app-session-detail-page',
  imports: [DatePipe, RouterLink, MatAnchor, MatButton, Icon, MatProgressBar, SessionStatusChip, FamilyFeedback, RiskReview],
  templateUrl: './session-detail-page.html',
  styleUrl: './session-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SessionDetailPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly sessionsApi = inject(SessionsApi);

  protected readonly ref = toSignal(sessionRefOf(this.store), { initialValue: null });
  private readonly entities = this.store.selectSignal(sessionsFeature.selectSessionEntities);
  private readonly detail = this.store.selectSignal(sessionsFeature.selectDetail);
  protected readonly canWrite = this.store.selectSignal(sessionsFeature.selectCanWrite);
  protected readonly memberNames = this.store.selectSignal(sessionsFeature.selectMemberNames);

  protected readonly session = computed(() => {
    const ref = this.ref();
    return ref ? (this.entities()[ref.sessionId] ?? null) : null;
  });
  /** Shown only while nothing is on screen: a reload keeps the session. */
  protected readonly loading = computed(
    () => this.session() === null && this.detail().status !== 'failed',
  );
  protected readonly error = computed(() =>
    this.session() === null && this.detail().status === 'failed' ? this.detail().error : null,
  );
  protected readonly hasHistory = computed(() => {
    const session = this.session();
    return session !== null && (session.status === 'completed' || session.amended);
  });
  /** A planned session has only its goals so far; the rest is written once it took place. */
  protected readonly shownFields = computed(() =>
    this.session()?.status === 'planned'
      ? RECORD_TEXT_FIELDS.filter(({ key }) => key === 'goals')
      : RECORD_TEXT_FIELDS,
  );
  protected readonly calendarUrl = computed(() => {
    const ref = this.ref();
    return ref ? this.sessionsApi.calendarUrl(ref.clientId, ref.sessionId) : null;
  });

  protected readonly typeLabel = typeLabel;
  protected readonly modalityLabel = modalityLabel;
  protected readonly attendanceLabel = attendanceLabel;
  protected readonly formatCalendarDate = formatCalendarDate;

  constructor() {
    effect(() => {
      const ref = this.ref();
      if (ref !== null) {
        untracked(() => this.store.dispatch(SessionDetailActions.opened(ref)));
      }
    });
  }

  protected endsAt(session: FamilySession): number {
    return Date.parse(session.startsAt) + session.durationMinutes * 60_000;
  }

  protected owner(followUp: FamilySession['followUps'][number]): string {
    return ownerLabel(followUp, this.memberNames());
  }

  protected editPlan(session: FamilySession): void {
    openPlanDialog(this.injector, { clientId: session.clientId, session });
  }

  protected record(session: FamilySession): void {
    void this.router.navigate(['/clients', session.clientId, 'sessions', session.id, 'record']);
  }

  protected print(session: FamilySession, copy: 'clinician' | 'family'): void {
    void this.router.navigate([
      '/clients',
      session.clientId,
      'sessions',
      session.id,
      'print',
      copy,
    ]);
  }

  protected showHistory(session: FamilySession): void {
    openSessionHistoryDialog(this.injector, {
      clientId: session.clientId,
      session,
      memberNames: this.memberNames(),
    });
  }

  protected retry(): void {
    const ref = this.ref();
    if (ref !== null) {
      this.store.dispatch(SessionDetailActions.retryClicked(ref));
    }
  }
}
