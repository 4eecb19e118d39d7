import type { ChartData, ChartOptions } from 'chart.js';

/**
 * Okabe–Ito hues, darkened where needed so each reaches 3:1 against both the light and the dark
 * surface (WCAG 1.4.11). Tree-shaken chart.js brings no default colours, so every dataset names its own.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#9B4F96', '#B8860B'] as const;
/** For "cancelled or no-show" and "not measured": present, but not a category of its own. */
export const NEUTRAL = '#7A7A7A';

/** Fill patterns, so series differ by more than colour (WCAG 1.4.1); one per dataset or bar, in order. */
export const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'vertical', 'horizontal'] as const;
export type Pattern = (typeof PATTERNS)[number];

const TILE = 10;

/** A fill of the colour with light marks on it; a plain colour for `solid` or without a canvas. */
export function patternFill(document: Document, colour: string, pattern: Pattern): string | CanvasPattern {
  if (pattern === 'solid') {
    return colour;
  }
  const tile = document.createElement('canvas');
  tile.width = TILE;
  tile.height = TILE;
  const context = tile.getContext('2d');
  if (context === null) {
    return colour;
  }
  context.fillStyle = colour;
  context.fillRect(0, 0, TILE, TILE);
  context.strokeStyle = 'rgba(255, 255, 255, 0.75)';
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.lineWidth = 2;
  context.beginPath();
  switch (pattern) {
    case 'diagonal':
      context.moveTo(0, TILE);
      context.lineTo(TILE, 0);
      context.moveTo(-TILE / 2, TILE / 2);
      context.lineTo(TILE / 2, -TILE / 2);
      context.moveTo(TILE / 2, TILE * 1.5);
      context.lineTo(TILE * 1.5, TILE / 2);
      context.stroke();
      break;
    case 'dots':
      context.arc(TILE / 2, TILE / 2, 1.8, 0, 2 * Math.PI);
      context.fill();
      break;
    case 'cross':
      context.moveTo(0, 0);
      context.lineTo(TILE, TILE);
      context.moveTo(TILE, 0);
      context.lineTo(0, TILE);
      context.stroke();
      break;
    case 'vertical':
      context.moveTo(TILE / 2, 0);
      context.lineTo(TILE / 2, TILE);
      context.stroke();
      break;
    case 'horizontal':
      context.moveTo(0, TILE / 2);
      context.lineTo(TILE, TILE / 2);
      context.stroke();
      break;
  }
  return context.createPattern(tile, 'repeat') ?? colour;
}

/** Colours read from the page's theme at the time the chart is drawn (light, dark, or paper). */
export interface ChartTheme {
  readonly text: string;
  readonly grid: string;
  readonly surface: string;
}

type DashboardChartType = 'bar' | 'line';

/**
 * Bars get a pattern per dataset (or per bar, for a single-dataset chart coloured by bar) and a
 * surface-coloured outline, so stacked segments stay apart; lines keep their own dashes and points.
 */
export function withPatterns(
  document: Document,
  data: ChartData<DashboardChartType, (number | null)[], string>,
  theme: ChartTheme,
): ChartData<DashboardChartType, (number | null)[], string> {
  const fill = (colour: unknown, index: number) =>
    typeof colour === 'string' ? patternFill(document, colour, PATTERNS[index % PATTERNS.length]) : colour;
  return {
    ...data,
    datasets: data.datasets.map((dataset, index) => {
      if (dataset.type === 'line' || !('backgroundColor' in dataset)) {
        return dataset;
      }
      const background = dataset.backgroundColor;
      return {
        ...dataset,
        backgroundColor: Array.isArray(background)
          ? background.map((colour, bar) => fill(colour, bar))
          : fill(background, index),
        borderColor: theme.surface,
        borderWidth: 1,
      } as typeof dataset;
    }),
  };
}

/** Text, ticks, grid and legend in the theme's colours (chart.js would draw them grey on any background). */
export function withTheme(
  options: ChartOptions<DashboardChartType>,
  theme: ChartTheme,
): ChartOptions<DashboardChartType> {
  // Both axes even when the chart leaves one at its defaults (the category axis of horizontal bars).
  const allScales: NonNullable<ChartOptions<DashboardChartType>['scales']> = { x: {}, y: {}, ...options.scales };
  const scales = Object.fromEntries(
    Object.entries(allScales).map(([id, scale]) => [
      id,
      {
        ...scale,
        ticks: { ...scale?.ticks, color: theme.text },
        grid: { ...scale?.grid, color: theme.grid },
        border: { ...scale?.border, color: theme.grid },
        title: { ...scale?.title, color: theme.text },
      },
    ]),
  );
  return {
    ...options,
    color: theme.text,
    scales,
    plugins: {
      ...options.plugins,
      legend: {
        ...options.plugins?.legend,
        labels: { ...options.plugins?.legend?.labels, color: theme.text },
      },
    },
  } as ChartOptions<DashboardChartType>;
}
