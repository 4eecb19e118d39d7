import type { Instrument } from '@domain/measures/instrument';
import type { Chart, ChartConfiguration, ChartDataset, ChartOptions, Plugin, PointStyle, TooltipItem } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { SessionMarker, SessionMarkerKind, TrendRow } from './trend-series';

/**
 * The trend chart as a chart.js configuration, from plain data: a pure function (no Angular, no
 * chart.js runtime) so the component, its specs and the render benchmark all draw the same chart.
 *
 * Reading choice: one instrument at a time on its own y-axis (its real score range, its concern
 * bands shaded), because the three instruments differ in range and direction (a higher UCLA-3 is
 * lonelier) and overlaid or normalised scales mislead. The first series is that instrument; its
 * subscales can be added on the same axis, and the network (active members, supportive ties) on a
 * second axis at the right. More series (the benchmark draws all three) each get an axis of their
 * own at the left. Family sessions are vertical lines: solid for completed, dashed for cancelled or
 * no-show, dotted for planned. Series differ by point shape and dash as well as colour.
 *
 * Concern bands are box annotations (chartjs-plugin-annotation). Session markers are drawn by a
 * small plugin of their own instead: as 60 line annotations they took about half of the render
 * time of a ten-year chart (each annotation is an element with its own resolved options), drawn
 * in one path per kind they cost next to nothing.
 */

export interface TrendDatum {
  readonly x: number;
  readonly y: number;
}
export type TrendChartConfiguration = ChartConfiguration<'line', TrendDatum[]>;

/** Colours resolved from the Material theme when the chart is drawn (canvas cannot read CSS). */
export interface TrendPalette {
  /** Instrument totals first, then subscales. */
  readonly series: readonly string[];
  readonly network: readonly [activeMembers: string, supportiveTies: string];
  readonly text: string;
  readonly grid: string;
  readonly concernFill: string;
  readonly concernText: string;
  readonly sessions: Readonly<Record<SessionMarkerKind, string>>;
  /** The chart's background: fills the hollow self-report markers. */
  readonly surface?: string;
}

/** Used before the theme is read (and by the benchmark): contrast ≥ 3:1 on white for every line. */
export const FALLBACK_PALETTE: TrendPalette = {
  series: ['#005cbb', '#b3261e', '#6a4fb0', '#00696d', '#8c5000'],
  network: ['#3f4a5a', '#5d5f2f'],
  text: '#44474e',
  grid: '#c4c6d0',
  concernFill: 'rgba(186, 26, 26, 0.1)',
  concernText: '#93000a',
  sessions: { completed: '#006a60', missed: '#74777f', planned: '#6a4fb0' },
};

export interface TrendInstrumentSeries {
  readonly instrument: Instrument;
  readonly rows: readonly TrendRow[];
}

export interface TrendChartInput {
  /** The first is the instrument read (bands, subscales, network); further ones get their own axis. */
  readonly series: readonly TrendInstrumentSeries[];
  /** Subscale codes of the first instrument to draw. */
  readonly subscales: readonly string[];
  /** Draw active members and supportive ties (from the first series' rows) on a second axis. */
  readonly network: boolean;
  readonly sessions: readonly SessionMarker[];
  /** The time axis, e.g. treatment start to today; null fits the data. */
  readonly range: { readonly from: number; readonly to: number } | null;
  readonly palette: TrendPalette;
  /** The Overview's small chart: no legend, band labels or axis titles. */
  readonly compact?: boolean;
  /** Changes in the support network, as shapes along the top of the plot (none when absent). */
  readonly networkEvents?: readonly NetworkEventMarker[];
}

/** A change in the network on the time axis: for the worse (a tie ended, turned strained…) or not. */
export interface NetworkEventMarker {
  readonly x: number;
  readonly worsening: boolean;
}

/** Shapes and dashes that keep series apart without colour (the total is always a solid line). */
const TOTAL_STYLES: readonly { readonly point: PointStyle; readonly dash: number[] }[] = [
  { point: 'circle', dash: [] },
  { point: 'rect', dash: [8, 4] },
  { point: 'triangle', dash: [2, 3] },
];
const SUBSCALE_STYLES: readonly { readonly point: PointStyle; readonly dash: number[] }[] = [
  { point: 'rect', dash: [8, 4] },
  { point: 'triangle', dash: [2, 3] },
  { point: 'rectRot', dash: [12, 4, 2, 4] },
];
const NETWORK_STYLES: readonly { readonly point: PointStyle; readonly dash: number[] }[] = [
  { point: 'crossRot', dash: [4, 4] },
  { point: 'star', dash: [1, 3] },
];
/**
 * Answers the client gave through a self-report link: hollow diamonds without a line of their own, so
 * shape (not only colour) tells them from the measures a clinician entered.
 */
export const SELF_REPORT_MARKER = { showLine: false, pointStyle: 'rectRot', pointBorderWidth: 2 } as const satisfies {
  showLine: boolean;
  pointStyle: PointStyle;
  pointBorderWidth: number;
};

const SESSION_DASH: Readonly<Record<SessionMarkerKind, number[]>> = { completed: [], missed: [6, 4], planned: [2, 3] };

export const NETWORK_AXIS = 'y-network';
export const axisOf = (instrument: Instrument) => `y-${instrument.code}`;

/** Above this many points per series the markers go (hover still finds every point). */
const MANY_POINTS = 120;
/** With one point there is no line: pad the axis so the point is not on its edge. */
const SINGLE_DATE_PADDING_MS = 30 * 86_400_000;

const tooltipDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

export function trendChartConfig(input: TrendChartInput): TrendChartConfiguration {
  const { palette, compact = false } = input;
  const primary = input.series[0] ?? null;
  const datasets: ChartDataset<'line', TrendDatum[]>[] = [];
  /** Decimal places of each dataset, for the tooltip. */
  const decimals: number[] = [];
  const pointsOf = (rows: readonly TrendRow[], y: (row: TrendRow) => number | null): TrendDatum[] =>
    rows.flatMap((row) => {
      const value = y(row);
      return value === null ? [] : [{ x: row.x, y: value }];
    });
  const lineStyle = (colour: string, style: { point: PointStyle; dash: number[] }, count: number, width: number) => ({
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: width,
    borderDash: style.dash,
    pointStyle: style.point,
    pointRadius: count > MANY_POINTS ? 0 : compact ? 3 : 4,
    pointHoverRadius: 6,
    pointHitRadius: 6,
    tension: 0,
  });

  input.series.forEach(({ instrument, rows }, index) => {
    const colour = palette.series[index % palette.series.length];
    const style = lineStyle(colour, TOTAL_STYLES[index % TOTAL_STYLES.length], rows.length, 2.5);
    const selfReported = rows.filter((row) => row.source === 'self-report');
    datasets.push({
      type: 'line',
      label: `${instrument.shortName} total`,
      data: pointsOf(rows, (row) => row.total),
      yAxisID: axisOf(instrument),
      ...style,
      // The line runs through every measure; self-reported ones get their own marker (the dataset below).
      ...(selfReported.length > 0 ? { pointRadius: rows.map((row) => (row.source === 'self-report' ? 0 : style.pointRadius)) } : {}),
    });
    decimals.push(instrument.decimals);
    if (selfReported.length > 0) {
      datasets.push({
        type: 'line',
        label: `${instrument.shortName} self-reported`,
        data: pointsOf(selfReported, (row) => row.total),
        yAxisID: axisOf(instrument),
        ...style,
        ...SELF_REPORT_MARKER,
        pointRadius: selfReported.length > MANY_POINTS ? 0 : compact ? 4 : 6,
        pointHoverRadius: 8,
        pointBackgroundColor: palette.surface ?? '#fff',
        pointBorderColor: colour,
      });
      decimals.push(instrument.decimals);
    }
  });

  if (primary) {
    primary.instrument.subscales
      .map((subscale, index) => ({ subscale, index }))
      .filter(({ subscale }) => input.subscales.includes(subscale.code))
      .forEach(({ subscale, index }) => {
        datasets.push({
          type: 'line',
          label: `${subscale.name} (subscale)`,
          data: pointsOf(primary.rows, (row) => row.subscales[subscale.code] ?? null),
          yAxisID: axisOf(primary.instrument),
          ...lineStyle(
            palette.series[(input.series.length + index) % palette.series.length],
            SUBSCALE_STYLES[index % SUBSCALE_STYLES.length],
            primary.rows.length,
            1.5,
          ),
        });
        decimals.push(primary.instrument.decimals);
      });
  }

  const network = primary !== null && input.network && primary.rows.some((row) => row.activeMembers !== null);
  if (network) {
    const figures = [
      { label: 'Active network members', y: (row: TrendRow) => row.activeMembers },
      { label: 'Supportive ties', y: (row: TrendRow) => row.supportiveTies },
    ];
    figures.forEach(({ label, y }, index) => {
      datasets.push({
        type: 'line',
        label,
        data: pointsOf(primary.rows, y),
        yAxisID: NETWORK_AXIS,
        // The count holds from one measure date until the next.
        stepped: 'before',
        ...lineStyle(palette.network[index], NETWORK_STYLES[index], primary.rows.length, 1.5),
      });
      decimals.push(0);
    });
  }

  const range = timeRange(input);
  const networkEvents = (input.networkEvents ?? []).filter((marker) => range === null || (marker.x >= range.from && marker.x <= range.to));
  const annotations: Record<string, AnnotationOptions> = {};
  if (primary) {
    primary.instrument.bands
      .filter((band) => band.concern)
      .forEach((band) => {
        // A label in the top-left corner (the UCLA-3 "Lonely" band) would sit under a network
        // change marked at the chart's left edge: it moves below the markers' row when there are any.
        const labelAtTop = !primary.instrument.higherIsBetter && band.max >= primary.instrument.scoreRange.max;
        annotations[`band-${band.code}`] = {
          type: 'box',
          yScaleID: axisOf(primary.instrument),
          yMin: band.min,
          yMax: band.max,
          backgroundColor: palette.concernFill,
          borderWidth: 0,
          drawTime: 'beforeDatasetsDraw',
          label: {
            display: !compact,
            content: band.label,
            position: { x: 'start', y: primary.instrument.higherIsBetter ? 'end' : 'start' },
            color: palette.concernText,
            font: { size: 11 },
            ...(labelAtTop && networkEvents.length > 0 ? { yAdjust: NETWORK_EVENT_ROW } : {}),
          },
        };
      });
  }
  const markers = input.sessions.filter((marker) => range === null || (marker.x >= range.from && marker.x <= range.to));

  const scales: NonNullable<ChartOptions<'line'>['scales']> = {
    x: {
      type: 'time',
      ...(range ? { min: range.from, max: range.to } : {}),
      time: { minUnit: 'day' },
      ticks: { color: palette.text, maxRotation: 0, autoSkip: true, maxTicksLimit: compact ? 5 : 10 },
      grid: { color: palette.grid },
      border: { color: palette.grid },
    },
  };
  input.series.forEach(({ instrument }, index) => {
    scales[axisOf(instrument)] = {
      type: 'linear',
      position: 'left',
      min: instrument.scoreRange.min,
      max: instrument.scoreRange.max,
      ticks: { color: palette.text, stepSize: instrument.scoreRange.max - instrument.scoreRange.min > 10 ? 5 : 1 },
      grid: { color: palette.grid, drawOnChartArea: index === 0 },
      border: { color: palette.grid },
      title: {
        display: !compact,
        text: `${instrument.shortName} (${instrument.higherIsBetter ? 'higher = more connected' : 'higher = lonelier'})`,
        color: palette.text,
      },
    };
  });
  if (network) {
    const most = Math.max(0, ...primary.rows.map((row) => Math.max(row.activeMembers ?? 0, row.supportiveTies ?? 0)));
    scales[NETWORK_AXIS] = {
      type: 'linear',
      position: 'right',
      min: 0,
      suggestedMax: most + 1,
      ticks: { color: palette.text, precision: 0 },
      grid: { drawOnChartArea: false },
      border: { color: palette.grid },
      title: { display: !compact, text: 'People in the network', color: palette.text },
    };
  }

  return {
    type: 'line',
    data: { datasets },
    plugins: [
      sessionMarkerPlugin(markers, palette),
      networkEventPlugin(networkEvents, palette),
    ],
    options: {
      // Clinicians read values, not motion; and a long history draws in one frame.
      animation: false,
      parsing: false,
      normalized: true,
      spanGaps: true,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales,
      plugins: {
        legend: {
          display: !compact,
          position: 'bottom',
          // The checkboxes above the chart choose the series; the legend only names them.
          onClick: () => undefined,
          labels: { color: palette.text, usePointStyle: true, boxHeight: 8 },
        },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => (items.length > 0 ? tooltipDate.format(items[0].parsed.x ?? 0) : ''),
            label: (item: TooltipItem<'line'>) =>
              `${item.dataset.label ?? ''}: ${(item.parsed.y ?? 0).toFixed(decimals[item.datasetIndex] ?? 0)}`,
          },
        },
        annotation: { annotations },
      },
    },
  };
}

/** The family sessions a chart marks, as its marker plugin holds them (for the table and specs). */
export interface SessionMarkerPlugin extends Plugin<'line'> {
  readonly markers: readonly SessionMarker[];
}

const MARKER_KINDS: readonly SessionMarkerKind[] = ['missed', 'planned', 'completed'];

/** Vertical lines across the plot area at each session, one dashed path per kind, under the data. */
export function sessionMarkerPlugin(markers: readonly SessionMarker[], palette: TrendPalette): SessionMarkerPlugin {
  return {
    id: 'sessionMarkers',
    markers,
    beforeDatasetsDraw(chart: Chart<'line'>) {
      const scale = chart.scales['x'];
      const { ctx, chartArea } = chart;
      if (!scale || markers.length === 0) {
        return;
      }
      ctx.save();
      for (const kind of MARKER_KINDS) {
        ctx.beginPath();
        for (const marker of markers) {
          if (marker.kind !== kind) {
            continue;
          }
          const x = Math.round(scale.getPixelForValue(marker.x)) + 0.5;
          if (x >= chartArea.left && x <= chartArea.right) {
            ctx.moveTo(x, chartArea.top);
            ctx.lineTo(x, chartArea.bottom);
          }
        }
        ctx.setLineDash(SESSION_DASH[kind]);
        ctx.lineWidth = kind === 'completed' ? 1.5 : 1;
        ctx.strokeStyle = palette.sessions[kind];
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

/** The network changes a chart marks, as its plugin holds them (for the key and specs). */
export interface NetworkEventPlugin extends Plugin<'line'> {
  readonly networkEvents: readonly NetworkEventMarker[];
}

/** Half the width of a network-change shape (px). */
const EVENT_SIZE = 5;
/** The height of the row the network changes take along the top of the plot (px). */
export const NETWORK_EVENT_ROW = 2 * EVENT_SIZE + 4;

/**
 * Network changes as shapes in a row along the top of the plot, so they never hide a score: a
 * filled downward triangle for a change for the worse, a hollow circle for any other. Shape, not
 * colour alone, tells them apart (the key under the chart names both).
 */
export function networkEventPlugin(events: readonly NetworkEventMarker[], palette: TrendPalette): NetworkEventPlugin {
  return {
    id: 'networkEvents',
    networkEvents: events,
    afterDatasetsDraw(chart: Chart<'line'>) {
      const scale = chart.scales['x'];
      const { ctx, chartArea } = chart;
      if (!scale || events.length === 0) {
        return;
      }
      const y = chartArea.top + EVENT_SIZE + 2;
      ctx.save();
      ctx.setLineDash([]);
      ctx.lineWidth = 1.5;
      for (const marker of events) {
        const x = scale.getPixelForValue(marker.x);
        if (x < chartArea.left || x > chartArea.right) {
          continue;
        }
        ctx.beginPath();
        if (marker.worsening) {
          ctx.moveTo(x - EVENT_SIZE, y - EVENT_SIZE);
          ctx.lineTo(x + EVENT_SIZE, y - EVENT_SIZE);
          ctx.lineTo(x, y + EVENT_SIZE);
          ctx.closePath();
          ctx.fillStyle = palette.concernText;
          ctx.fill();
        } else {
          ctx.arc(x, y, EVENT_SIZE - 1, 0, 2 * Math.PI);
          ctx.fillStyle = palette.surface ?? '#fff';
          ctx.fill();
          ctx.strokeStyle = palette.text;
          ctx.stroke();
        }
      }
      ctx.restore();
    },
  };
}

/** The network changes a configuration marks. */
export function networkEventsOf(config: TrendChartConfiguration): readonly NetworkEventMarker[] {
  return (config.plugins ?? []).flatMap((plugin) => ((plugin as Partial<NetworkEventPlugin>).networkEvents ?? []));
}

/** The sessions a configuration marks. */
export function markersOf(config: TrendChartConfiguration): readonly SessionMarker[] {
  return (config.plugins ?? []).flatMap((plugin) => ((plugin as Partial<SessionMarkerPlugin>).markers ?? []));
}

/** The x-axis span: as asked, widened to every point, padded around a single date. */
function timeRange(input: TrendChartInput): { from: number; to: number } | null {
  const xs = input.series.flatMap(({ rows }) => rows.map((row) => row.x));
  if (input.range === null && xs.length === 0) {
    return null;
  }
  let from = Math.min(...xs, input.range?.from ?? Infinity);
  let to = Math.max(...xs, input.range?.to ?? -Infinity);
  if (to - from < SINGLE_DATE_PADDING_MS) {
    from -= SINGLE_DATE_PADDING_MS;
    to += SINGLE_DATE_PADDING_MS;
  }
  return { from, to };
}

/** The datasets as the table reads them: label → values in date order (for checks and specs). */
export function datasetValues(config: TrendChartConfiguration): Record<string, number[]> {
  return Object.fromEntries(config.data.datasets.map((dataset) => [dataset.label ?? '', dataset.data.map((datum) => datum.y)]));
}
