import { afterNextRender, ChangeDetectionStrategy, Component, type ElementRef, input, viewChild } from '@angular/core';

/**
 * A page that only tells something (thank you, link unusable, try again): its heading takes focus
 * when it appears, so a screen reader announces the change of page; the text and any button are
 * projected.
 */
@Component({
  selector: 'answer-notice-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="notice-page">
      <h1 #title class="page-title" tabindex="-1">{{ heading() }}</h1>
      <ng-content />
    </section>
  `,
})
export class NoticePage {
  readonly heading = input.required<string>();
  private readonly headingElement = viewChild.required<ElementRef<HTMLElement>>('title');

  constructor() {
    afterNextRender(() => this.headingElement().nativeElement.focus());
  }
}
