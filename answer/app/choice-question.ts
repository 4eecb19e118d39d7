import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';

export interface ChoiceOption {
  readonly value: number;
  readonly label: string;
}

/**
 * One question as a native radio group: a fieldset whose legend is the question, so screen readers
 * announce it with each choice, arrow keys move between choices and Tab to the next question. Each
 * choice is a whole-width label, far larger than the 44 px a finger needs.
 */
@Component({
  selector: 'answer-choice-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="question" [id]="questionId()" [class.invalid]="error()" [attr.aria-describedby]="error() ? questionId() + '-error' : null">
      <legend class="question-text">
        @if (number(); as number) {
          <span class="question-number">{{ number }}.</span>
        }
        {{ text() }}
      </legend>
      @if (error(); as error) {
        <p class="field-error" [id]="questionId() + '-error'"><span class="visually-hidden">Error: </span>{{ error }}</p>
      }
      <div class="choices">
        @for (option of options(); track option.value) {
          <label class="choice">
            <input type="radio" [name]="questionId()" [value]="option.value" [checked]="value() === option.value" (change)="value.set(option.value)" />
            <span>{{ option.label }}</span>
          </label>
        }
      </div>
    </fieldset>
  `,
})
export class ChoiceQuestion {
  /** DOM id of the fieldset (error summary links point at it) and the radio group's name. */
  readonly questionId = input.required<string>();
  readonly number = input<number | null>(null);
  readonly text = input.required<string>();
  readonly options = input.required<readonly ChoiceOption[]>();
  readonly error = input<string | null>(null);
  readonly value = model<number | null>(null);
}
