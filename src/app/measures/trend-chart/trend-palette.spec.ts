import { FALLBACK_PALETTE } from './trend-chart-config';
import { readPalette, withAlpha } from './trend-palette';

describe('trend palette', () => {
  it('makes an rgb() colour translucent, and leaves other notations alone', () => {
    expect(withAlpha('rgb(186, 26, 26)', 0.12)).toBe('rgba(186, 26, 26, 0.12)');
    expect(withAlpha('rgba(1, 2, 3, 1)', 0.5)).toBe('rgba(1, 2, 3, 0.5)');
    expect(withAlpha('oklch(50% 0.1 30)', 0.5)).toBe('oklch(50% 0.1 30)');
  });

  it('reads the colours the stylesheet gave each swatch, keeping the fallback for a missing one', () => {
    const swatches = document.createElement('div');
    swatches.innerHTML = '<span data-swatch="series-0"></span><span data-swatch="concern"></span>';
    document.body.append(swatches);
    (swatches.children[0] as HTMLElement).style.color = 'rgb(0, 92, 187)';
    (swatches.children[1] as HTMLElement).style.color = 'rgb(186, 26, 26)';

    const palette = readPalette(swatches);
    swatches.remove();

    expect(palette.series[0]).toBe('rgb(0, 92, 187)');
    expect(palette.series[1]).toBe(FALLBACK_PALETTE.series[1]);
    expect(palette.concernText).toBe('rgb(186, 26, 26)');
    expect(palette.concernFill).toBe('rgba(186, 26, 26, 0.12)');
    expect(palette.text).toBe(FALLBACK_PALETTE.text);
  });
});
