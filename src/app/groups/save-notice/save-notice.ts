import { ChangeDetectionStrategy, Component, computed, effect, type ElementRef, input, viewChild } from '@angular/core';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { isStaleVersion } from '../../shared/versioned-edits/save-failure';

/**
 * A failed save or load, said in words beside the form: it scrolls into view and takes focus as it
 * appears, so keyboard and screen-reader users meet it at once. A 409 explains that someone else
 * saved first.
 */
@Component({
  selector: 'app-save-notice',
  template: `
    @if (problem(); as shown) {
      <div #notice class="notice" role="alert" tabindex="-1">
        <strong>{{ stale() ? 'Changed by someone else' : shown.title }}</strong>
        <span>{{ stale() ? shown.detail + ' Reload to see the current version.' : shown.detail }}</span>
        @if (shown.errors; as errors) {
          <ul>
            @for (error of errors; track error.field) {
              <li>{{ error.message }} ({{ error.field }})</li>
            }
          </ul>
        }
      </div>
    }
  `,
  styles: `
    .notice {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 8px 0;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveNotice {
  readonly problem = input.required<ProblemDocument | null>();
  /** Someone else saved first; a 409 naming a field is a clinic rule and says so in its own words. */
  protected readonly stale = computed(() => isStaleVersion(this.problem()));
  private readonly notice = viewChild<ElementRef<HTMLElement>>('notice');

  constructor() {
    effect(() => {
      const element = this.notice()?.nativeElement;
      if (element && this.problem()) {
        element.scrollIntoView({ block: 'center' });
        element.focus();
      }
    });
  }
}
