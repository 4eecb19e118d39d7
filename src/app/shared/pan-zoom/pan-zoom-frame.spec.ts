import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PanZoomFrame } from './pan-zoom-frame';

@Component({
  imports: [PanZoomFrame],
  template: `
    <app-pan-zoom-frame
      name="the drawing"
      [naturalWidth]="880"
      [readableScale]="12 / 13"
      [style.width.px]="width()"
    >
      <svg class="drawing" viewBox="0 0 880 600"><text x="10" y="20">Label</text></svg>
    </app-pan-zoom-frame>
  `,
  styles: '.drawing { display: block; width: 100%; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly width = signal(360);
}

describe('PanZoomFrame', () => {
  async function render(width: number) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.width.set(width);
    await fixture.whenStable();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const frame = host.querySelector<HTMLElement>('.frame')!;
    const button = (name: string) =>
      host.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
    const svgWidth = () => host.querySelector('.canvas > svg')!.getBoundingClientRect().width;
    const settle = async () => {
      await fixture.whenStable();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    return { fixture, host, frame, button, svgWidth, settle };
  }

  it('starts a phone-wide frame at a size whose 13 px text is drawn at least 12 px, and lets it pan', async () => {
    const { frame, svgWidth, host } = await render(360);

    expect(svgWidth()).toBeCloseTo(880 * (12 / 13), 0);
    expect(frame.scrollWidth).toBeGreaterThan(frame.clientWidth);
    // It starts at the drawing's centre, not its left edge.
    expect(frame.scrollLeft + frame.clientWidth / 2).toBeCloseTo(frame.scrollWidth / 2, 0);
    expect(frame.getAttribute('tabindex')).toBe('0');
    expect(frame.getAttribute('aria-label')).toBe('the drawing, 92% size');
    expect(host.querySelector('.hint')?.textContent).toContain('arrow keys');
  });

  it('zooms in and out with the buttons and shows the whole drawing on request', async () => {
    const { button, frame, svgWidth, settle } = await render(360);
    const start = svgWidth();

    button('Zoom in').click();
    await settle();
    expect(svgWidth()).toBeCloseTo(start * 1.25, 0);

    button('Show all of the drawing').click();
    await settle();
    expect(svgWidth()).toBeCloseTo(frame.clientWidth, 0);
    expect(button('Zoom out').getAttribute('aria-disabled')).toBe('true');
  });

  it('zooms from the keyboard with + and − (and 0 for the whole drawing) while the frame has focus', async () => {
    const { frame, svgWidth, settle } = await render(360);
    const start = svgWidth();
    const press = (key: string) =>
      frame.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

    press('+');
    await settle();
    expect(svgWidth()).toBeCloseTo(start * 1.25, 0);
    press('-');
    await settle();
    expect(svgWidth()).toBeCloseTo(start, 0);
    press('0');
    await settle();
    expect(svgWidth()).toBeCloseTo(frame.clientWidth, 0);
  });

  it('draws the whole drawing at the frame width where the frame is wide enough', async () => {
    const { svgWidth, frame, host } = await render(800);

    expect(svgWidth()).toBeCloseTo(frame.clientWidth, 0);
    expect(frame.scrollWidth).toBe(frame.clientWidth);
    expect(host.querySelector('.hint')).toBeNull();
  });
});
