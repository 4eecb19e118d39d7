import { afterNextRender, ChangeDetectionStrategy, Component, computed, type ElementRef, inject, Injector, input, output, signal, viewChild } from '@angular/core';
import type { PublicForm } from '@domain/self-report/public-form';
import { FEEDBACK_SCALE, type FeedbackQuestion } from '@domain/self-report/feedback-questions';
import type { FieldError } from '@domain/validation/field-errors';
import { ChoiceQuestion } from './choice-question';
import { ErrorSummary, type SummaryError } from './error-summary';
import { SelfReportLink } from './self-report-link';
import { submitFailureNotice } from './submit-failure-notice';

type FeedbackPublicForm = Extract<PublicForm, { kind: 'session-feedback' }>;

/**
 * The server schema's FEEDBACK_COMMENT_MAX (a spec keeps them equal), repeated here because importing that
 * module would ship zod and the instrument catalog to the page. The textarea stops there rather than the server refusing.
 */
export const FEEDBACK_COMMENT_MAX_LENGTH = 1000;

const questionId = (field: string) => `q-${field}`;

/** 'YYYY-MM-DD' as people read it, e.g. "3 December 2026" (the browser's own Intl, no locale data shipped). */
function readableDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A family member's three answers (1–5) about one session, and an optional comment for the clinicians. */
@Component({
  selector: 'answer-feedback-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChoiceQuestion, ErrorSummary],
  template: `
    <div class="intro">
      <h1 class="page-title">How was your family session?</h1>
      <p>
        {{ form().clinicName }} would like to know how the family session on {{ sessionDate() }} went for you. It takes about a
        minute.
      </p>
    </div>
    <form class="answer-form" novalidate (submit)="$event.preventDefault(); send()">
      @if (summary().length > 0) {
        <answer-error-summary [errors]="summary()" />
      }
      <p class="instructions">How much do you agree with each sentence?</p>
      @for (question of form().questions; track question.field) {
        <answer-choice-question
          [questionId]="idOf(question.field)"
          [number]="$index + 1"
          [text]="question.text"
          [options]="scale"
          [error]="errors()[question.field] ?? null"
          [value]="answers()[question.field] ?? null"
          (valueChange)="answer(question.field, $event)"
        />
      }
      <div class="comment">
        <label class="comment-label" for="comment">Anything else you would like to tell us? (optional)</label>
        <p class="hint" id="comment-hint">Only the clinicians will read this.</p>
        <textarea
          #commentBox
          id="comment"
          name="comment"
          rows="5"
          aria-describedby="comment-hint"
          [attr.maxlength]="commentMaxLength"
          [value]="comment()"
          (input)="comment.set(commentBox.value)"
        ></textarea>
      </div>

      @if (notice(); as notice) {
        <p #noticeBox class="notice" role="alert" tabindex="-1">{{ notice }}</p>
      }

      <div class="actions">
        <button type="submit" class="button primary" [attr.aria-disabled]="sending()">{{ sending() ? 'Sending…' : 'Send feedback' }}</button>
      </div>
    </form>
  `,
})
export class FeedbackForm {
  readonly form = input.required<FeedbackPublicForm>();
  readonly sent = output();
  readonly unusable = output();

  private readonly link = inject(SelfReportLink);
  private readonly injector = inject(Injector);
  private readonly errorSummary = viewChild(ErrorSummary);
  private readonly noticeBox = viewChild<ElementRef<HTMLElement>>('noticeBox');

  protected readonly scale = FEEDBACK_SCALE;
  protected readonly commentMaxLength = FEEDBACK_COMMENT_MAX_LENGTH;
  protected readonly answers = signal<Partial<Record<FeedbackQuestion, number>>>({});
  protected readonly comment = signal('');
  private readonly attempted = signal(false);
  private readonly serverErrors = signal<Partial<Record<string, string>>>({});
  protected readonly notice = signal<string | null>(null);
  protected readonly sending = signal(false);

  protected readonly sessionDate = computed(() => readableDate(this.form().sessionDate));

  protected readonly errors = computed<Partial<Record<string, string>>>(() => {
    const errors = { ...this.serverErrors() };
    if (this.attempted()) {
      this.form().questions.forEach(({ field }, index) => {
        if (this.answers()[field] === undefined) {
          errors[field] = `Choose an answer to question ${index + 1}`;
        }
      });
    }
    return errors;
  });

  protected readonly summary = computed<SummaryError[]>(() =>
    this.form()
      .questions.filter(({ field }) => this.errors()[field] !== undefined)
      .map(({ field }) => ({ targetId: questionId(field), text: this.errors()[field] ?? '' })),
  );

  protected idOf(field: string): string {
    return questionId(field);
  }

  protected answer(field: FeedbackQuestion, value: number | null): void {
    this.answers.update((answers) => ({ ...answers, [field]: value ?? undefined }));
    this.serverErrors.update((errors) => {
      const remaining = { ...errors };
      delete remaining[field];
      return remaining;
    });
  }

  protected async send(): Promise<void> {
    if (this.sending()) {
      return;
    }
    this.notice.set(null);
    if (this.form().questions.some(({ field }) => this.answers()[field] === undefined)) {
      this.attempted.set(true);
      this.focusSummary();
      return;
    }
    this.sending.set(true);
    const result = await this.link.submit({ ...this.answers(), comment: this.comment().trim() });
    this.sending.set(false);
    switch (result.outcome) {
      case 'sent':
        this.sent.emit();
        return;
      case 'unusable':
        this.unusable.emit();
        return;
      case 'invalid':
        this.showServerErrors(result.errors);
        return;
      default:
        this.showNotice(submitFailureNotice(result.outcome));
    }
  }

  private showServerErrors(fieldErrors: readonly FieldError[]): void {
    const fields = new Set(this.form().questions.map(({ field }) => field as string));
    const named = fieldErrors.filter(({ field }) => fields.has(field));
    if (named.length === 0) {
      this.showNotice(submitFailureNotice('invalid'));
      return;
    }
    const index = (field: string) => this.form().questions.findIndex((question) => question.field === field);
    this.serverErrors.set(Object.fromEntries(named.map(({ field }) => [field, `Choose an answer to question ${index(field) + 1}`])));
    this.focusSummary();
  }

  private focusSummary(): void {
    afterNextRender(() => this.errorSummary()?.focus(), { injector: this.injector });
  }

  /** A refused send is announced and takes focus, next to the button that is pressed again. */
  private showNotice(notice: string): void {
    this.notice.set(notice);
    afterNextRender(() => this.noticeBox()?.nativeElement.focus(), { injector: this.injector });
  }
}
