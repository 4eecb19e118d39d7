import type { ChartData, ChartOptions } from 'chart.js';
import { chartColour, type ChartColours, resolveChartColour, SERIES_COLOUR_NAMES } from '../shared/charts/chart-theme';

/**
 * The series colours of the one chart theme (shared/charts), named for the chart definitions: the
 * dashboard resolves them when it draws (withPatterns), in the scheme on screen or the light one on
 * paper. Tree-shaken chart.js brings no default colours, so every dataset names its own.
 */
export const PALETTE = SERIES_COLOUR_NAMES.map(chartColour);
/** For "cancelled or no-show" and "not measured": present, but not a category of its own. */
export const NEUTRAL = chartColour('neutral');

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

type DashboardChartType = 'bar' | 'line';

/**
 * The theme's colours in place of their names; then bars get a pattern per dataset (or per bar, for
 * a single-dataset chart coloured by bar) and a surface-coloured outline, so stacked segments stay
 * apart; lines keep their own dashes and points.
 */
export function withPatterns(
  document: Document,
  data: ChartData<DashboardChartType, (number | null)[], string>,
  theme: ChartColours,
): ChartData<DashboardChartType, (number | null)[], string> {
  const resolve = (colour: unknown) => (typeof colour === 'string' ? resolveChartColour(colour, theme) : colour);
  const resolveAll = (colour: unknown) => (Array.isArray(colour) ? colour.map(resolve) : resolve(colour));
  const fill = (colour: unknown, index: number) =>
    typeof colour === 'string' ? patternFill(document, colour, PATTERNS[index % PATTERNS.length]) : colour;
  return {
    ...data,
    datasets: data.datasets.map((themed, index) => {
      const dataset = {
        ...themed,
        ...('backgroundColor' in themed ? { backgroundColor: resolveAll(themed.backgroundColor) } : {}),
        ...('borderColor' in themed ? { borderColor: resolveAll(themed.borderColor) } : {}),
      } as typeof themed;
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
  theme: ChartColours,
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
