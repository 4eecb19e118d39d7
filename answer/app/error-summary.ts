import { ChangeDetectionStrategy, Component, type ElementRef, input, viewChild } from '@angular/core';

export interface SummaryError {
  /** Id of the question's fieldset. */
  readonly targetId: string;
  readonly text: string;
}

/**
 * The list of what still needs an answer, at the top of the page. It takes focus when a Next or
 * Submit is refused, so a screen-reader user hears why, and each entry jumps to its question.
 */
@Component({
  selector: 'answer-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div #box class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="error-summary-title">There is a problem</h2>
      <ul class="error-summary-list">
        @for (error of errors(); track error.targetId) {
          <li>
            <a [href]="'#' + error.targetId" (click)="jumpTo($event, error.targetId)">{{ error.text }}</a>
          </li>
        }
      </ul>
    </div>
  `,
})
export class ErrorSummary {
  readonly errors = input.required<readonly SummaryError[]>();
  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  focus(): void {
    this.box().nativeElement.focus();
  }

  /**
   * The document's base is /answer-assets/, so a plain fragment link would leave the page: move
   * to the question by hand, its first choice focused, its question in view.
   */
  protected jumpTo(event: Event, targetId: string): void {
    event.preventDefault();
    const question = document.getElementById(targetId);
    question?.scrollIntoView({ block: 'start' });
    question?.querySelector('input')?.focus({ preventScroll: true });
  }
}
