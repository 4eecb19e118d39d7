import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { ManualClock } from '../../../testing/manual-clock';
import { CLOCK } from '../../core/time/clock';
import { calendarWindow } from '../agenda/agenda-calendar';
import { AgendaPageActions } from '../agenda/agenda-page.actions';
import { agendaWindow } from '../agenda/agenda-window';
import type { AgendaState } from '../agenda/agenda.feature';
import {
  agendaEntryNumber,
  agendaStateWith,
  localInstant,
} from '../agenda/testing/agenda-fixtures';
import AgendaPage from './agenda-page';

/** A clock that reads 09:00 local time on Thursday 3 December 2026. */
class AgendaClock extends ManualClock {
  override now(): number {
    return Date.parse(localInstant(2026, 12, 3, 9, 0));
  }
}

describe('AgendaPage views (list, week, day)', () => {
  let harness: RouterTestingHarness;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let router: Router;
  const now = Date.parse(localInstant(2026, 12, 3, 9, 0));
  const thisWeek = calendarWindow('week', '2026-12-03');

  async function open(url: string, agenda: AgendaState): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'agenda', component: AgendaPage }]),
        provideMockStore({ initialState: { agenda } }),
        { provide: CLOCK, useClass: AgendaClock },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    router = TestBed.inject(Router);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, AgendaPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await harness.fixture.whenStable();
    return harness.routeNativeElement!;
  }

  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

  it('offers List, Week and Day as a labelled switch, and keeps the choice in the URL', async () => {
    await open('/agenda', agendaStateWith([], { loadStatus: 'loaded' }));
    const group = await loader.getHarness(
      MatButtonToggleGroupHarness.with({ selector: '[aria-labelledby="agenda-view-label"]' }),
    );
    const toggles = await group.getToggles();

    expect(await Promise.all(toggles.map((toggle) => toggle.getText()))).toEqual([
      'List',
      'Week',
      'Day',
    ]);
    expect(await toggles[0].isChecked()).toBeTrue();
    expect(dispatch).toHaveBeenCalledOnceWith(
      AgendaPageActions.opened({ window: agendaWindow(now, 'week') }),
    );

    await toggles[1].check();
    await harness.fixture.whenStable();

    expect(router.url).toBe('/agenda?view=week');
    expect(dispatch).toHaveBeenCalledWith(AgendaPageActions.viewChanged({ window: thisWeek }));
    expect(await toggles[1].isChecked()).toBeTrue();

    await toggles[0].check();
    await harness.fixture.whenStable();

    expect(router.url).toBe('/agenda');
    expect(dispatch).toHaveBeenCalledWith(
      AgendaPageActions.viewChanged({ window: agendaWindow(now, 'week') }),
    );
  });

  it('shows the week Monday to Sunday, a heading and a list per day, today marked', async () => {
    const thursday = agendaEntryNumber(1, {
      startsAt: localInstant(2026, 12, 3, 14, 0),
      modality: 'video',
    });
    const thursdayEarlier = agendaEntryNumber(2, { startsAt: localInstant(2026, 12, 3, 8, 30) });
    const sunday = agendaEntryNumber(3, { startsAt: localInstant(2026, 12, 6, 23, 30) });
    const host = await open(
      '/agenda?view=week',
      agendaStateWith([thursday, thursdayEarlier, sunday], {
        window: thisWeek,
        loadStatus: 'loaded',
      }),
    );

    expect(dispatch).toHaveBeenCalledOnceWith(AgendaPageActions.opened({ window: thisWeek }));
    const days = Array.from(host.querySelectorAll('.calendar-day'));
    expect(days.map((day) => text(day.querySelector('h2')))).toEqual([
      'Monday 30 November',
      'Tuesday 1 December',
      'Wednesday 2 December',
      'Thursday 3 December Today',
      'Friday 4 December',
      'Saturday 5 December',
      'Sunday 6 December',
    ]);
    expect(days.map((day) => day.querySelector('h2')?.getAttribute('aria-current'))).toEqual([
      null,
      null,
      null,
      'date',
      null,
      null,
      null,
    ]);
    expect(text(days[0].querySelector('.no-sessions'))).toBe('No sessions');
    const thursdaySessions = Array.from(days[3].querySelectorAll('ul > li a'));
    expect(thursdaySessions.map(text)).toEqual([
      '08:30 Client 2 Family session · In person',
      '14:00 Client 1 Family session · Video',
    ]);
    expect(thursdaySessions[1].getAttribute('href')).toBe(
      `/clients/${thursday.client.id}/sessions/${thursday.session.id}`,
    );
    expect(text(days[6].querySelector('ul'))).toContain('23:30 Client 3');
    expect(host.querySelector('.calendar-empty')).toBeNull();
  });

  it('moves to the previous and next week and back to today, in the URL', async () => {
    await open(
      '/agenda?view=week',
      agendaStateWith([], { window: thisWeek, loadStatus: 'loaded' }),
    );

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Next week' }))).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/agenda?view=week&date=2026-12-07');
    expect(dispatch).toHaveBeenCalledWith(
      AgendaPageActions.viewChanged({ window: calendarWindow('week', '2026-12-07') }),
    );

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Previous week' }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Previous week' }))).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/agenda?view=week&date=2026-11-23');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Today' }))).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/agenda?view=week');
    expect(dispatch.calls.mostRecent().args).toEqual([
      AgendaPageActions.viewChanged({ window: thisWeek }),
    ]);
  });

  it('shows one day from the URL, and says when it is empty', async () => {
    const day = calendarWindow('day', '2026-12-04');
    const host = await open(
      '/agenda?view=day&date=2026-12-04',
      agendaStateWith([], { window: day, loadStatus: 'loaded' }),
    );

    expect(dispatch).toHaveBeenCalledOnceWith(AgendaPageActions.opened({ window: day }));
    expect(text(host.querySelector('.calendar-empty'))).toBe('No sessions planned this day.');
    expect(host.querySelectorAll('.calendar-day')).toHaveSize(1);
    expect(text(host.querySelector('.calendar-day h2'))).toBe('Friday 4 December');
    expect(host.querySelector('[aria-current]')).toBeNull();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Next day' }))).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/agenda?view=day&date=2026-12-05');
  });

  it('says when the week is empty', async () => {
    const host = await open(
      '/agenda?view=week',
      agendaStateWith([], { window: thisWeek, loadStatus: 'loaded' }),
    );

    expect(text(host.querySelector('.calendar-empty'))).toBe('No sessions planned this week.');
  });
});
