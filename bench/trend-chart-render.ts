import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import type { RenderTiming, Scenario } from './trend-chart/render-entry';

/**
 * `npx tsx bench/trend-chart-render.ts`: how long the Measures trend chart takes to draw in
 * Chromium, using the app's own chart.js parts and configuration (bundled with esbuild, loaded
 * with setContent, no server). The heavy case is ten years of weekly measures: 520 points on each
 * of 5 series (three instrument totals and the network's two figures) with 60 family-session
 * markers; the 1-point and 12-point cases are what most clients look like.
 *
 * Times each render from `new Chart(...)` to the next animation frame (after a warm-up); prints
 * median, min and max, and `new Chart()` alone.
 * Exits non-zero when the heavy case's median is over the budget (only when run directly).
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
export const TREND_CHART_BUDGET_MS = 100;

export interface TrendChartCase {
  readonly name: string;
  readonly scenario: Scenario;
}

export const TREND_CHART_CASES: readonly TrendChartCase[] = [
  { name: '1 point, 1 instrument', scenario: { points: 1, sessions: 0, allInstruments: false } },
  { name: '12 points, 1 instrument + network, 4 sessions', scenario: { points: 12, sessions: 4, allInstruments: false } },
  { name: '520 points × 5 series, 60 sessions', scenario: { points: 520, sessions: 60, allInstruments: true } },
];

export interface TrendChartCaseResult {
  readonly name: string;
  readonly runs: number;
  readonly datasets: number;
  readonly annotations: number;
  /** Construction to next frame, ms. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** `new Chart(...)` alone (the synchronous layout and draw), median ms. */
  readonly constructMedianMs: number;
}

export interface TrendChartBenchReport {
  readonly generatedAt: string;
  readonly browser: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly budgetMs: number;
  /** The page's very first render (cold JIT and fonts), ms; then every case warms up before timing. */
  readonly firstRenderMs: number;
  readonly results: readonly TrendChartCaseResult[];
  /** The heavy case's median is within the budget. */
  readonly ok: boolean;
}

export interface TrendChartBenchOptions {
  readonly runs?: number;
  readonly executablePath?: string;
  readonly log?: (message: string) => void;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function bundleEntry(): Promise<string> {
  const result = await build({
    entryPoints: [join(HERE, 'trend-chart', 'render-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Runs every case; the bench suite calls this (see bench/run-bench.ts), the CLI below prints it. */
export async function runTrendChartRenderBench(options: TrendChartBenchOptions = {}): Promise<TrendChartBenchReport> {
  const runs = Math.max(7, options.runs ?? 9);
  const log = options.log ?? ((message: string) => process.stderr.write(`trend-chart bench: ${message}\n`));
  const viewport = { width: 1000, height: 420 };
  log('bundling the chart with esbuild…');
  const script = await bundleEntry();
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: viewport.width + 40, height: viewport.height + 40 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(
      `<!doctype html><html><head><style>body{margin:20px;font-family:sans-serif}#host{position:relative;width:${viewport.width}px;height:${viewport.height}px}</style></head>` +
        `<body><div id="host"></div><script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`,
    );
    if (errors.length > 0) {
      throw new Error(`The bench page failed: ${errors.join('; ')}`);
    }
    const renderOnce = (scenario: Scenario) =>
      page.evaluate((given) => window.trendChartBench.renderOnce(document.getElementById('host')!, given), scenario);

    const firstRender = await renderOnce(TREND_CHART_CASES[TREND_CHART_CASES.length - 1]!.scenario);
    for (const { scenario } of TREND_CHART_CASES) {
      for (let warmUp = 0; warmUp < 3; warmUp++) {
        await renderOnce(scenario);
      }
    }
    const results: TrendChartCaseResult[] = [];
    for (const { name, scenario } of TREND_CHART_CASES) {
      log(`${name}: ${runs} runs…`);
      const timings: RenderTiming[] = [];
      for (let run = 0; run < runs; run++) {
        timings.push(await renderOnce(scenario));
      }
      const frames = timings.map((timing) => timing.frameMs);
      results.push({
        name,
        runs,
        datasets: timings[0]!.datasets,
        annotations: timings[0]!.annotations,
        medianMs: median(frames),
        minMs: Math.min(...frames),
        maxMs: Math.max(...frames),
        constructMedianMs: median(timings.map((timing) => timing.constructMs)),
      });
    }
    const heavy = results[results.length - 1]!;
    return {
      generatedAt: new Date().toISOString(),
      browser: `Chromium ${browser.version()}`,
      viewport,
      budgetMs: TREND_CHART_BUDGET_MS,
      firstRenderMs: firstRender.frameMs,
      results,
      ok: heavy.medianMs <= TREND_CHART_BUDGET_MS,
    };
  } finally {
    await browser.close();
  }
}

export function formatTrendChartReport(report: TrendChartBenchReport): string {
  const fixed = (value: number) => value.toFixed(1).padStart(7);
  const header = `${'case'.padEnd(48)} ${'median'.padStart(7)} ${'min'.padStart(7)} ${'max'.padStart(7)} ${'new()'.padStart(7)}  series  bands+sessions`;
  const lines = report.results.map(
    (result) =>
      `${result.name.padEnd(48)} ${fixed(result.medianMs)} ${fixed(result.minMs)} ${fixed(result.maxMs)} ${fixed(result.constructMedianMs)}  ${String(result.datasets).padStart(6)}  ${String(result.annotations).padStart(14)}`,
  );
  return [
    `Trend chart render (${report.browser}, ${report.viewport.width}×${report.viewport.height} canvas; ms from new Chart() to the next frame, ${report.results[0]?.runs ?? 0} runs each)`,
    header,
    ...lines,
    `First render in a fresh page (cold): ${report.firstRenderMs.toFixed(1)} ms; each case then warms up 3 times before its timed runs.`,
    `Budget: heavy-case median ≤ ${report.budgetMs} ms: ${report.ok ? 'met' : 'NOT met'}.`,
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runTrendChartRenderBench().then(
    (report) => {
      process.stdout.write(`\n${formatTrendChartReport(report)}\n`);
      // Figures are reported, never enforced: a slow shared machine is not a failure.
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`trend-chart bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
