import { ElementRef, Injector, afterNextRender, inject } from '@angular/core';

/** What Material and our own controls mark when they show an error. */
export const INVALID_FIELD = '[aria-invalid="true"]';

/**
 * For a form's component: returns a function that, once the next render has shown the errors,
 * moves focus to the first element matching `selector` inside the component. After a refused
 * submit the user lands on what to fix, and a screen reader reads that field with its error.
 * Call it in an injection context (a field initialiser).
 */
export function injectFocusFirstInvalid(selector: string = INVALID_FIELD): () => void {
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  const injector = inject(Injector);
  return () => {
    afterNextRender(() => host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector });
  };
}
