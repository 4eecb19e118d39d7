import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import type { ActiveElement, ChartEvent } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { type ChartColours, FALLBACK_CHART_COLOURS, readChartColours } from '../../shared/charts/chart-theme';
import { withPatterns, withTheme } from '../chart-palette';
import type { DashboardChart as DashboardChartModel } from '../dashboard-charts';
import { PrintMode } from '../print-mode';

/** Canvas pixels per CSS pixel on paper: sharp lines and text at printer resolution. */
export const PRINT_PIXEL_RATIO = 3;
/** A4 portrait less the handout's side margins, in CSS pixels. */
export const PRINT_WIDTH_PX = 660;
/** Each chart has a page of its own on paper: taller than on screen. */
export const PRINT_HEIGHT_FACTOR = 1.5;

/** Black on white with the light scheme's series, whatever the screen's theme. */
const PAPER: ChartColours = { ...FALLBACK_CHART_COLOURS, text: '#000000', grid: '#c4c6cf', surface: '#ffffff' };

/**
 * One chart.js canvas of the dashboard: the theme's colours, patterned bars, a description for
 * screen readers (the section's table gives the numbers), and a sharper, page-wide redraw for print.
 */
@Component({
  selector: 'app-dashboard-chart',
  imports: [BaseChartDirective],
  template: `
    <div class="box" [style.height.px]="chart().heightPx">
      @if (data(); as data) {
        <canvas
          baseChart
          role="img"
          [attr.aria-label]="chart().description"
          [type]="chart().type"
          [data]="data"
          [options]="options()"
          [legend]="legend()"
          (chartClick)="clicked($event)"
        >
          {{ chart().description }}
        </canvas>
      }
    </div>
  `,
  styleUrl: './dashboard-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardChart {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);
  private readonly printMode = inject(PrintMode);
  private readonly canvas = viewChild(BaseChartDirective);

  readonly chart = input.required<DashboardChartModel>();
  /** Bars open something: a pointer cursor, and `barClicked` with the bar's index. */
  readonly clickable = input(false);
  readonly barClicked = output<number>();

  /** The screen theme is read once the host is styled; until then nothing is drawn. */
  private readonly screenTheme = signal<ChartColours | null>(null);
  private readonly theme = computed(() => (this.printMode.printing() ? PAPER : this.screenTheme()));

  protected readonly legend = computed(() => this.chart().options.plugins?.legend?.display !== false);

  protected readonly data = computed(() => {
    const theme = this.theme();
    return theme === null ? null : withPatterns(this.document, this.chart().data, theme);
  });

  protected readonly options = computed(() => {
    const theme = this.theme() ?? PAPER;
    const options = withTheme(this.chart().options, theme);
    return this.clickable()
      ? {
          ...options,
          onHover: (_event: ChartEvent, elements: ActiveElement[], chart: { canvas: HTMLCanvasElement }) => {
            chart.canvas.style.cursor = elements.length > 0 ? 'pointer' : 'default';
          },
        }
      : options;
  });

  constructor() {
    afterNextRender(() => this.screenTheme.set(readChartColours(this.host.nativeElement)));
    effect(() => {
      const printing = this.printMode.printing();
      untracked(() => this.fitFor(printing));
    });
  }

  protected clicked({ active }: { active?: object[] }): void {
    const index = (active?.[0] as ActiveElement | undefined)?.index;
    if (this.clickable() && index !== undefined) {
      this.barClicked.emit(index);
    }
  }

  /** On paper: a page-wide canvas at printer resolution; back on screen: the box's size again. */
  private fitFor(printing: boolean): void {
    const chart = this.canvas()?.chart;
    const view = this.document.defaultView;
    if (!chart || view === null) {
      return;
    }
    chart.options.devicePixelRatio = printing ? PRINT_PIXEL_RATIO : view.devicePixelRatio;
    if (printing) {
      chart.resize(PRINT_WIDTH_PX, Math.round(this.chart().heightPx * PRINT_HEIGHT_FACTOR));
    } else {
      chart.resize();
    }
  }
}
