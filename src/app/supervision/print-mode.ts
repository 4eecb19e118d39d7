import { ApplicationRef, DestroyRef, DOCUMENT, inject, Injectable, signal } from '@angular/core';

/**
 * Whether the page is being printed. Set synchronously on `beforeprint` (and when print media
 * starts to match), then change detection runs at once: the browser lays the page out for paper
 * right after these events, so charts must resize and tables show every row before it does.
 */
@Injectable()
export class PrintMode {
  private readonly printingState = signal(false);
  readonly printing = this.printingState.asReadonly();

  constructor() {
    const view = inject(DOCUMENT).defaultView;
    const appRef = inject(ApplicationRef);
    if (view === null) {
      return;
    }
    const set = (printing: boolean) => {
      if (this.printingState() !== printing) {
        this.printingState.set(printing);
        appRef.tick();
      }
    };
    const media = view.matchMedia('print');
    const mediaChanged = (event: MediaQueryListEvent) => set(event.matches);
    const before = () => set(true);
    const after = () => set(false);
    media.addEventListener('change', mediaChanged);
    view.addEventListener('beforeprint', before);
    view.addEventListener('afterprint', after);
    const stop = () => {
      media.removeEventListener('change', mediaChanged);
      view.removeEventListener('beforeprint', before);
      view.removeEventListener('afterprint', after);
    };
    inject(DestroyRef).onDestroy(stop);
    // A route's injector may outlive the application (it is not destroyed with it); the window must not.
    appRef.onDestroy(stop);
  }
}
