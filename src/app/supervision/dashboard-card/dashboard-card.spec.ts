import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { PagerHarness } from '../../shared/pager/testing/pager-harness';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import type { DataTable } from '../data-table';
import { PrintMode } from '../print-mode';
import { DashboardCard } from './dashboard-card';

const table = (rows: number): DataTable => ({
  title: 'Caseload per therapist',
  filename: 'caseload-by-therapist.csv',
  columns: [
    { label: 'Therapist', numeric: false },
    { label: 'Active', numeric: true },
  ],
  rows: Array.from({ length: rows }, (_, index) => ({ cells: [`Therapist ${index + 1}`, index], link: null })),
  totals: ['Team', 99],
});

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DashboardCard],
  template: `
    <app-dashboard-card sectionId="caseload" heading="Caseload per therapist" [table]="table()">
      <p class="chart-stand-in">The chart</p>
    </app-dashboard-card>
  `,
})
class Host {
  readonly table = signal(table(3));
}

describe('DashboardCard', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), PrintMode, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  const chartShown = () => (fixture.nativeElement as HTMLElement).querySelector('.chart:not(.hidden) .chart-stand-in') !== null;

  it('swaps the chart for the same numbers as a table, totals last', async () => {
    expect(chartShown()).toBeTrue();
    expect(await loader.getAllHarnesses(MatTableHarness)).toEqual([]);

    await (await loader.getHarness(MatSlideToggleHarness.with({ label: 'Show as table' }))).check();

    expect(chartShown()).toBeFalse();
    const tableHarness = await loader.getHarness(MatTableHarness);
    expect(await tableHarness.getCellTextByIndex()).toEqual([
      ['Therapist 1', '0'],
      ['Therapist 2', '1'],
      ['Therapist 3', '2'],
    ]);
    const [footer] = await tableHarness.getFooterRows();
    expect(await footer.getCellTextByIndex()).toEqual(['Team', '99']);
  });

  it('pages a long table', async () => {
    fixture.componentInstance.table.set(table(30));
    await (await loader.getHarness(MatSlideToggleHarness.with({ label: 'Show as table' }))).check();

    const tableHarness = await loader.getHarness(MatTableHarness);
    expect((await tableHarness.getRows()).length).toBe(25);
    await (await loader.getHarness(PagerHarness)).goToNextPage();
    expect((await tableHarness.getRows()).length).toBe(5);
  });

  it('prints every row of a long table', async () => {
    fixture.componentInstance.table.set(table(30));
    await (await loader.getHarness(MatSlideToggleHarness.with({ label: 'Show as table' }))).check();

    window.dispatchEvent(new Event('beforeprint'));
    expect((await (await loader.getHarness(MatTableHarness)).getRows()).length).toBe(30);
    expect(await loader.getAllHarnesses(PagerHarness)).toEqual([]);
    window.dispatchEvent(new Event('afterprint'));
    expect((await (await loader.getHarness(MatTableHarness)).getRows()).length).toBe(25);
  });

  it('downloads the table as CSV under its file name', async () => {
    const createObjectURL = spyOn(URL, 'createObjectURL').and.returnValue('blob:csv');
    spyOn(URL, 'revokeObjectURL');
    const click = spyOn(HTMLAnchorElement.prototype, 'click');

    await (await loader.getHarness(MatButtonHarness.with({ text: /Download CSV/ }))).click();

    expect(click).toHaveBeenCalledTimes(1);
    expect((click.calls.mostRecent().object as HTMLAnchorElement).download).toBe('caseload-by-therapist.csv');
    expect(await (createObjectURL.calls.mostRecent().args[0] as Blob).text()).toBe(
      'Therapist,Active\r\nTherapist 1,0\r\nTherapist 2,1\r\nTherapist 3,2\r\nTeam,99\r\n',
    );
  });
});
