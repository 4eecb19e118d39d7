import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { PagerHarness } from '../../shared/pager/testing/pager-harness';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { CLIENT_ID, sessionNumber } from '../testing/sessions-fixtures';
import { SESSIONS_PAGE_SIZE, SessionTable } from './session-table';

describe('SessionTable', () => {
  let fixture: ComponentFixture<SessionTable>;
  let loader: HarnessLoader;

  async function render(count: number): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(SessionTable);
    fixture.componentRef.setInput('clientId', CLIENT_ID);
    fixture.componentRef.setInput(
      'sessions',
      Array.from({ length: count }, (_, index) =>
        sessionNumber(index + 1, { startsAt: `2026-0${1 + (index % 9)}-10T14:00:00.000Z` }),
      ),
    );
    fixture.componentRef.setInput('caption', 'Past sessions');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  it('links each session by its id, without a pager for a short list', async () => {
    await render(2);

    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a')).map(
      (link) => link.getAttribute('href'),
    );
    expect(links).toEqual(
      [sessionNumber(1).id, sessionNumber(2).id].map(
        (id) => `/clients/${CLIENT_ID}/sessions/${id}`,
      ),
    );
    expect(await loader.getAllHarnesses(PagerHarness)).toEqual([]);
  });

  it('pages a long list', async () => {
    await render(SESSIONS_PAGE_SIZE + 3);
    const table = await loader.getHarness(MatTableHarness);
    expect((await table.getRows()).length).toBe(SESSIONS_PAGE_SIZE);

    await (await loader.getHarness(PagerHarness)).goToNextPage();

    expect((await table.getRows()).length).toBe(3);
  });
});
