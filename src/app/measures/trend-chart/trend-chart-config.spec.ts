import { INSTRUMENTS } from '@domain/measures/instrument-catalog';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { memberNumber } from '../../network/testing/network-fixtures';
import { measureNumber, uniformAnswers } from '../testing/measures-fixtures';
import { datasetValues, FALLBACK_PALETTE, markersOf, NETWORK_AXIS, NETWORK_EVENT_ROW, SELF_REPORT_MARKER, trendChartConfig, type TrendChartInput } from './trend-chart-config';
import { timeOfDate, trendRows, type SessionMarker } from './trend-series';

describe('trendChartConfig', () => {
  const mspssMeasures = [
    measureNumber(1, 'mspss', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
    measureNumber(2, 'mspss', [4, 4, 3, 3, 4, 5, 5, 3, 5, 4, 3, 5]),
    measureNumber(3, 'mspss', uniformAnswers('mspss', 6)),
  ];
  const members = [memberNumber(1, { activeFrom: '2026-01-01' }), memberNumber(2, { activeFrom: '2026-01-15', tieQuality: 'strained' })];
  const rows = trendRows(mspssMeasures, 'mspss', members);
  const input = (changes: Partial<TrendChartInput> = {}): TrendChartInput => ({
    series: [{ instrument: INSTRUMENTS.mspss, rows }],
    subscales: [],
    network: false,
    sessions: [],
    range: { from: timeOfDate('2026-01-05'), to: timeOfDate('2026-12-01') },
    palette: FALLBACK_PALETTE,
    ...changes,
  });
  const annotations = (config: ReturnType<typeof trendChartConfig>) =>
    (config.options?.plugins?.annotation?.annotations ?? {}) as Record<string, AnnotationOptions>;

  it('draws the instrument total as one line of {x, y} points on its own score axis, without animation', () => {
    const config = trendChartConfig(input());
    const [total] = config.data.datasets;

    expect(config.data.datasets.length).toBe(1);
    expect(total.label).toBe('MSPSS total');
    expect(total.data).toEqual(rows.map((row) => ({ x: row.x, y: row.total })));
    expect(total.yAxisID).toBe('y-mspss');
    expect(config.options?.animation).toBeFalse();
    expect(config.options?.parsing).toBeFalse();
    expect(config.options?.normalized).toBeTrue();
    const axis = config.options?.scales?.['y-mspss'];
    expect(axis).toEqual(jasmine.objectContaining({ min: 1, max: 7, position: 'left' }));
    expect(config.options?.scales?.['x']).toEqual(
      jasmine.objectContaining({ type: 'time', min: timeOfDate('2026-01-05'), max: timeOfDate('2026-12-01') }),
    );
  });

  it('shades only the concern bands, on the instrument’s axis', () => {
    const mspss = annotations(trendChartConfig(input()));
    expect(Object.keys(mspss)).toEqual(['band-low']);
    expect(mspss['band-low']).toEqual(
      jasmine.objectContaining({ type: 'box', yScaleID: 'y-mspss', yMin: 1, yMax: 3, backgroundColor: FALLBACK_PALETTE.concernFill }),
    );

    const ucla = annotations(trendChartConfig(input({ series: [{ instrument: INSTRUMENTS['ucla-3'], rows: [] }] })));
    expect(ucla['band-lonely']).toEqual(jasmine.objectContaining({ yScaleID: 'y-ucla-3', yMin: 6, yMax: 9 }));
    expect(ucla['band-not-lonely']).toBeUndefined();
  });

  it('moves a band label in the top-left corner below the row of network changes, only when there are some', () => {
    const labelOf = (options: AnnotationOptions | undefined) => (options as { label?: { yAdjust?: number; position?: unknown } } | undefined)?.label;
    const ucla = (networkEvents: TrendChartInput['networkEvents']) =>
      annotations(trendChartConfig(input({ series: [{ instrument: INSTRUMENTS['ucla-3'], rows: [] }], networkEvents })))['band-lonely'];
    const atStart = [{ x: timeOfDate('2026-01-05'), worsening: false }];
    expect(labelOf(ucla(atStart))).toEqual(jasmine.objectContaining({ position: { x: 'start', y: 'start' }, yAdjust: NETWORK_EVENT_ROW }));
    expect(labelOf(ucla([]))!.yAdjust).withContext('no markers').toBeUndefined();
    expect(labelOf(ucla([{ x: timeOfDate('2027-06-01'), worsening: true }]))!.yAdjust).withContext('markers outside the time axis').toBeUndefined();
    // The MSPSS "low" band's label sits at its foot, far from the markers.
    expect(labelOf(annotations(trendChartConfig(input({ networkEvents: atStart })))['band-low'])!.yAdjust).toBeUndefined();
  });

  it('marks family sessions inside the time axis as vertical lines: solid completed, dashed missed, dotted planned', () => {
    const sessions: SessionMarker[] = [
      { x: timeOfDate('2026-02-01'), kind: 'completed' },
      { x: timeOfDate('2026-03-01'), kind: 'missed' },
      { x: timeOfDate('2026-04-01'), kind: 'planned' },
      { x: timeOfDate('2027-06-01'), kind: 'planned' },
    ];
    const config = trendChartConfig(input({ sessions }));
    expect(markersOf(config)).toEqual(sessions.slice(0, 3));
    expect(Object.keys(annotations(config)).filter((id) => id.startsWith('session'))).toEqual([]);

    // Drawn across the plot area under the data, one stroked path per kind.
    const strokes: { dash: number[]; colour: string; lines: number[] }[] = [];
    let lines: number[] = [];
    let dash: number[] = [];
    const ctx = {
      save: () => undefined,
      restore: () => undefined,
      beginPath: () => (lines = []),
      moveTo: (x: number) => lines.push(x),
      lineTo: () => undefined,
      setLineDash: (pattern: number[]) => (dash = pattern),
      stroke() {
        strokes.push({ dash, colour: this.strokeStyle, lines });
      },
      strokeStyle: '',
      lineWidth: 0,
    };
    const chart = {
      ctx,
      chartArea: { left: 0, right: 1000, top: 0, bottom: 300 },
      scales: { x: { getPixelForValue: (value: number) => (value - timeOfDate('2026-01-01')) / 86_400_000 } },
    };
    const plugin = config.plugins![0] as unknown as { beforeDatasetsDraw: (chart: unknown) => void };
    plugin.beforeDatasetsDraw(chart);

    expect(strokes.map((stroke) => stroke.dash)).toEqual([[6, 4], [2, 3], []]);
    expect(strokes.map((stroke) => stroke.lines.length)).toEqual([1, 1, 1]);
    expect(new Set(strokes.map((stroke) => stroke.colour)).size).toBe(3);
    expect(strokes[2].colour).toBe(FALLBACK_PALETTE.sessions.completed);
  });

  it('draws a single measure as a point (no line to draw), padded away from the axis edges', () => {
    const single = trendRows([mspssMeasures[0]], 'mspss', null);
    const config = trendChartConfig(input({ series: [{ instrument: INSTRUMENTS.mspss, rows: single }], range: null }));
    const x = config.options?.scales?.['x'] as { min: number; max: number };

    expect(config.data.datasets[0].data).toEqual([{ x: single[0].x, y: 2 }]);
    expect(config.data.datasets[0].pointRadius).toBeGreaterThan(0);
    expect(x.min).toBeLessThan(single[0].x);
    expect(x.max).toBeGreaterThan(single[0].x);
  });

  it('adds the chosen subscales on the same axis, each with its own shape and dash', () => {
    const config = trendChartConfig(input({ subscales: ['friends', 'family'] }));
    const labels = config.data.datasets.map((dataset) => dataset.label);

    // Catalogue order, whatever order they were ticked in.
    expect(labels).toEqual(['MSPSS total', 'Family (subscale)', 'Friends (subscale)']);
    expect(datasetValues(config)['Friends (subscale)']).toEqual(rows.map((row) => row.subscales['friends']));
    expect(config.data.datasets.every((dataset) => dataset.yAxisID === 'y-mspss')).toBeTrue();
    const styles = config.data.datasets.map((dataset) => `${String(dataset.pointStyle)} ${JSON.stringify(dataset.borderDash)}`);
    expect(new Set(styles).size).toBe(3);
    expect(trendChartConfig(input({ subscales: [] })).data.datasets.length).toBe(1);
  });

  it('puts the network’s active members and supportive ties on a second axis at the right', () => {
    const config = trendChartConfig(input({ network: true }));
    const values = datasetValues(config);

    expect(values['Active network members']).toEqual([1, 2, 2]);
    expect(values['Supportive ties']).toEqual([1, 1, 1]);
    expect(config.data.datasets.filter((dataset) => dataset.yAxisID === NETWORK_AXIS).length).toBe(2);
    expect(config.options?.scales?.[NETWORK_AXIS]).toEqual(jasmine.objectContaining({ position: 'right', min: 0 }));
    // Without network figures (not loaded), no empty axis.
    const unloaded = trendRows(mspssMeasures, 'mspss', null);
    expect(trendChartConfig(input({ network: true, series: [{ instrument: INSTRUMENTS.mspss, rows: unloaded }] })).options?.scales?.[NETWORK_AXIS]).toBeUndefined();
  });

  it('gives every further instrument an axis of its own (the benchmark’s five series)', () => {
    const ucla = trendRows([measureNumber(4, 'ucla-3', [3, 3, 3])], 'ucla-3', null);
    const config = trendChartConfig(input({ network: true, series: [{ instrument: INSTRUMENTS.mspss, rows }, { instrument: INSTRUMENTS['ucla-3'], rows: ucla }] }));

    expect(config.data.datasets.map((dataset) => dataset.yAxisID)).toEqual(['y-mspss', 'y-ucla-3', NETWORK_AXIS, NETWORK_AXIS]);
    expect(config.options?.scales?.['y-ucla-3']).toEqual(jasmine.objectContaining({ min: 3, max: 9 }));
  });

  it('shows the date and the value with the instrument’s decimals on hover', () => {
    const config = trendChartConfig(input({ network: true }));
    const callbacks = config.options?.plugins?.tooltip?.callbacks as {
      title: (items: unknown[]) => string;
      label: (item: unknown) => string;
    };
    const total = { dataset: config.data.datasets[0], datasetIndex: 0, parsed: { x: rows[1].x, y: rows[1].total } };
    const network = { dataset: config.data.datasets[1], datasetIndex: 1, parsed: { x: rows[1].x, y: 2 } };

    expect(callbacks.title([total])).toBe('Jan 19, 2026');
    expect(callbacks.label(total)).toBe(`MSPSS total: ${rows[1].total.toFixed(2)}`);
    expect(callbacks.label(network)).toBe('Active network members: 2');
  });

  it('thins the markers on long histories and leaves the legend and axis titles out of the compact chart', () => {
    const weekly = Array.from({ length: 520 }, (_, index) => ({ ...rows[0], measureId: String(index), x: rows[0].x + index * 604_800_000 }));
    const long = trendChartConfig(input({ series: [{ instrument: INSTRUMENTS.mspss, rows: weekly }] }));
    expect(long.data.datasets[0].pointRadius).toBe(0);
    expect(long.data.datasets[0].data.length).toBe(520);

    const compact = trendChartConfig(input({ compact: true }));
    expect(compact.options?.plugins?.legend?.display).toBeFalse();
    expect((compact.options?.scales?.['y-mspss'] as { title: { display: boolean } }).title.display).toBeFalse();
  });

  it('splits the total by source: self-reported points as hollow diamonds without a line, in a legend entry of their own', () => {
    const selfReported = { source: 'self-report' } as const;
    const mixed = [mspssMeasures[0], { ...mspssMeasures[1], ...selfReported }, mspssMeasures[2]];
    const mixedRows = trendRows(mixed, 'mspss', null);
    const config = trendChartConfig(input({ series: [{ instrument: INSTRUMENTS.mspss, rows: mixedRows }] }));
    const [total, reported] = config.data.datasets;

    expect(config.data.datasets.map((dataset) => dataset.label)).toEqual(['MSPSS total', 'MSPSS self-reported']);
    // The line still runs through every measure; its own marker is left out where the diamond sits.
    expect(total.data).toEqual(mixedRows.map((row) => ({ x: row.x, y: row.total })));
    expect(total.pointRadius).toEqual([4, 0, 4]);
    expect(reported.data).toEqual([{ x: mixedRows[1].x, y: mixedRows[1].total }]);
    expect(reported).toEqual(jasmine.objectContaining({ ...SELF_REPORT_MARKER, yAxisID: 'y-mspss', pointBackgroundColor: '#fff' }));
    expect(reported.pointStyle).toBe('rectRot');
    expect(reported.pointBorderColor).toBe(total.borderColor as string);
    expect(config.options?.plugins?.legend?.display).toBeTrue();

    // The tooltip reads the self-reported value with the instrument's decimals.
    const label = (config.options?.plugins?.tooltip?.callbacks as { label: (item: unknown) => string }).label;
    expect(label({ dataset: reported, datasetIndex: 1, parsed: { x: mixedRows[1].x, y: mixedRows[1].total } })).toBe(`MSPSS self-reported: ${mixedRows[1].total.toFixed(2)}`);
  });

  it('adds no self-report entry when every measure was entered by a clinician', () => {
    const config = trendChartConfig(input());
    expect(config.data.datasets.map((dataset) => dataset.label)).toEqual(['MSPSS total']);
    expect(typeof config.data.datasets[0].pointRadius).toBe('number');
  });
});
