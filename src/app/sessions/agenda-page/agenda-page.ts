import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { CLOCK } from '../../core/time/clock';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { AgendaPageActions } from '../agenda/agenda-page.actions';
import {
  AGENDA_RANGE_CODES,
  AGENDA_RANGES,
  agendaWindow,
  lastDayOf,
  localDayOf,
  type AgendaRange,
} from '../agenda/agenda-window';
import { agendaFeature } from '../agenda/agenda.feature';

/** A day heading: "Thursday, 3 December 2026". */
export const DAY_FORMAT = 'EEEE, d MMMM y';

/**
 * The therapist's upcoming family sessions across clients, day by day, for this week or the next
 * two or four weeks. Times are the browser's own time zone; each session links to its client.
 */
@Component({
  selector: 'app-agenda-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatPaginator,
    MatProgressBar,
    EmptyState,
  ],
  templateUrl: './agenda-page.html',
  styleUrl: './agenda-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AgendaPage {
  private readonly store = inject(Store);
  private readonly clock = inject(CLOCK);

  protected readonly viewModel = this.store.selectSignal(agendaFeature.selectAgendaViewModel);
  protected readonly ranges = AGENDA_RANGE_CODES.map((code) => ({
    code,
    label: AGENDA_RANGES[code].label,
  }));
  protected readonly dayFormat = DAY_FORMAT;
  protected readonly lastDay = computed(() => {
    const window = this.viewModel().window;
    return window === null ? null : lastDayOf(window);
  });

  constructor() {
    const range = this.store.selectSignal(agendaFeature.selectRange)();
    this.store.dispatch(
      AgendaPageActions.opened({ window: agendaWindow(this.clock.now(), range) }),
    );
  }

  /** "Today" and "Tomorrow" beside those days' headings. */
  protected relativeDay(day: string): string | null {
    const today = new Date(this.clock.now());
    if (day === localDayOf(today.getTime())) {
      return 'Today';
    }
    const tomorrow = new Date(today);
    tomorrow.setDate(today.getDate() + 1);
    return day === localDayOf(tomorrow.getTime()) ? 'Tomorrow' : null;
  }

  protected rangeChanged(range: AgendaRange): void {
    this.store.dispatch(
      AgendaPageActions.rangeChanged({ range, window: agendaWindow(this.clock.now(), range) }),
    );
  }

  protected pageChanged(event: PageEvent): void {
    this.store.dispatch(AgendaPageActions.pageChanged({ pageIndex: event.pageIndex }));
  }

  protected retry(): void {
    this.store.dispatch(AgendaPageActions.retryClicked());
  }
}
