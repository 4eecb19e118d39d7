/** A byte count as people read it: 812 B, 14.2 kB, 2.3 MB (decimal units, as file managers show). */
export function sizeText(bytes: number): string {
  if (bytes < 1000) {
    return `${bytes} B`;
  }
  if (bytes < 1_000_000) {
    return `${(bytes / 1000).toFixed(1)} kB`;
  }
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
