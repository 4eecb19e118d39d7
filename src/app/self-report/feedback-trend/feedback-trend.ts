import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { FEEDBACK_QUESTIONS } from '@domain/self-report/feedback-questions';
import { Store } from '@ngrx/store';
import { FeedbackTrendActions } from '../family-feedback.actions';
import { dateOf } from '../self-report-words';
import { sessionFeedbackFeature } from '../session-feedback.feature';

/**
 * The client's family feedback session by session: the average of each question. A table, not a
 * chart: a handful of rows reads at a glance, on a phone and with a screen reader alike.
 */
@Component({
  selector: 'app-feedback-trend',
  templateUrl: './feedback-trend.html',
  styleUrl: './feedback-trend.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedbackTrend {
  private readonly store = inject(Store);

  readonly clientId = input.required<string>();
  protected readonly points = this.store.selectSignal(sessionFeedbackFeature.selectTrend);
  protected readonly status = this.store.selectSignal(sessionFeedbackFeature.selectTrendStatus);
  protected readonly questions = FEEDBACK_QUESTIONS;
  protected readonly dateOf = dateOf;

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      untracked(() => this.store.dispatch(FeedbackTrendActions.opened({ clientId })));
    });
  }

  protected average(value: number): string {
    return value.toFixed(1);
  }
}
