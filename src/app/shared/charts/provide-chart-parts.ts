import { provideCharts } from 'ng2-charts';
import { CHART_REGISTERABLES } from './chart-registerables';

/** The one chart registration, for the route or component that draws a chart (never the app: chart.js stays lazy). */
export function provideChartParts(): ReturnType<typeof provideCharts> {
  return provideCharts({ registerables: [...CHART_REGISTERABLES] });
}
