import { EnvironmentInjector, inject, Injectable } from '@angular/core';

/**
 * Short messages in a Material snack bar. The snack bar (and the CDK overlay under it) is loaded on
 * first use, which keeps it out of the initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly injector = inject(EnvironmentInjector);

  /** Urgent messages (failures) interrupt the screen reader; confirmations wait their turn. */
  async show(message: string, urgency: 'polite' | 'assertive' = 'polite'): Promise<void> {
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    // The app may have been torn down while the snack bar's code loaded (a test ending, a reload).
    if (this.injector.destroyed) {
      return;
    }
    this.injector.get(MatSnackBar).open(message, 'Dismiss', {
      duration: urgency === 'assertive' ? 10_000 : 6000,
      politeness: urgency,
    });
  }
}
