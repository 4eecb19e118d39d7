import { readPalette } from './trend-palette';

describe('trend palette', () => {
  it('draws with the chart theme the stylesheet defines, resolved for a canvas', () => {
    const host = document.createElement('div');
    host.style.setProperty('--cc-chart-series-0', 'rgb(0, 92, 187)');
    host.style.setProperty('--cc-chart-concern', 'rgb(186, 26, 26)');
    host.style.setProperty('--cc-chart-session-planned', 'light-dark(rgb(1, 2, 3), rgb(4, 5, 6))');
    host.style.colorScheme = 'light';
    document.body.append(host);

    const palette = readPalette(host);
    host.remove();

    expect(palette.series[0]).toBe('rgb(0, 92, 187)');
    expect(palette.concernText).toBe('rgb(186, 26, 26)');
    expect(palette.concernFill).toBe('rgba(186, 26, 26, 0.12)');
    // light-dark() arrives resolved, as a canvas can use it.
    expect(palette.sessions.planned).toBe('rgb(1, 2, 3)');
    expect(host.childElementCount).withContext('the probe is removed').toBe(0);
  });
});
