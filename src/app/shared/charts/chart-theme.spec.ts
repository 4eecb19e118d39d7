import { chartColour, FALLBACK_CHART_COLOURS, readChartColours, resolveChartColour, withAlpha } from './chart-theme';

describe('chart theme', () => {
  it('resolves a colour named after the theme, and leaves any other colour alone', () => {
    const colours = { ...FALLBACK_CHART_COLOURS, 'series-2': 'rgb(1, 2, 3)' };

    expect(resolveChartColour(chartColour('series-2'), colours)).toBe('rgb(1, 2, 3)');
    expect(resolveChartColour('#123456', colours)).toBe('#123456');
    expect(resolveChartColour('var(--cc-chart-unknown)', colours)).toBe('var(--cc-chart-unknown)');
  });

  it('reads each colour in the scheme in use, light or dark', () => {
    const host = document.createElement('div');
    host.style.setProperty('--cc-chart-grid', 'light-dark(rgb(10, 10, 10), rgb(200, 200, 200))');
    document.body.append(host);

    host.style.colorScheme = 'light';
    const light = readChartColours(host);
    host.style.colorScheme = 'dark';
    const dark = readChartColours(host);
    host.remove();

    expect(light.grid).toBe('rgb(10, 10, 10)');
    expect(dark.grid).toBe('rgb(200, 200, 200)');
  });

  it('uses the light fallback without a window', () => {
    expect(readChartColours(document.createElement('div'), null)).toBe(FALLBACK_CHART_COLOURS);
  });

  it('makes an rgb() colour translucent, and leaves other notations alone', () => {
    expect(withAlpha('rgb(186, 26, 26)', 0.12)).toBe('rgba(186, 26, 26, 0.12)');
    expect(withAlpha('rgba(1, 2, 3, 1)', 0.5)).toBe('rgba(1, 2, 3, 0.5)');
    expect(withAlpha('oklch(50% 0.1 30)', 0.5)).toBe('oklch(50% 0.1 30)');
  });
});
