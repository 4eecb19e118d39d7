import { FALLBACK_PALETTE, type TrendPalette } from './trend-chart-config';

/**
 * The chart's colours from the Material theme, as the browser resolved them: each swatch element
 * (`data-swatch="…"`) is coloured by a stylesheet rule, so light and dark themes (and their
 * `light-dark()` values) arrive as plain rgb() a canvas can use. A swatch that is missing keeps the
 * fallback colour.
 */
export function readPalette(swatches: HTMLElement, view: Pick<Window, 'getComputedStyle'> = window): TrendPalette {
  const colour = (name: string, fallback: string): string => {
    const swatch = swatches.querySelector<HTMLElement>(`[data-swatch="${name}"]`);
    const value = swatch ? view.getComputedStyle(swatch).color : '';
    return value === '' ? fallback : value;
  };
  const fallback = FALLBACK_PALETTE;
  const concern = colour('concern', '');
  return {
    series: fallback.series.map((value, index) => colour(`series-${index}`, value)),
    network: [colour('network-0', fallback.network[0]), colour('network-1', fallback.network[1])],
    text: colour('text', fallback.text),
    grid: colour('grid', fallback.grid),
    concernFill: concern === '' ? fallback.concernFill : withAlpha(concern, 0.12),
    concernText: concern === '' ? fallback.concernText : concern,
    sessions: {
      completed: colour('session-completed', fallback.sessions.completed),
      missed: colour('session-missed', fallback.sessions.missed),
      planned: colour('session-planned', fallback.sessions.planned),
    },
    surface: colour('surface', '#fff'),
  };
}

/** `rgb(r, g, b)` at the given opacity; a colour in another notation is returned as is. */
export function withAlpha(colour: string, alpha: number): string {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(colour);
  return match ? `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})` : colour;
}
