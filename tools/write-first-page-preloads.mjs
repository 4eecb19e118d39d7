#!/usr/bin/env node
// Writes, beside the built app, which JavaScript files each first page needs: the static closure of
// its route's code (tools/first-load-chunks.mjs), less the main bundle index.html already loads. The
// server lists them as <link rel="modulepreload"> in the index.html it sends for that page's address
// (server/plugins/first-page-preloads.ts). Without them a cold start is a waterfall: the router asks
// for a lazy route's entry chunk, and only once that has arrived and been parsed does the browser see
// the forty-odd chunks it imports, then queues them six at a time (HTTP/1.1): about 300 ms of a
// one-second first load on this machine (#18).
//   node tools/write-first-page-preloads.mjs dist/carecircle     (after ng build --stats-json)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFirstLoad } from './first-load-chunks.mjs';

export const PRELOADS_FILE = 'first-page-preloads.json';
/** The <meta> in index.html that lists the client page's files (read by the SPA's prefetch). */
export const CLIENT_PAGE_MODULES_META = 'client-page-modules';

/** { page: files } for every first page, without the files index.html loads itself. */
export function firstPagePreloads(metafile, indexHtml) {
  const { pages } = checkFirstLoad(metafile);
  return Object.fromEntries(pages.map(({ name, files }) => [name, files.filter((file) => !indexHtml.includes(`"${file}"`)).sort()]));
}

const isCommandLine = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop());
if (isCommandLine) {
  const project = process.argv[2] ?? 'dist/carecircle';
  const metafile = JSON.parse(readFileSync(join(project, 'stats.json'), 'utf8'));
  const indexHtml = readFileSync(join(project, 'browser', 'index.html'), 'utf8');
  const preloads = firstPagePreloads(metafile, indexHtml);
  for (const [page, files] of Object.entries(preloads)) {
    if (files.length === 0) throw new Error(`write-first-page-preloads: ${page} needs no file beyond main? (build layout changed?)`);
  }
  writeFileSync(join(project, PRELOADS_FILE), `${JSON.stringify(preloads, null, 2)}\n`);
  // The client page's files, for the caseload to ask for all at once when a client is about to be
  // opened (src/app/core/loading/first-page-prefetch.ts) rather than one import level at a time.
  const indexPath = join(project, 'browser', 'index.html');
  const meta = `<meta name="${CLIENT_PAGE_MODULES_META}" content="${preloads['client page'].join(' ')}">`;
  const withoutOld = indexHtml.replace(new RegExp(`<meta name="${CLIENT_PAGE_MODULES_META}"[^>]*>`), '');
  if (!withoutOld.includes('</head>')) throw new Error(`write-first-page-preloads: no </head> in ${indexPath}`);
  writeFileSync(indexPath, withoutOld.replace('</head>', `${meta}</head>`));
  console.log(`write-first-page-preloads: ${Object.entries(preloads).map(([page, files]) => `${page} ${files.length} files`).join(', ')} → ${join(project, PRELOADS_FILE)}`);
}
