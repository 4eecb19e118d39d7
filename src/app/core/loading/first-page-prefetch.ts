/**
 * The router asks for a route's code only after its guards pass, so a cold start is a waterfall:
 * main bundle → sign-in check (/auth/me) → shell chunk → clients routes → page chunk → the page's data.
 * Starting the likely first page's chunks at boot lets them download while the sign-in check runs.
 * Only a prefetch: the router still loads (and reports failures of) the same chunks itself.
 */
const CHUNKS = {
  shell: () => import('../layout/shell/shell'),
  clientsRoutes: () => import('../../clients/clients.routes'),
  caseload: () => import('../../clients/caseload-page/caseload-page'),
  clientPage: () => import('../../clients/client-page/client-page'),
  clientOverview: () => import('../../clients/client-overview/client-overview'),
  teamRoutes: () => import('../../supervision/supervision.routes'),
} as const;

export type FirstPageChunk = keyof typeof CHUNKS;

/** Which chunks the page at `path` needs first (a signed-out visitor lands on sign-in, which is in main). */
export function firstPageChunks(path: string): readonly FirstPageChunk[] {
  if (path === '/' || path.startsWith('/caseload')) {
    return ['shell', 'clientsRoutes', 'caseload'];
  }
  if (/^\/clients\/[^/]+\/?$/.test(path)) {
    return ['shell', 'clientsRoutes', 'clientPage', 'clientOverview'];
  }
  if (path.startsWith('/clients/')) {
    return ['shell', 'clientsRoutes', 'clientPage'];
  }
  if (path.startsWith('/team')) {
    return ['shell', 'teamRoutes'];
  }
  return path.startsWith('/sign-in') ? [] : ['shell'];
}

export function prefetchFirstPageCode(path: string): void {
  for (const chunk of firstPageChunks(path)) {
    CHUNKS[chunk]().catch(() => undefined);
  }
}

let clientPageImported = false;

/**
 * The client page's code, fetched ahead where opening a client is the likely next step (the pointer
 * on the caseload's rows, a name typed into the app bar's search), so opening one waits only for its
 * data. Cheap to repeat: files already listed or loaded are skipped, and the chunks are imported once.
 */
export function prefetchClientPageCode(): void {
  preloadListedModules(document, CLIENT_PAGE_MODULES_META);
  if (clientPageImported) {
    return;
  }
  clientPageImported = true;
  for (const chunk of ['clientPage', 'clientOverview'] as const) {
    CHUNKS[chunk]().catch(() => undefined);
  }
}

/** The <meta> the build writes into index.html (tools/write-first-page-preloads.mjs). */
export const CLIENT_PAGE_MODULES_META = 'client-page-modules';

/**
 * Asks at once for every file a <meta> lists, as <link rel="modulepreload">. An import() alone asks for
 * the entry chunk, and only once it has arrived and been parsed for the files it imports: for the
 * client page that second wave started 30 ms after the first and its 17 files, six at a time over
 * HTTP/1.1, ended about 100 ms after the click. Files the page already has are skipped by the browser
 * (its module map); a build without the list (the dev server) just goes without.
 */
export function preloadListedModules(doc: Document, metaName: string): void {
  const listed = doc.querySelector<HTMLMetaElement>(`meta[name="${metaName}"]`)?.content ?? '';
  for (const file of listed.split(' ').filter((name) => /^[\w.-]+\.js$/.test(name))) {
    if (doc.head.querySelector(`link[rel="modulepreload"][href="${file}"]`)) {
      continue;
    }
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.href = file;
    doc.head.appendChild(link);
  }
}
