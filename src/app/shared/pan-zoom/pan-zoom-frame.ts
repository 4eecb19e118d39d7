import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  type ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { Icon } from '../icon/icon';
import {
  clampScale,
  fitScale,
  MAX_SCALE,
  startScale,
  ZOOM_STEP,
  type ZoomInputs,
} from './pan-zoom-math';

/**
 * A frame that pans and zooms a drawing too large for a phone: the drawing starts at a size whose
 * text is readable, the frame scrolls to pan (a finger drag, the scroll bars, or the arrow keys once
 * the frame has focus), and Zoom in / Zoom out / Whole drawing buttons (or +, − and 0) change its size
 * around the centre of the view. Where the frame is wide enough the drawing starts whole, as before.
 * The projected content fills the width it is given (an SVG with width 100%).
 */
@Component({
  selector: 'app-pan-zoom-frame',
  imports: [MatIconButton, Icon],
  templateUrl: './pan-zoom-frame.html',
  styleUrl: './pan-zoom-frame.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanZoomFrame {
  private readonly injector = inject(Injector);

  /** Names the drawing for the zoom buttons and the frame, e.g. "the ecomap". */
  readonly name = input.required<string>();
  readonly naturalWidth = input.required<number>();
  readonly readableScale = input(1);
  readonly narrowFrame = input(600);

  private readonly frame = viewChild.required<ElementRef<HTMLElement>>('frame');
  private readonly frameWidth = signal(0);
  /** The scale the user chose; null until they zoom (the start scale follows the frame's width). */
  private readonly chosenScale = signal<number | null>(null);

  private readonly inputs = computed<ZoomInputs>(() => ({
    frameWidth: this.frameWidth(),
    naturalWidth: this.naturalWidth(),
    readableScale: this.readableScale(),
    narrowFrame: this.narrowFrame(),
  }));
  protected readonly scale = computed(() =>
    clampScale(this.chosenScale() ?? startScale(this.inputs()), this.inputs()),
  );
  protected readonly whole = computed(() => this.scale() <= fitScale(this.inputs()) + 1e-6);
  protected readonly atMax = computed(() => this.scale() >= MAX_SCALE - 1e-6);
  protected readonly percent = computed(() => Math.round(this.scale() * 100));
  /** Null draws the drawing at the frame's width (the whole drawing); otherwise its width in px. */
  protected readonly drawnWidth = computed(() =>
    this.whole() ? null : Math.round(this.scale() * this.naturalWidth()),
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const frame = this.frame().nativeElement;
      this.frameWidth.set(frame.clientWidth);
      // A drawing that starts larger than its frame starts at its centre (the client, in an ecomap).
      afterNextRender(() => this.centre(frame), { injector: this.injector });
      const observer = new ResizeObserver(() => this.frameWidth.set(frame.clientWidth));
      observer.observe(frame);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  zoomIn(): void {
    this.zoomTo(this.scale() * ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomTo(this.scale() / ZOOM_STEP);
  }

  showWhole(): void {
    this.zoomTo(fitScale(this.inputs()));
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return; // Ctrl and + is the browser's own zoom.
    const action = {
      '+': () => this.zoomIn(),
      '=': () => this.zoomIn(),
      '-': () => this.zoomOut(),
      '0': () => this.showWhole(),
    }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  private centre(frame: HTMLElement): void {
    frame.scrollLeft = (frame.scrollWidth - frame.clientWidth) / 2;
    frame.scrollTop = (frame.scrollHeight - frame.clientHeight) / 2;
  }

  /** Changes the scale and keeps the point at the centre of the view where it was. */
  private zoomTo(scale: number): void {
    const frame = this.frame().nativeElement;
    const centreX = (frame.scrollLeft + frame.clientWidth / 2) / Math.max(1, frame.scrollWidth);
    const centreY = (frame.scrollTop + frame.clientHeight / 2) / Math.max(1, frame.scrollHeight);
    this.chosenScale.set(clampScale(scale, this.inputs()));
    afterNextRender(
      () => {
        frame.scrollLeft = centreX * frame.scrollWidth - frame.clientWidth / 2;
        frame.scrollTop = centreY * frame.scrollHeight - frame.clientHeight / 2;
      },
      { injector: this.injector },
    );
  }
}
