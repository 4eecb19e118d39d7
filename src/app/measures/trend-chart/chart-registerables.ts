import 'chartjs-adapter-date-fns';
import { Legend, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip, type ChartComponentLike } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

/**
 * The chart.js parts the trend chart uses, registered explicitly so the bundle carries no more.
 * (Registering parts one by one leaves out chart.js's default colour plugin: every colour comes
 * from the palette in trend-chart-config.ts.) No Angular here: the render benchmark imports it too.
 */
export const TREND_CHART_REGISTERABLES: readonly ChartComponentLike[] = [
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  TimeScale,
  Tooltip,
  Legend,
  annotationPlugin,
];
