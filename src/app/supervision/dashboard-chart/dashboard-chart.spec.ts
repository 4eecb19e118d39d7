import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { BaseChartDirective } from 'ng2-charts';
import { waitFor } from '../../../testing/wait-for';
import { provideChartParts } from '../../shared/charts/provide-chart-parts';
import { caseloadChart } from '../dashboard-charts';
import { PrintMode } from '../print-mode';
import { dashboardWith } from '../testing/dashboard-fixtures';
import { DashboardChart, PRINT_HEIGHT_FACTOR, PRINT_PIXEL_RATIO, PRINT_WIDTH_PX } from './dashboard-chart';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DashboardChart],
  template: `<app-dashboard-chart [chart]="chart" [clickable]="true" (barClicked)="clicked.set($event)" />`,
})
class Host {
  readonly chart = caseloadChart(dashboardWith());
  readonly clicked = signal<number | null>(null);
}

describe('DashboardChart', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [PrintMode, provideChartParts()] });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    await waitFor(() => canvasDirective()?.chart !== undefined, 'the chart');
  });

  const canvasDirective = () => fixture.debugElement.query((element) => element.name === 'canvas')?.injector.get(BaseChartDirective);
  const canvas = () => (fixture.nativeElement as HTMLElement).querySelector('canvas') as HTMLCanvasElement;

  it('describes itself to screen readers', () => {
    expect(canvas().getAttribute('role')).toBe('img');
    expect(canvas().getAttribute('aria-label')).toContain('Stacked bar chart of the caseload of 3 therapists');
  });

  it('fills bars with patterns in the palette, not colour alone', () => {
    const datasets = canvasDirective()!.chart!.data.datasets;

    expect(typeof datasets[0].backgroundColor).toBe('string');
    expect(datasets[1].backgroundColor).toEqual(jasmine.any(CanvasPattern));
    expect(datasets[2].backgroundColor).toEqual(jasmine.any(CanvasPattern));
  });

  it('tells which therapist’s bar was clicked', async () => {
    const bar = canvasDirective()!.chart!.getDatasetMeta(0).data[1];
    const box = canvas().getBoundingClientRect();

    canvas().dispatchEvent(
      new MouseEvent('click', { clientX: box.left + bar.x, clientY: box.top + bar.y - 2, bubbles: true }),
    );

    await waitFor(() => fixture.componentInstance.clicked() !== null, 'the click');
    expect(fixture.componentInstance.clicked()).toBe(1);
  });

  it('redraws page-wide at printer resolution for print, and as before afterwards', async () => {
    const chart = canvasDirective()!.chart!;
    const screenWidth = canvas().width;

    window.dispatchEvent(new Event('beforeprint'));
    expect(chart.options.devicePixelRatio).toBe(PRINT_PIXEL_RATIO);
    expect(canvas().width).toBe(PRINT_WIDTH_PX * PRINT_PIXEL_RATIO);
    expect(canvas().height).toBe(Math.round(caseloadChart(dashboardWith()).heightPx * PRINT_HEIGHT_FACTOR) * PRINT_PIXEL_RATIO);

    window.dispatchEvent(new Event('afterprint'));
    expect(chart.options.devicePixelRatio).toBe(window.devicePixelRatio);
    // The taller print canvas may have brought a scroll bar, which goes again with the next resize.
    await waitFor(() => canvas().width === screenWidth, 'the screen size again');
  });
});
