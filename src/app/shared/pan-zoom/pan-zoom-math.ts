/** What decides how large a drawing is drawn in its frame. */
export interface ZoomInputs {
  /** The frame's inner width, CSS px (0 before it is measured). */
  readonly frameWidth: number;
  /** The drawing's width at scale 1, where its text has its designed size. */
  readonly naturalWidth: number;
  /** The smallest scale whose text is still readable (e.g. 12 px labels of a 13 px design: 12/13). */
  readonly readableScale: number;
  /** Frames narrower than this (phones) start at the readable scale rather than the whole drawing. */
  readonly narrowFrame: number;
}

export const MAX_SCALE = 2.5;
export const ZOOM_STEP = 1.25;

/** The scale at which the whole drawing fits the frame's width (never above 1: no blurry blow-up). */
export function fitScale({ frameWidth, naturalWidth }: ZoomInputs): number {
  if (frameWidth <= 0 || naturalWidth <= 0) return 1;
  return Math.min(1, frameWidth / naturalWidth);
}

/**
 * The scale a drawing starts at: the whole drawing where the frame is wide enough; on a phone, where
 * the whole drawing would shrink its labels below readable, the readable scale (pan to see the rest).
 */
export function startScale(inputs: ZoomInputs): number {
  const fit = fitScale(inputs);
  return inputs.frameWidth > 0 && inputs.frameWidth < inputs.narrowFrame
    ? Math.max(fit, inputs.readableScale)
    : fit;
}

/** Keeps a chosen scale between "the whole drawing" and the largest zoom. */
export function clampScale(scale: number, inputs: ZoomInputs): number {
  return Math.min(MAX_SCALE, Math.max(fitScale(inputs), scale));
}
