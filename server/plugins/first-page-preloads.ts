import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm run build` writes beside the app (tools/write-first-page-preloads.mjs): page → its files. */
const PRELOADS_FILE = 'first-page-preloads.json';

/** The first pages the build lists (FIRST_PAGES in tools/first-load-chunks.mjs). */
type FirstPage = 'caseload' | 'client page';

/**
 * The page an address opens, when it is one of the first pages: the caseload (a therapist's home)
 * or a client's page with one of its tabs. Other addresses (forms, print pages, other roles' homes)
 * load their code as the router asks for it.
 */
export function firstPageOf(path: string): FirstPage | null {
  const address = path.split(/[?#]/, 1)[0]!;
  if (address === '/' || address === '/caseload' || address === '/caseload/') {
    return 'caseload';
  }
  if (/^\/clients\/(?!new$|import$)[^/]+(\/(network|sessions|measures|notes|groups))?\/?$/.test(address)) {
    return 'client page';
  }
  return null;
}

/**
 * `<link rel="modulepreload">` tags for each first page, built once at start-up, from a build's
 * list beside the SPA directory (`<spa>/../first-page-preloads.json`); none when there is no list
 * (a build from before the list, or the specs' made-up SPA). Listed, the files a lazy route imports
 * are asked for with the main bundle, not one import level at a time after it (#18).
 */
export function loadFirstPagePreloads(spaDirectory: string): (path: string) => string {
  const listPath = join(spaDirectory, '..', PRELOADS_FILE);
  if (!existsSync(listPath)) {
    return () => '';
  }
  const list = JSON.parse(readFileSync(listPath, 'utf8')) as Partial<Record<FirstPage, unknown>>;
  const tags = new Map<FirstPage, string>();
  for (const page of ['caseload', 'client page'] as const) {
    const files = Array.isArray(list[page]) ? list[page].filter((file): file is string => typeof file === 'string' && /^[\w.-]+\.js$/.test(file)) : [];
    tags.set(page, files.map((file) => `<link rel="modulepreload" href="${file}">`).join(''));
  }
  return (path) => {
    const page = firstPageOf(path);
    return page ? (tags.get(page) ?? '') : '';
  };
}
