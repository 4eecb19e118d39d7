/**
 * The one chart theme, read from the page: `_chart-colours.scss` defines each colour as a custom
 * property from the Material theme, and this resolves them for a canvas. Custom properties read
 * directly give the raw `light-dark(…)` text, which canvas cannot parse, so each is routed through a
 * hidden probe's `color` and arrives as plain rgb() for the scheme in use. No Angular here: the
 * render benchmark draws with the fallback.
 */
export const CHART_COLOUR_NAMES = [
  'series-0',
  'series-1',
  'series-2',
  'series-3',
  'series-4',
  'neutral',
  'network-0',
  'network-1',
  'text',
  'grid',
  'surface',
  'concern',
  'session-completed',
  'session-missed',
  'session-planned',
] as const;
export type ChartColourName = (typeof CHART_COLOUR_NAMES)[number];
export type ChartColours = Readonly<Record<ChartColourName, string>>;

/** The light scheme's values: before the theme is read, on paper, and where no stylesheet is. */
export const FALLBACK_CHART_COLOURS: ChartColours = {
  'series-0': '#005cbb',
  'series-1': '#9c4400',
  'series-2': '#6a4fb0',
  'series-3': '#00696d',
  'series-4': '#7a5900',
  neutral: '#74777f',
  'network-0': '#3f4a5a',
  'network-1': '#386a20',
  text: '#44474e',
  grid: '#c4c6d0',
  surface: '#ffffff',
  concern: '#ba1a1a',
  'session-completed': '#006a60',
  'session-missed': '#74777f',
  'session-planned': '#6a4fb0',
};

/** The series colours in order, for charts that colour one dataset (or bar) after another. */
export const SERIES_COLOUR_NAMES = ['series-0', 'series-1', 'series-2', 'series-3', 'series-4'] as const satisfies readonly ChartColourName[];

/** The CSS a chart definition may name a colour by; `resolveChartColour` turns it into the colour. */
export function chartColour(name: ChartColourName): string {
  return `var(--cc-chart-${name})`;
}

const TOKEN = /^var\(--cc-chart-([a-z0-9-]+)\)$/;

/** A colour named with `chartColour` as the theme resolved it; any other colour as it is. */
export function resolveChartColour(colour: string, colours: ChartColours): string {
  const name = TOKEN.exec(colour)?.[1];
  return name !== undefined && name in colours ? colours[name as ChartColourName] : colour;
}

/** Every chart colour as the browser resolves it under `host` (light, dark, or the print scheme). */
export function readChartColours(host: HTMLElement, view: Pick<Window, 'getComputedStyle'> | null = host.ownerDocument.defaultView): ChartColours {
  if (view === null) {
    return FALLBACK_CHART_COLOURS;
  }
  const probe = host.ownerDocument.createElement('span');
  probe.hidden = true;
  probe.setAttribute('aria-hidden', 'true');
  host.append(probe);
  try {
    const entries = CHART_COLOUR_NAMES.map((name) => {
      // The fallback stands in for a property the stylesheet does not define.
      probe.style.color = `var(--cc-chart-${name}, ${FALLBACK_CHART_COLOURS[name]})`;
      return [name, view.getComputedStyle(probe).color || FALLBACK_CHART_COLOURS[name]] as const;
    });
    return Object.fromEntries(entries) as Record<ChartColourName, string>;
  } finally {
    probe.remove();
  }
}

/** `rgb(r, g, b)` at the given opacity; a colour in another notation is returned as is. */
export function withAlpha(colour: string, alpha: number): string {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(colour);
  return match ? `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})` : colour;
}
