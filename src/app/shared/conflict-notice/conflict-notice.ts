import { afterNextRender, ChangeDetectionStrategy, Component, type ElementRef, input, output, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';

let nextHeadingId = 1;

/**
 * What a form shows when its save met a newer version (409): nothing was overwritten, here is the
 * record as it is now (the projected content), and the choice to re-apply one's edit on top of it
 * or to discard it. One component so that every form says it the same way. It comes into view and
 * takes focus when it appears: a save pressed at the bottom of a long dialog must not seem to do nothing.
 */
@Component({
  selector: 'app-conflict-notice',
  imports: [MatButton],
  templateUrl: './conflict-notice.html',
  styleUrl: './conflict-notice.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictNotice {
  /** e.g. "Someone else amended this note after you opened it". */
  readonly heading = input.required<string>();
  /** The user's own edit, as the buttons name it: "changes", "amendment". */
  readonly editNoun = input('changes');
  readonly reapply = output<void>();
  readonly discard = output<void>();

  protected readonly headingId = `conflict-heading-${nextHeadingId++}`;
  private readonly section = viewChild.required<ElementRef<HTMLElement>>('section');

  constructor() {
    afterNextRender(() => {
      const section = this.section().nativeElement;
      section.scrollIntoView({ block: 'nearest' });
      section.focus({ preventScroll: true });
    });
  }
}
