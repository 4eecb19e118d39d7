import type { Point } from '@domain/network/ecomap-layout';

const round = (value: number) => Math.round(value * 100) / 100;

export function straightPath(from: Point, to: Point): string {
  return `M ${round(from.x)} ${round(from.y)} L ${round(to.x)} ${round(to.y)}`;
}

export interface JaggedOptions {
  readonly amplitude?: number;
  readonly wavelength?: number;
  /** Straight at the start (the client's end, where many ties meet and must not tangle). */
  readonly leadStart?: number;
  /** Straight at the end, so an arrowhead there points along the tie. */
  readonly leadEnd?: number;
}

/**
 * A zig-zag from one point to another, straight for a stretch at both ends. Falls back to a
 * straight line when the tie is too short to zig-zag.
 */
export function jaggedPath(from: Point, to: Point, options: JaggedOptions = {}): string {
  const { amplitude = 4, wavelength = 10, leadStart = 24, leadEnd = 10 } = options;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const zigzagLength = length - leadStart - leadEnd;
  if (zigzagLength < wavelength) {
    return straightPath(from, to);
  }
  const ux = dx / length;
  const uy = dy / length;
  const at = (along: number, across: number): string =>
    `${round(from.x + along * ux - across * uy)} ${round(from.y + along * uy + across * ux)}`;
  const peaks = Math.floor(zigzagLength / (wavelength / 2));
  const step = zigzagLength / peaks;
  const points = [at(0, 0), at(leadStart, 0)];
  for (let peak = 1; peak < peaks; peak++) {
    points.push(at(leadStart + peak * step, peak % 2 === 1 ? amplitude : -amplitude));
  }
  points.push(at(length - leadEnd, 0), at(length, 0));
  return `M ${points.join(' L ')}`;
}
