import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { PublicForm, PublicInstrument } from '@domain/self-report/public-form';
import type { FieldError } from '@domain/validation/field-errors';
import { ChoiceQuestion } from './choice-question';
import { ErrorSummary, type SummaryError } from './error-summary';
import { SelfReportLink } from './self-report-link';
import { submitFailureNotice } from './submit-failure-notice';

type MeasuresPublicForm = Extract<PublicForm, { kind: 'measures' }>;
/** Per instrument code, one answer per item; null while unanswered. */
type Answers = Readonly<Record<string, readonly (number | null)[]>>;

const questionId = (code: string, index: number) => `q-${code}-${index + 1}`;
const missingAnswer = (index: number) => `Choose an answer to question ${index + 1}`;

/**
 * The client's questionnaires, one page per instrument with its own instructions. Next refuses to
 * leave a page with an unanswered item; the last page sends every instrument's answers at once.
 */
@Component({
  selector: 'answer-measures-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChoiceQuestion, ErrorSummary],
  template: `
    @if (page() === 0) {
      <div class="intro">
        <h1 class="page-title">{{ form().firstName ? 'Hello ' + form().firstName : 'Hello' }}</h1>
        <p>
          Your clinician at {{ form().clinicName }} asks you to answer
          {{ form().instruments.length === 1 ? 'a short questionnaire' : form().instruments.length + ' short questionnaires' }}. Only your
          clinicians will see your answers.
        </p>
      </div>
    }
    <form class="answer-form" novalidate (submit)="$event.preventDefault(); forward()">
      <p class="step">Questionnaire {{ page() + 1 }} of {{ form().instruments.length }}</p>
      <h2 #heading class="instrument-title" tabindex="-1">{{ instrument().title }}</h2>
      <p class="instructions">{{ instrument().instructions }}</p>

      @if (summary().length > 0) {
        <answer-error-summary [errors]="summary()" />
      }

      @for (item of instrument().items; track $index) {
        <answer-choice-question
          [questionId]="idOf($index)"
          [number]="$index + 1"
          [text]="item.text"
          [options]="instrument().options"
          [error]="errors()[$index] ?? null"
          [value]="answers()[instrument().code][$index]"
          (valueChange)="answer($index, $event)"
        />
      }

      @if (notice(); as notice) {
        <p #noticeBox class="notice" role="alert" tabindex="-1">{{ notice }}</p>
      }

      <div class="actions">
        <button type="submit" class="button primary" [attr.aria-disabled]="sending()">
          {{ isLastPage() ? (sending() ? 'Sending…' : 'Send answers') : 'Next' }}
        </button>
        @if (page() > 0) {
          <button type="button" class="button secondary" (click)="back()">Back</button>
        }
      </div>
    </form>
  `,
})
export class MeasuresForm {
  readonly form = input.required<MeasuresPublicForm>();
  /** The answers were stored. */
  readonly sent = output();
  /** The link died meanwhile (withdrawn, expired, used from another device). */
  readonly unusable = output();

  private readonly link = inject(SelfReportLink);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly errorSummary = viewChild(ErrorSummary);
  private readonly noticeBox = viewChild<ElementRef<HTMLElement>>('noticeBox');

  protected readonly page = signal(0);
  /** Starts with one empty slot per item of every instrument. */
  protected readonly answers = linkedSignal<Answers>(() =>
    Object.fromEntries(this.form().instruments.map((instrument) => [instrument.code, instrument.items.map(() => null)])),
  );
  /** Set once Next or Send was refused on this page: errors show from then on, and clear as items are answered. */
  private readonly attempted = signal(false);
  /** Errors the server named, by instrument code and item index. */
  private readonly serverErrors = signal<Readonly<Record<string, Readonly<Record<number, string>>>>>({});
  protected readonly notice = signal<string | null>(null);
  protected readonly sending = signal(false);

  protected readonly instrument = computed<PublicInstrument>(() => this.form().instruments[this.page()]);
  protected readonly isLastPage = computed(() => this.page() === this.form().instruments.length - 1);

  /** Item index → error message, on this page. */
  protected readonly errors = computed<Readonly<Partial<Record<number, string>>>>(() => {
    const { code } = this.instrument();
    const errors: Partial<Record<number, string>> = { ...this.serverErrors()[code] };
    if (this.attempted()) {
      this.answers()[code].forEach((value, index) => {
        if (value === null) {
          errors[index] = missingAnswer(index);
        }
      });
    }
    return errors;
  });

  protected readonly summary = computed<SummaryError[]>(() =>
    this.instrument().items.flatMap((_item, index) => {
      const text = this.errors()[index];
      return text === undefined ? [] : [{ targetId: this.idOf(index), text }];
    }),
  );

  protected idOf(index: number): string {
    return questionId(this.instrument().code, index);
  }

  protected answer(index: number, value: number | null): void {
    const { code } = this.instrument();
    this.answers.update((answers) => ({ ...answers, [code]: answers[code].map((old, i) => (i === index ? value : old)) }));
    this.serverErrors.update((errors) => {
      const remaining = { ...errors[code] };
      delete remaining[index];
      return { ...errors, [code]: remaining };
    });
  }

  protected forward(): void {
    if (this.sending()) {
      return;
    }
    this.notice.set(null);
    if (this.answers()[this.instrument().code].includes(null)) {
      this.attempted.set(true);
      afterNextRender(() => this.errorSummary()?.focus(), { injector: this.injector });
      return;
    }
    if (this.isLastPage()) {
      void this.send();
    } else {
      this.goTo(this.page() + 1);
    }
  }

  protected back(): void {
    this.notice.set(null);
    this.goTo(this.page() - 1);
  }

  private goTo(page: number): void {
    this.attempted.set(false);
    this.page.set(page);
    // A new page is a new context: start at its top, and tell screen readers where they are.
    afterNextRender(
      () => {
        window.scrollTo(0, 0);
        this.heading().nativeElement.focus();
      },
      { injector: this.injector },
    );
  }

  private async send(): Promise<void> {
    this.sending.set(true);
    const result = await this.link.submit({ answers: this.answers() });
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

  /** The server named items (`answers.<code>.<index>`): show them on their page, from the first such page. */
  private showServerErrors(fieldErrors: readonly FieldError[]): void {
    const byCode: Record<string, Record<number, string>> = {};
    for (const { field } of fieldErrors) {
      const [, code, index] = /^answers\.([^.]+)\.(\d+)$/.exec(field) ?? [];
      if (code !== undefined && this.form().instruments.some((instrument) => instrument.code === code)) {
        byCode[code] = { ...byCode[code], [Number(index)]: missingAnswer(Number(index)) };
      }
    }
    const firstPage = this.form().instruments.findIndex((instrument) => byCode[instrument.code] !== undefined);
    if (firstPage === -1) {
      this.showNotice(submitFailureNotice('invalid'));
      return;
    }
    this.serverErrors.set(byCode);
    if (firstPage !== this.page()) {
      this.page.set(firstPage);
    }
    afterNextRender(() => this.errorSummary()?.focus(), { injector: this.injector });
  }

  /** A refused send is announced and takes focus, next to the button that is pressed again. */
  private showNotice(notice: string): void {
    this.notice.set(notice);
    afterNextRender(() => this.noticeBox()?.nativeElement.focus(), { injector: this.injector });
  }
}
