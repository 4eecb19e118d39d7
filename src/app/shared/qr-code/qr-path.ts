import { encode } from 'uqr';

/** A QR code as one SVG path: drawn in the browser, so a link never leaves for an outside service. */
export interface QrDrawing {
  /** Width and height in modules, quiet zone included. */
  readonly size: number;
  /** One `M x y h n v1 h-n z` rectangle per horizontal run of dark modules. */
  readonly path: string;
}

/** Medium error correction survives a creased or slightly smudged printed handout. */
export function qrDrawingOf(text: string): QrDrawing {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      runs.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size, path: runs.join('') };
}
