import { afterNextRender, Directive, effect, ElementRef, inject, Injector, input } from '@angular/core';

/**
 * A notice that comes into view and takes focus when it appears, so a user whose submit failed sees
 * and hears why instead of typing on. An `@if` block creates the notice anew for each problem; where
 * the notice stays while its problem changes, bind the problem (`[appTakesFocus]="problem"`) and each
 * new one takes focus again. The notice itself takes focus (tabindex -1) without joining the tab order.
 */
@Directive({
  selector: '[appTakesFocus]',
  host: { tabindex: '-1' },
})
export class TakesFocus {
  /** What the notice shows; optional. A new value focuses the notice again. */
  readonly appTakesFocus = input<unknown>();

  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const injector = inject(Injector);
    effect(() => {
      this.appTakesFocus();
      afterNextRender(
        () => {
          element.scrollIntoView({ block: 'nearest' });
          element.focus({ preventScroll: true });
        },
        { injector },
      );
    });
  }
}
