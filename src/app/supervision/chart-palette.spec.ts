import { PALETTE, patternFill, withPatterns, withTheme, type ChartTheme } from './chart-palette';

const theme: ChartTheme = { text: 'rgb(26, 27, 32)', grid: 'rgb(196, 198, 207)', surface: 'rgb(250, 248, 255)' };

describe('chart palette', () => {
  it('draws a pattern over the colour, or the plain colour for the first series', () => {
    expect(patternFill(document, PALETTE[0], 'solid')).toBe(PALETTE[0]);
    expect(patternFill(document, PALETTE[1], 'diagonal')).toEqual(jasmine.any(CanvasPattern));
  });

  it('patterns each bar series (or each bar of a single series) and outlines them in the surface colour', () => {
    const data = withPatterns(
      document,
      {
        labels: ['a', 'b'],
        datasets: [
          { type: 'bar', label: 'First', data: [1, 2], backgroundColor: PALETTE[0] },
          { type: 'bar', label: 'Second', data: [1, 2], backgroundColor: PALETTE[1] },
          { type: 'bar', label: 'Bands', data: [1, 2], backgroundColor: [PALETTE[2], PALETTE[3]] },
          { type: 'line', label: 'Line', data: [1, 2], backgroundColor: PALETTE[4] },
        ],
      },
      theme,
    );

    expect(data.datasets[0]).toEqual(jasmine.objectContaining({ backgroundColor: PALETTE[0], borderColor: theme.surface }));
    expect(data.datasets[1].backgroundColor).toEqual(jasmine.any(CanvasPattern));
    expect(data.datasets[2].backgroundColor).toEqual([PALETTE[2], jasmine.any(CanvasPattern)]);
    expect(data.datasets[3].backgroundColor).toBe(PALETTE[4]);
  });

  it('puts text, ticks and grid of both axes in the theme’s colours, keeping the chart’s own settings', () => {
    const options = withTheme({ indexAxis: 'y', scales: { x: { min: 0, max: 100 } } }, theme);

    expect(options.color).toBe(theme.text);
    expect(options.scales?.['x']).toEqual(
      jasmine.objectContaining({ min: 0, max: 100, ticks: { color: theme.text }, grid: { color: theme.grid } }),
    );
    expect(options.scales?.['y']?.ticks?.color).toBe(theme.text);
    expect(options.plugins?.legend?.labels?.color).toBe(theme.text);
  });
});
