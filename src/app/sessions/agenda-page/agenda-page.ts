import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { Pager, type PageChange } from '../../shared/pager/pager';
import { ActivatedRoute, Router, RouterLink, type ParamMap } from '@angular/router';
import { Store } from '@ngrx/store';
import { CLOCK } from '../../core/time/clock';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { RequestStatus } from '../../shared/request-status/request-status';
import {
  AGENDA_VIEW_CODES,
  AGENDA_VIEWS,
  agendaViewOf,
  calendarDayOf,
  calendarDays,
  calendarWindow,
  movedDay,
  type AgendaView,
} from '../agenda/agenda-calendar';
import { AgendaPageActions } from '../agenda/agenda-page.actions';
import {
  AGENDA_RANGE_CODES,
  AGENDA_RANGES,
  agendaWindow,
  lastDayOf,
  type AgendaRange,
  type AgendaWindow,
} from '../agenda/agenda-window';
import { agendaFeature } from '../agenda/agenda.feature';
import { AgendaCalendarView } from './agenda-calendar-view';
import { localDateOf } from '../../shared/time/local-time';

/** A day heading: "Thursday, 3 December 2026". */
export const DAY_FORMAT = 'EEEE, d MMMM y';

/**
 * The therapist's upcoming family sessions across clients, day by day, for this week or the next
 * two or four weeks; or as a calendar of one week or one day, moved back and forth. The view and
 * its date are in the URL (`?view=week&date=2026-12-03`), so a reload or a link keeps them.
 * Times are the browser's own time zone; each session links to its client.
 */
@Component({
  selector: 'app-agenda-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatButtonToggleGroup,
    MatButtonToggle,
    Pager,
    RequestStatus,
    EmptyState,
    AgendaCalendarView,
  ],
  templateUrl: './agenda-page.html',
  styleUrl: './agenda-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AgendaPage {
  private readonly store = inject(Store);
  private readonly clock = inject(CLOCK);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly queryParams = toSignal(this.route.queryParamMap, {
    requireSync: true,
  });

  protected readonly viewModel = this.store.selectSignal(agendaFeature.selectAgendaViewModel);
  protected readonly ranges = AGENDA_RANGE_CODES.map((code) => ({
    code,
    label: AGENDA_RANGES[code].label,
  }));
  protected readonly views = AGENDA_VIEW_CODES.map((code) => ({ code, label: AGENDA_VIEWS[code] }));
  protected readonly dayFormat = DAY_FORMAT;
  protected readonly today = computed(() => localDateOf(this.clock.now()));
  protected readonly view = computed(() => agendaViewOf(this.queryParams().get('view')));
  protected readonly calendarView = computed(() => {
    const view = this.view();
    return view === 'list' ? null : view;
  });
  /** The day the week or day view is about; today unless the URL names a real day. */
  protected readonly anchorDay = computed(
    () => calendarDayOf(this.queryParams().get('date')) ?? this.today(),
  );
  private readonly rows = this.store.selectSignal(agendaFeature.selectRows);
  protected readonly calendarDays = computed(() => {
    const view = this.view();
    return view === 'list' ? [] : calendarDays(view, this.anchorDay(), this.rows());
  });
  protected readonly calendarEmpty = computed(
    () =>
      !this.viewModel().loading &&
      this.viewModel().error === null &&
      this.calendarDays().every((day) => day.rows.length === 0),
  );
  protected readonly lastDay = computed(() => {
    const window = this.viewModel().window;
    return window === null ? null : lastDayOf(window);
  });

  constructor() {
    // Each change of view or date in the URL loads its days; the first one opens the page.
    let shown: AgendaWindow | null = null;
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const window = this.windowOf(params);
      if (shown === null) {
        this.store.dispatch(AgendaPageActions.opened({ window }));
      } else if (window.start !== shown.start || window.end !== shown.end) {
        this.store.dispatch(AgendaPageActions.viewChanged({ window }));
      }
      shown = window;
    });
  }

  private windowOf(params: ParamMap): AgendaWindow {
    const view = agendaViewOf(params.get('view'));
    if (view === 'list') {
      const range = this.store.selectSignal(agendaFeature.selectRange)();
      return agendaWindow(this.clock.now(), range);
    }
    return calendarWindow(view, calendarDayOf(params.get('date')) ?? this.today());
  }

  protected viewChanged(view: AgendaView): void {
    this.showInUrl(view, view === 'list' ? null : this.urlDate(this.anchorDay()));
  }

  /** Previous (-1) or next (1) week or day. */
  protected moved(step: number): void {
    const view = this.view();
    if (view !== 'list') {
      this.showInUrl(view, this.urlDate(movedDay(view, this.anchorDay(), step)));
    }
  }

  protected backToToday(): void {
    this.showInUrl(this.view(), null);
  }

  /** Today needs no date in the URL, so a bookmark of the week view always opens this week. */
  private urlDate(day: string): string | null {
    return day === this.today() ? null : day;
  }

  private showInUrl(view: AgendaView, date: string | null): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { view: view === 'list' ? null : view, date },
      queryParamsHandling: 'merge',
    });
  }

  /** "Today" and "Tomorrow" beside those days' headings. */
  protected relativeDay(day: string): string | null {
    const today = new Date(this.clock.now());
    if (day === localDateOf(today.getTime())) {
      return 'Today';
    }
    const tomorrow = new Date(today);
    tomorrow.setDate(today.getDate() + 1);
    return day === localDateOf(tomorrow.getTime()) ? 'Tomorrow' : null;
  }

  protected rangeChanged(range: AgendaRange): void {
    this.store.dispatch(
      AgendaPageActions.rangeChanged({ range, window: agendaWindow(this.clock.now(), range) }),
    );
  }

  protected pageChanged(event: PageChange): void {
    this.store.dispatch(AgendaPageActions.pageChanged({ pageIndex: event.pageIndex }));
  }

  protected retry(): void {
    this.store.dispatch(AgendaPageActions.retryClicked());
  }
}
