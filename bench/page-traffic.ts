import type { CDPSession, Page } from '@playwright/test';

/** One response a page load fetched: its type, bytes on the wire (headers included) and decoded size. */
export interface Transfer {
  readonly url: string;
  readonly type: string;
  readonly transferredBytes: number;
  readonly rawBytes: number;
}

/**
 * Records every response of the next navigation through the DevTools protocol (Playwright's own
 * events do not give bytes on the wire). With `emptyCache`, the browser cache is cleared first.
 */
export async function watchTransfers(page: Page, emptyCache: boolean): Promise<{ stop(): Promise<Transfer[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (emptyCache) await cdp.send('Network.clearBrowserCache');
  const responses = new Map<string, { url: string; type: string; rawBytes: number }>();
  const done: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    responses.set(event.requestId, { url: event.response.url, type: typeOf(event.response.url, event.response.mimeType), rawBytes: 0 });
  });
  cdp.on('Network.dataReceived', (event) => {
    const response = responses.get(event.requestId);
    if (response) response.rawBytes += event.dataLength;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = responses.get(event.requestId);
    if (response) done.push({ ...response, transferredBytes: event.encodedDataLength });
  });
  return {
    async stop() {
      await cdp.detach();
      return done;
    },
  };
}

function typeOf(url: string, mimeType: string): string {
  if (new URL(url).pathname.startsWith('/api/')) return 'API (JSON)';
  if (mimeType.includes('javascript')) return 'JavaScript';
  if (mimeType.includes('css')) return 'CSS';
  if (mimeType.includes('font') || /\.(woff2?|ttf)$/.test(url)) return 'fonts';
  if (mimeType.includes('html')) return 'HTML';
  if (mimeType.startsWith('image/')) return 'images';
  return 'other';
}

/** Per type and in total: files, raw kB, transferred kB. */
export function formatTransferTable(transfers: readonly Transfer[]): string {
  const byType = new Map<string, { files: number; raw: number; transferred: number }>();
  for (const transfer of transfers) {
    const row = byType.get(transfer.type) ?? { files: 0, raw: 0, transferred: 0 };
    row.files += 1;
    row.raw += transfer.rawBytes;
    row.transferred += transfer.transferredBytes;
    byType.set(transfer.type, row);
  }
  const kB = (bytes: number) => (bytes / 1024).toFixed(1).padStart(9);
  const lines = ['type         | files |    raw kB | transferred kB'];
  let files = 0;
  let raw = 0;
  let transferred = 0;
  for (const [type, row] of [...byType].sort((a, b) => b[1].transferred - a[1].transferred)) {
    lines.push(`${type.padEnd(12)} | ${String(row.files).padStart(5)} | ${kB(row.raw)} | ${kB(row.transferred)}`);
    files += row.files;
    raw += row.raw;
    transferred += row.transferred;
  }
  lines.push(`${'total'.padEnd(12)} | ${String(files).padStart(5)} | ${kB(raw)} | ${kB(transferred)}`);
  return lines.join('\n');
}

/** One line per file, largest first: what a size budget is spent on. */
export function formatTransferList(title: string, transfers: readonly Transfer[]): string {
  const lines = [`${title}:`];
  for (const transfer of [...transfers].sort((a, b) => b.transferredBytes - a.transferredBytes)) {
    lines.push(`${String(transfer.transferredBytes).padStart(8)} ${String(transfer.rawBytes).padStart(8)}  ${new URL(transfer.url).pathname}`);
  }
  return lines.join('\n');
}
