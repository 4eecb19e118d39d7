import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { qrDrawingOf } from './qr-path';

/**
 * A QR code drawn locally as SVG (scales crisply on screen and paper). `label` says what it opens, for
 * screen readers; the value itself is shown as text beside it by the caller, so nobody depends on a camera.
 */
@Component({
  selector: 'app-qr-code',
  template: `
    <svg
      role="img"
      [attr.aria-label]="label()"
      [attr.viewBox]="'0 0 ' + drawing().size + ' ' + drawing().size"
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect [attr.width]="drawing().size" [attr.height]="drawing().size" fill="#fff" />
      <path [attr.d]="drawing().path" fill="#000" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      inline-size: var(--qr-code-size, 12rem);
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QrCode {
  readonly value = input.required<string>();
  readonly label = input.required<string>();
  protected readonly drawing = computed(() => qrDrawingOf(this.value()));
}
