import { type ChartColours, readChartColours, SERIES_COLOUR_NAMES, withAlpha } from '../../shared/charts/chart-theme';
import type { TrendPalette } from './trend-chart-config';

/** The trend chart's colours from the one chart theme (shared/charts), as the browser resolved them under `host`. */
export function readPalette(host: HTMLElement, view?: Pick<Window, 'getComputedStyle'> | null): TrendPalette {
  return trendPaletteOf(view === undefined ? readChartColours(host) : readChartColours(host, view));
}

/** Which theme colour draws what on the trend chart. */
export function trendPaletteOf(colours: ChartColours): TrendPalette {
  return {
    series: SERIES_COLOUR_NAMES.map((name) => colours[name]),
    network: [colours['network-0'], colours['network-1']],
    text: colours.text,
    grid: colours.grid,
    concernFill: withAlpha(colours.concern, 0.12),
    concernText: colours.concern,
    sessions: {
      completed: colours['session-completed'],
      missed: colours['session-missed'],
      planned: colours['session-planned'],
    },
    surface: colours.surface,
  };
}
