import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CalendarDay, CalendarView } from '../agenda/agenda-calendar';

/**
 * The week (seven columns, Monday to Sunday; one column per line on a phone) or the single day,
 * each day headed and its sessions a list in time order. Today is marked for screen readers too.
 */
@Component({
  selector: 'app-agenda-calendar-view',
  imports: [DatePipe, RouterLink],
  templateUrl: './agenda-calendar-view.html',
  styleUrl: './agenda-calendar-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaCalendarView {
  readonly view = input.required<CalendarView>();
  readonly days = input.required<readonly CalendarDay[]>();
  /** `YYYY-MM-DD`, the clinician's today. */
  readonly today = input.required<string>();
}
