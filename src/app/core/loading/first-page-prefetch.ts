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

let clientPageRequested = false;

/**
 * The client page's code, fetched ahead from the caseload (the likely next page), so opening a client
 * waits only for its data. Once per app start.
 */
export function prefetchClientPageCode(): void {
  if (clientPageRequested) {
    return;
  }
  clientPageRequested = true;
  for (const chunk of ['clientPage', 'clientOverview'] as const) {
    CHUNKS[chunk]().catch(() => undefined);
  }
}
