import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SessionPrintout } from '@domain/sessions/session-views';
import { summaryViewOf } from '../summary-view';

/**
 * A family session on paper: the header facts, who came, the record's sections, the follow-ups and
 * lines to sign. Sized by the page (A4 or US Letter); times are the browser's time zone, named.
 */
@Component({
  selector: 'app-session-summary',
  imports: [DatePipe],
  templateUrl: './session-summary.html',
  styleUrl: './session-summary.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionSummary {
  readonly printout = input.required<SessionPrintout>();

  protected readonly view = computed(() => summaryViewOf(this.printout()));
}
