/**
 * Bundled by bench/trend-chart-render.ts with esbuild and run in Chromium: draws the CareCircle
 * trend chart (the app's own chart.js parts and configuration) on a fresh canvas and times it.
 */
import { INSTRUMENTS } from '@domain/measures/instrument-catalog';
import type { Instrument } from '@domain/measures/instrument';
import { Chart } from 'chart.js';
import { CHART_REGISTERABLES } from '../../src/app/shared/charts/chart-registerables';
import {
  FALLBACK_PALETTE,
  markersOf,
  trendChartConfig,
  type TrendChartInput,
} from '../../src/app/measures/trend-chart/trend-chart-config';
import type { SessionMarker, TrendRow } from '../../src/app/measures/trend-chart/trend-series';

Chart.register(...CHART_REGISTERABLES);

const DAY = 86_400_000;
const WEEK = 7 * DAY;

export interface Scenario {
  /** Weekly measures per instrument. */
  readonly points: number;
  /** Family sessions spread over the same span. */
  readonly sessions: number;
  /** Draw all three instruments (each on its own axis) rather than one. */
  readonly allInstruments: boolean;
}

export interface RenderTiming {
  /** `new Chart(...)`: with animation off, the chart is laid out and drawn inside the constructor. */
  readonly constructMs: number;
  /** Construction until the next animation frame (when the browser can paint it). */
  readonly frameMs: number;
  readonly datasets: number;
  /** Concern bands plus session markers. */
  readonly annotations: number;
}

/** A deterministic wobble, so every run draws the same picture. */
function wave(index: number, period: number, phase: number): number {
  return Math.sin((index / period) * Math.PI * 2 + phase);
}

function rowsFor(instrument: Instrument, points: number, start: number): TrendRow[] {
  const { min, max } = instrument.scoreRange;
  const mid = (min + max) / 2;
  const swing = (max - min) / 3;
  return Array.from({ length: points }, (_, index) => {
    const total = Math.min(max, Math.max(min, mid + swing * wave(index, 26, instrument.code.length)));
    const subscales = Object.fromEntries(
      instrument.subscales.map((subscale, position) => [
        subscale.code,
        Math.min(max, Math.max(min, mid + swing * wave(index, 20 + position * 5, position))),
      ]),
    );
    return {
      measureId: `${instrument.code}-${index}`,
      date: new Date(start + index * WEEK).toISOString().slice(0, 10),
      x: start + index * WEEK,
      total: Number(total.toFixed(instrument.decimals)),
      band: instrument.bands[0].code,
      subscales,
      activeMembers: 6 + Math.round(3 * wave(index, 52, 0)),
      supportiveTies: 4 + Math.round(2 * wave(index, 40, 1)),
    };
  });
}

export function scenarioInput(scenario: Scenario): TrendChartInput {
  const start = Date.UTC(2016, 0, 4);
  const instruments = scenario.allInstruments ? [INSTRUMENTS.mspss, INSTRUMENTS['lsns-6'], INSTRUMENTS['ucla-3']] : [INSTRUMENTS.mspss];
  const span = Math.max(1, scenario.points) * WEEK;
  const sessions: SessionMarker[] = Array.from({ length: scenario.sessions }, (_, index) => ({
    x: start + Math.round(((index + 0.5) / scenario.sessions) * span),
    kind: index % 9 === 4 ? 'missed' : 'completed',
  }));
  return {
    series: instruments.map((instrument) => ({ instrument, rows: rowsFor(instrument, scenario.points, start) })),
    subscales: [],
    network: true,
    sessions,
    range: { from: start, to: start + span },
    palette: FALLBACK_PALETTE,
  };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Draws the scenario once on a new canvas in `host` and tears it down again. */
export async function renderOnce(host: HTMLElement, scenario: Scenario): Promise<RenderTiming> {
  const config = trendChartConfig(scenarioInput(scenario));
  const canvas = document.createElement('canvas');
  host.replaceChildren(canvas);
  await nextFrame();
  const started = performance.now();
  const chart = new Chart(canvas, config);
  const constructed = performance.now();
  await nextFrame();
  const framed = performance.now();
  const timing = {
    constructMs: constructed - started,
    frameMs: framed - started,
    datasets: chart.data.datasets.length,
    annotations: Object.keys(config.options?.plugins?.annotation?.annotations ?? {}).length + markersOf(config).length,
  };
  chart.destroy();
  host.replaceChildren();
  return timing;
}

declare global {
  interface Window {
    trendChartBench: { renderOnce: typeof renderOnce };
  }
}

window.trendChartBench = { renderOnce };
