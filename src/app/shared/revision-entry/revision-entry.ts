import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** What every saved revision says about itself. */
export interface RevisionFacts {
  readonly recordedAt: string;
  readonly recordedByName: string;
  readonly reason: string | null;
}

/**
 * One entry of a record's history: which version, when, by whom and why, then whatever the
 * record shows of that version (projected). An attribute on the `li` so the history stays a real
 * ordered list for screen readers.
 */
@Component({
  // An attribute on the list's own `li`, like Material's button[mat-button]: a wrapper element
  // between `ol` and `li` would break the list for assistive technology.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'li[appRevisionEntry]',
  imports: [DatePipe],
  templateUrl: './revision-entry.html',
  styleUrl: './revision-entry.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevisionEntry {
  /** e.g. "Original", "Amendment 2", "Change 3". */
  readonly heading = input.required<string>();
  /** Shown after the heading in brackets, e.g. the session's status then. */
  readonly headingNote = input<string | null>(null);
  readonly revision = input.required<RevisionFacts>();
}
