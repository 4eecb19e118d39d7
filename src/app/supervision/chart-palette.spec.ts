import { FALLBACK_CHART_COLOURS, type ChartColours } from '../shared/charts/chart-theme';
import { NEUTRAL, PALETTE, patternFill, withPatterns, withTheme } from './chart-palette';

const theme: ChartColours = {
  ...FALLBACK_CHART_COLOURS,
  'series-0': 'rgb(0, 0, 1)',
  'series-1': 'rgb(0, 0, 2)',
  'series-2': 'rgb(0, 0, 3)',
  'series-3': 'rgb(0, 0, 4)',
  'series-4': 'rgb(0, 0, 5)',
  neutral: 'rgb(0, 0, 6)',
  text: 'rgb(26, 27, 32)',
  grid: 'rgb(196, 198, 207)',
  surface: 'rgb(250, 248, 255)',
};

describe('chart palette', () => {
  it('draws a pattern over the colour, or the plain colour for the first series', () => {
    expect(patternFill(document, '#0072b2', 'solid')).toBe('#0072b2');
    expect(patternFill(document, '#0072b2', 'diagonal')).toEqual(jasmine.any(CanvasPattern));
  });

  it('draws the theme’s colours, patterns each bar series (or each bar of a single series) and outlines them in the surface colour', () => {
    const data = withPatterns(
      document,
      {
        labels: ['a', 'b'],
        datasets: [
          { type: 'bar', label: 'First', data: [1, 2], backgroundColor: PALETTE[0] },
          { type: 'bar', label: 'Second', data: [1, 2], backgroundColor: PALETTE[1] },
          { type: 'bar', label: 'Bands', data: [1, 2], backgroundColor: [PALETTE[2], PALETTE[3]] },
          { type: 'line', label: 'Line', data: [1, 2], backgroundColor: PALETTE[4], borderColor: NEUTRAL },
        ],
      },
      theme,
    );

    expect(data.datasets[0]).toEqual(jasmine.objectContaining({ backgroundColor: 'rgb(0, 0, 1)', borderColor: theme.surface }));
    expect(data.datasets[1].backgroundColor).toEqual(jasmine.any(CanvasPattern));
    expect(data.datasets[2].backgroundColor).toEqual(['rgb(0, 0, 3)', jasmine.any(CanvasPattern)]);
    // Lines keep their colours, resolved from the theme, and get no pattern.
    expect(data.datasets[3]).toEqual(jasmine.objectContaining({ backgroundColor: 'rgb(0, 0, 5)', borderColor: 'rgb(0, 0, 6)' }));
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
