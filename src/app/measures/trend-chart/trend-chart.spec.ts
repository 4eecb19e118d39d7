import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { By } from '@angular/platform-browser';
import type { MeasureResponse } from '@domain/measures/measure';
import { BaseChartDirective } from 'ng2-charts';
import { memberNumber } from '../../network/testing/network-fixtures';
import { measureNumber, uniformAnswers } from '../testing/measures-fixtures';
import { TrendChart } from './trend-chart';

describe('TrendChart', () => {
  let fixture: ComponentFixture<TrendChart>;
  let loader: HarnessLoader;
  const mspss = [
    measureNumber(1, 'mspss', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
    measureNumber(2, 'mspss', [4, 4, 3, 3, 4, 5, 5, 3, 5, 4, 3, 5]),
    measureNumber(3, 'mspss', uniformAnswers('mspss', 6)),
  ];
  const ucla = [measureNumber(4, 'ucla-3', [3, 3, 2])];
  const members = [memberNumber(1, { activeFrom: '2026-01-01' }), memberNumber(2, { activeFrom: '2026-01-15', tieQuality: 'strained' })];

  async function render(measures: readonly MeasureResponse[], changes: Record<string, unknown> = {}): Promise<void> {
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    fixture = TestBed.createComponent(TrendChart);
    fixture.componentRef.setInput('measures', measures);
    fixture.componentRef.setInput('treatmentStart', '2026-01-05');
    for (const [name, value] of Object.entries(changes)) {
      fixture.componentRef.setInput(name, value);
    }
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const host = () => fixture.nativeElement as HTMLElement;
  const chart = () => fixture.debugElement.query(By.directive(BaseChartDirective))?.injector.get(BaseChartDirective).chart;
  const datasets = () => chart()!.data.datasets.map((dataset) => ({ label: dataset.label, y: (dataset.data as { y: number }[]).map((point) => point.y) }));
  const tableColumn = (column: number) =>
    Array.from(host().querySelectorAll('tbody tr')).map((row) => row.querySelectorAll('td')[column].textContent?.trim());
  const showTable = async () => (await loader.getHarness(MatButtonHarness.with({ text: 'Show as table' }))).click();

  it('draws the first measured instrument’s total on a canvas described in words', async () => {
    await render([...mspss, ...ucla]);

    expect(datasets()).toEqual([{ label: 'MSPSS total', y: [2, 4, 6] }]);
    const canvas = host().querySelector('canvas')!;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toContain('MSPSS total: 3 measures from 2026-01-12 to 2026-01-26');
    expect(canvas.getAttribute('aria-label')).toContain('Latest 6.00, High perceived support');
  });

  it('shows the same numbers as a table, one click away, and back', async () => {
    await render(mspss, { members });
    const drawn = datasets();

    await showTable();

    expect(host().querySelector('canvas')).toBeNull();
    // The chart runs oldest to newest; the table lists the newest first.
    const newestFirst = (values: readonly string[]) => [...values].reverse();
    expect(tableColumn(1)).toEqual(newestFirst(drawn[0].y.map((value) => value.toFixed(2))));
    expect(tableColumn(2)).toEqual(['High perceived support', 'Moderate perceived support', 'Low perceived support']);
    // The network figures, as on the chart's second axis.
    expect(tableColumn(3)).toEqual(newestFirst(drawn.find((set) => set.label === 'Active network members')!.y.map(String)));
    expect(tableColumn(4)).toEqual(newestFirst(drawn.find((set) => set.label === 'Supportive ties')!.y.map(String)));
    // Who entered each measure, as the chart's markers tell apart.
    expect(tableColumn(5)).toEqual(['Clinician', 'Clinician', 'Clinician']);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Show as chart' }))).click();
    expect(host().querySelector('canvas')).not.toBeNull();
  });

  it('switches instrument with the toggle, offering only instruments with measures', async () => {
    await render([...mspss, ...ucla]);
    const toggles = await loader.getAllHarnesses(MatButtonToggleHarness);

    expect(await Promise.all(toggles.map((toggle) => toggle.getText()))).toEqual(['MSPSS', 'UCLA-3']);
    await toggles[1].check();
    expect(datasets()).toEqual([{ label: 'UCLA-3 total', y: [8] }]);
    expect(await loader.getAllHarnesses(MatCheckboxHarness.with({ label: 'Family' }))).toEqual([]);
  });

  it('adds and removes MSPSS subscales, on the chart and in the table alike', async () => {
    await render(mspss);
    const friends = await loader.getHarness(MatCheckboxHarness.with({ label: 'Friends' }));

    await friends.check();
    expect(datasets().map((set) => set.label)).toEqual(['MSPSS total', 'Friends (subscale)']);
    const friendsValues = datasets()[1].y.map((value) => value.toFixed(2));
    await showTable();
    expect(Array.from(host().querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toContain('Friends');
    expect(tableColumn(3)).toEqual([...friendsValues].reverse());

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Show as chart' }))).click();
    await friends.uncheck();
    expect(datasets().map((set) => set.label)).toEqual(['MSPSS total']);
  });

  it('hides the network series when unticked, and offers none before the network is loaded', async () => {
    await render(mspss, { members });
    const network = await loader.getHarness(MatCheckboxHarness.with({ label: /Active members and supportive ties/ }));
    expect(datasets().length).toBe(3);

    await network.uncheck();
    expect(datasets().map((set) => set.label)).toEqual(['MSPSS total']);

    fixture.componentRef.setInput('members', null);
    await fixture.whenStable();
    expect(await loader.getAllHarnesses(MatCheckboxHarness.with({ label: /Active members/ }))).toEqual([]);
  });

  it('draws a single measure as a point, and keys the session markers it shows', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    await render([mspss[0]], {
      sessions: [
        { startsAt: '2026-02-10T10:00:00.000Z', status: 'completed' },
        { startsAt: '2026-03-10T10:00:00.000Z', status: 'cancelled' },
        // The next planned session stretches the time axis; one planned far ahead does not.
        { startsAt: inDays(20), status: 'planned' },
        { startsAt: inDays(400), status: 'planned' },
      ],
    });

    expect(datasets()).toEqual([{ label: 'MSPSS total', y: [2] }]);
    expect(host().querySelector('canvas')!.getAttribute('aria-label')).toContain('one measure, on 2026-01-12');
    const key = host().querySelector('.key')!.textContent!.replace(/\s+/g, ' ');
    expect(key).toContain('Completed family session (1)');
    expect(key).toContain('Cancelled or no-show (1)');
    expect(key).toContain('Planned (1)');
    expect(chart()!.options.scales!['x']!.max).toBeGreaterThan(Date.now() + 19 * 86_400_000);
    expect(key).toContain('Shaded: concern range');
  });

  it('keeps the compact chart to the instrument choice and the table', async () => {
    await render([...mspss, ...ucla], { members, compact: true });

    expect(await loader.getAllHarnesses(MatCheckboxHarness)).toEqual([]);
    expect((await loader.getAllHarnesses(MatButtonToggleHarness)).length).toBe(2);
    expect(chart()!.options.plugins?.legend?.display).toBeFalse();
  });

  it('pages a long history in the table', async () => {
    const weekly = Array.from({ length: 60 }, (_, index) => measureNumber(index, 'ucla-3', [1, 2, 1]));
    await render(weekly);
    await showTable();

    expect(host().querySelectorAll('tbody tr').length).toBe(25);
    expect(host().querySelector('caption')!.textContent).toContain('60 measures');
    // The newest measure is on the first page, at the top.
    expect(tableColumn(0)[0]).toBe('Feb 22, 2027');
  });
});
