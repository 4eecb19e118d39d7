import { clampScale, fitScale, MAX_SCALE, startScale, type ZoomInputs } from './pan-zoom-math';

describe('pan-zoom scales', () => {
  const drawing = (frameWidth: number): ZoomInputs => ({
    frameWidth,
    naturalWidth: 880,
    readableScale: 12 / 13,
    narrowFrame: 600,
  });

  it('fits the whole drawing to the frame, never larger than its natural size', () => {
    expect(fitScale(drawing(440))).toBe(0.5);
    expect(fitScale(drawing(1200))).toBe(1);
    expect(fitScale(drawing(0))).toBe(1);
  });

  it('starts a phone at the readable scale and a wider frame at the whole drawing', () => {
    expect(startScale(drawing(358))).toBeCloseTo(12 / 13, 6);
    expect(startScale(drawing(700))).toBeCloseTo(700 / 880, 6);
    expect(startScale(drawing(1000))).toBe(1);
  });

  it('keeps a chosen scale between the whole drawing and the largest zoom', () => {
    expect(clampScale(0.1, drawing(358))).toBeCloseTo(358 / 880, 6);
    expect(clampScale(9, drawing(358))).toBe(MAX_SCALE);
    expect(clampScale(1.5, drawing(358))).toBe(1.5);
  });
});
