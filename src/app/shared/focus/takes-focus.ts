import { afterNextRender, Directive, ElementRef, inject } from '@angular/core';

/**
 * A notice that comes into view and takes focus when it appears, so a user whose submit failed sees
 * and hears why instead of typing on. An `@if` block creates the notice anew for each problem, so
 * each one is focused once. The notice itself takes focus (tabindex -1) without joining the tab order.
 */
@Directive({
  selector: '[appTakesFocus]',
  host: { tabindex: '-1' },
})
export class TakesFocus {
  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => {
      element.scrollIntoView({ block: 'nearest' });
      element.focus({ preventScroll: true });
    });
  }
}
