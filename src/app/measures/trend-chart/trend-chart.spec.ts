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
import { changeNorm } from '@domain/measures/reliable-change';
import { networkEventsOf } from './trend-chart-config';
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
        { id: 's7', startsAt: '2026-02-10T10:00:00.000Z', status: 'completed', type: 'family-session' },
        { id: 's8', startsAt: '2026-03-10T10:00:00.000Z', status: 'cancelled', type: 'family-session' },
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

  describe('with the network’s changes and reliable changes', () => {
    const declining = [measureNumber(5, 'ucla-3', [1, 1, 1]), measureNumber(6, 'ucla-3', [3, 3, 2])];
    const strained = members[1];
    const networkEvents = [
      { id: 'a', memberId: members[0].id, kind: 'tie-added', date: '2026-01-20', from: null, to: null, memberName: members[0].name, worsening: false },
      { id: 'b', memberId: strained.id, kind: 'quality-changed', date: '2026-02-12', from: 'supportive', to: 'strained', memberName: strained.name, worsening: true },
    ];
    const sessions = [{ id: 's-in', startsAt: '2026-02-14T12:00:00.000Z', status: 'completed', type: 'network-meeting' }];
    const changeNorms = { 'ucla-3': [changeNorm('ucla-3', 'total')] };

    it('marks the network’s changes on the chart by shape, counts them in the key, and lists them as a table', async () => {
      await render(declining, { networkEvents, changeNorms });
      const drawn = networkEventsOf({ plugins: chart()!.config.plugins } as never);
      expect(drawn.map((marker) => marker.worsening)).toEqual([false, true]);
      expect(host().querySelector('.key')!.textContent).toContain('Network change for the worse (1)');
      expect(host().querySelector('.key')!.textContent).toContain('Other network change (1)');
      const rows = Array.from(host().querySelectorAll('app-network-change-list tbody tr')).map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows[0]).toContain('Feb 12, 2026');
      expect(rows[0]).toContain(`${strained.name}Tie quality changed: supportive → strained (for the worse)`);
      expect(rows.length).toBe(2);
    });

    it('opens "between these two measures" from a reliable decline by keyboard-reachable button, lists what happened, and takes focus', async () => {
      await render(declining, { networkEvents, changeNorms, sessions });
      const changes = host().querySelector('.changes')!;
      expect(changes.textContent).toContain('UCLA-3: reliable change is 3 or more');
      expect(changes.textContent).toContain('Reliable decline: Feb 9, 2026 (3) to Feb 16, 2026 (8)');

      await (await loader.getHarness(MatButtonHarness.with({ text: 'Between these two measures' }))).click();
      await fixture.whenStable();
      const panel = host().querySelector('app-between-measures-panel')!;
      expect(panel.textContent).toContain(`${strained.name}: Tie quality changed: supportive → strained (for the worse)`);
      expect(panel.textContent).not.toContain(members[0].name);
      expect(panel.textContent).toContain('Network meeting: completed');
      expect(panel.textContent).toContain('Reliable decline in the UCLA-3 total: 3 → 8 (+5).');
      expect(document.activeElement?.textContent).toBe('Between these two measures');

      await (await loader.getHarness(MatButtonHarness.with({ text: 'Close' }))).click();
      await fixture.whenStable();
      expect(host().querySelector('app-between-measures-panel')).toBeNull();
    });

    it('lists a flagged subscale’s reliable change while the total holds, and opens its panel with the subscale’s own threshold', async () => {
      // Items 3, 4, 8, 11 are Family and 6, 7, 9, 12 Friends: Family 5 → 3, Friends 5 → 7, total 5 → 5.
      const shifting = [measureNumber(7, 'mspss', uniformAnswers('mspss', 5)), measureNumber(8, 'mspss', [5, 5, 3, 3, 5, 7, 7, 3, 7, 5, 3, 7])];
      const mspssNorms = { mspss: ['total', 'significant-other', 'family', 'friends'].map((scale) => changeNorm('mspss', scale)) };
      await render(shifting, { changeNorms: mspssNorms });
      const changes = host().querySelector('.changes')!.textContent!.replace(/\s+/g, ' ');
      expect(changes).toContain('MSPSS: reliable change is 1.00 or more');
      expect(changes).toContain('MSPSS Family: reliable change is 1.25 or more');
      expect(changes).toMatch(/Reliable decline in Family: \w+ \d+, 2026 \(5\.00\) to \w+ \d+, 2026 \(3\.00\)/);
      expect(changes).toContain('Reliable improvement in Friends');
      expect(changes).not.toMatch(/Reliable (decline|improvement):/);

      const buttons = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Between these two measures' }));
      expect(buttons.length).toBe(2);
      await buttons[0].click();
      await fixture.whenStable();
      const panel = host().querySelector('app-between-measures-panel')!.textContent!;
      expect(panel).toContain('Reliable decline in the MSPSS Family subscale: 5.00 → 3.00 (−2.00).');
      expect(panel).toContain('MSPSS Family: reliable change is 1.25 or more');

      await showTable();
      expect(tableColumn(3)).toEqual([jasmine.stringContaining('Reliable decline in Family'), '']);
      expect(tableColumn(3)[0]).toContain('Reliable improvement in Friends');
    });

    it('shows the change in the table too, and says so when no change was reliable', async () => {
      await render(declining, { changeNorms });
      await showTable();
      expect(tableColumn(3)).toEqual(['Reliable decline', '']);

      fixture.componentRef.setInput('measures', [measureNumber(5, 'ucla-3', [1, 1, 1]), measureNumber(6, 'ucla-3', [1, 2, 1])]);
      await fixture.whenStable();
      expect(host().querySelector('.changes')!.textContent).toContain('No reliable change from one measure to the next.');
    });
  });
});
