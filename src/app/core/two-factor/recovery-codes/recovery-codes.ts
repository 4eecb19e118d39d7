import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from '../../../shared/icon/icon';

/**
 * Recovery codes, shown once: to copy or print, then "I saved them" to go on. The heading takes
 * focus when they appear, so a screen reader announces them.
 */
@Component({
  selector: 'app-recovery-codes',
  imports: [MatButton, Icon],
  templateUrl: './recovery-codes.html',
  styleUrl: './recovery-codes.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecoveryCodes {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly codes = input.required<readonly string[]>();
  readonly saved = output<void>();
  protected readonly copied = signal<'idle' | 'copied' | 'failed'>('idle');

  constructor() {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('h2')?.focus());
  }

  protected async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.codes().join('\n'));
      this.copied.set('copied');
    } catch {
      this.copied.set('failed');
    }
  }

  protected print(): void {
    window.print();
  }
}
