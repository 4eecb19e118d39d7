import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { PagerHarness } from '../../shared/pager/testing/pager-harness';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { provideRouter } from '@angular/router';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { ManualClock } from '../../../testing/manual-clock';
import { CLOCK } from '../../core/time/clock';
import { AgendaPageActions } from '../agenda/agenda-page.actions';
import { agendaWindow } from '../agenda/agenda-window';
import { AGENDA_PAGE_SIZE, type AgendaState } from '../agenda/agenda.feature';
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

describe('AgendaPage', () => {
  let fixture: ComponentFixture<AgendaPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let host: HTMLElement;
  const now = Date.parse(localInstant(2026, 12, 3, 9, 0));
  const week = agendaWindow(now, 'week');
  const problem: ProblemDocument = {
    type: 'about:blank',
    title: 'No connection',
    status: 0,
    detail: 'CareCircle could not reach the server.',
  };

  async function render(agenda: AgendaState): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { agenda } }),
        { provide: CLOCK, useClass: AgendaClock },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(AgendaPage);
    host = fixture.nativeElement as HTMLElement;
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

  it('opens today’s window for the period chosen last time', async () => {
    await render(agendaStateWith([], { range: 'four-weeks' }));

    expect(dispatch).toHaveBeenCalledOnceWith(
      AgendaPageActions.opened({ window: agendaWindow(now, 'four-weeks') }),
    );
  });

  it('shows the sessions day by day, in local time, each linking to its session', async () => {
    const today = agendaEntryNumber(1, {
      startsAt: localInstant(2026, 12, 3, 14, 0),
      attendees: [
        { kind: 'member', id: 'a', name: 'Jo Example', attendance: 'invited' },
        { kind: 'member', id: 'b', name: 'Sam Example', attendance: 'invited' },
      ],
    });
    const cancelled = agendaEntryNumber(2, {
      startsAt: localInstant(2026, 12, 4, 9, 30),
      durationMinutes: 90,
      status: 'cancelled',
      modality: 'video',
      location: '',
      attendees: [],
    });
    const later = agendaEntryNumber(3, {
      startsAt: localInstant(2026, 12, 8, 11, 0),
      type: 'network-meeting',
    });
    await render(
      agendaStateWith([today, cancelled, later], { window: week, loadStatus: 'loaded' }),
    );

    const days = Array.from(host.querySelectorAll('.day'));
    expect(days.map((day) => text(day.querySelector('h2')))).toEqual([
      'Thursday, 3 December 2026 Today',
      'Friday, 4 December 2026 Tomorrow',
      'Tuesday, 8 December 2026',
    ]);
    const first = days[0].querySelector('.session')!;
    expect(text(first.querySelector('.time'))).toBe('14:00–15:00');
    const link = first.querySelector('a.client') as HTMLAnchorElement;
    expect(text(link)).toBe('Client 1 CC-2026-0001');
    expect(link.getAttribute('href')).toBe(
      `/clients/${today.client.id}/sessions/${today.session.id}`,
    );
    expect(text(first.querySelector('.facts'))).toBe(
      'Family session · In person · Riverside clinic, room 2',
    );
    expect(text(first.querySelector('.attendees'))).toBe('With Jo Example, Sam Example');
    expect(text(first.querySelector('.status'))).toBe('Planned');

    const second = days[1].querySelector('.session')!;
    expect(second.classList).toContain('cancelled');
    expect(text(second.querySelector('.time'))).toBe('09:30–11:00');
    expect(text(second.querySelector('.facts'))).toBe('Family session · Video');
    expect(text(second.querySelector('.attendees'))).toBe('No network members invited');
    expect(text(second.querySelector('.status'))).toBe('Cancelled');
    expect(text(host.querySelector('.count'))).toBe('3 sessions, soonest first.');
    expect(await loader.getAllHarnesses(PagerHarness)).toEqual([]);
  });

  it('offers the three periods, labelled, and loads the one chosen', async () => {
    await render(agendaStateWith([], { window: week, loadStatus: 'loaded' }));
    const group = await loader.getHarness(
      MatButtonToggleGroupHarness.with({ selector: '[aria-labelledby="agenda-period-label"]' }),
    );
    const toggles = await group.getToggles();

    expect(await Promise.all(toggles.map((toggle) => toggle.getText()))).toEqual([
      'This week',
      'Next 2 weeks',
      'Next 4 weeks',
    ]);
    expect(await toggles[0].isChecked()).toBeTrue();
    expect(text(host.querySelector('#agenda-period-label'))).toBe('Period');
    expect(
      host.querySelector('.period mat-button-toggle-group')?.getAttribute('aria-labelledby'),
    ).toBe('agenda-period-label');

    await toggles[1].check();

    expect(dispatch).toHaveBeenCalledWith(
      AgendaPageActions.rangeChanged({
        range: 'two-weeks',
        window: agendaWindow(now, 'two-weeks'),
      }),
    );
  });

  it('says when nothing is planned, and where to plan', async () => {
    await render(agendaStateWith([], { window: week, loadStatus: 'loaded' }));

    expect(text(host.querySelector('app-empty-state h2'))).toBe(
      'No sessions planned in this period',
    );
    expect(text(host.querySelector('app-empty-state'))).toContain('Sessions tab');
    expect(host.querySelector('app-empty-state a')?.getAttribute('href')).toBe('/caseload');
  });

  it('shows progress while loading', async () => {
    await render(agendaStateWith([], { window: week, loadStatus: 'loading' }));

    expect(await loader.getAllHarnesses(MatProgressBarHarness)).toHaveSize(1);
    expect(host.querySelector('app-empty-state')).toBeNull();
  });

  it('shows the problem and retries', async () => {
    await render(agendaStateWith([], { window: week, loadStatus: 'failed', loadError: problem }));

    expect(text(host.querySelector('[role="alert"] p'))).toBe(
      'CareCircle could not reach the server.',
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

    expect(dispatch).toHaveBeenCalledWith(AgendaPageActions.retryClicked());
  });

  it('pages a long period', async () => {
    const entries = Array.from({ length: AGENDA_PAGE_SIZE + 1 }, (_, index) =>
      agendaEntryNumber(index + 1, { startsAt: localInstant(2026, 12, 4, 8, index) }),
    );
    await render(agendaStateWith(entries, { window: week, loadStatus: 'loaded' }));

    expect(host.querySelectorAll('.session')).toHaveSize(AGENDA_PAGE_SIZE);
    await (await loader.getHarness(PagerHarness)).goToNextPage();

    expect(dispatch).toHaveBeenCalledWith(AgendaPageActions.pageChanged({ pageIndex: 1 }));
  });
});
