import 'chartjs-adapter-date-fns';
import {
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
  type ChartComponentLike,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

/**
 * The chart.js parts CareCircle draws with, registered explicitly so the bundle carries no more:
 * lines over time with concern bands (the measures trend chart), bars and lines on categories (the
 * team dashboard), legend and tooltip. Registering parts one by one leaves out chart.js's default
 * colour plugin: every colour comes from the chart's own palette. No Angular here: the render
 * benchmark imports it too.
 */
export const CHART_REGISTERABLES: readonly ChartComponentLike[] = [
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  LinearScale,
  CategoryScale,
  TimeScale,
  Tooltip,
  Legend,
  annotationPlugin,
];
