import { firstPageChunks, preloadListedModules } from './first-page-prefetch';

describe('firstPageChunks', () => {
  it('fetches the caseload page for the home address and the caseload', () => {
    expect(firstPageChunks('/')).toEqual(['shell', 'clientsRoutes', 'caseload']);
    expect(firstPageChunks('/caseload')).toEqual(['shell', 'clientsRoutes', 'caseload']);
  });

  it('fetches the client page with its overview for a client address, without the overview for a tab', () => {
    expect(firstPageChunks('/clients/0193a6c1-0000-7000-8000-000000000001')).toEqual(['shell', 'clientsRoutes', 'clientPage', 'clientOverview']);
    expect(firstPageChunks('/clients/0193a6c1-0000-7000-8000-000000000001/network')).toEqual(['shell', 'clientsRoutes', 'clientPage']);
  });

  it('fetches the team routes for a supervisor address and nothing for sign-in', () => {
    expect(firstPageChunks('/team')).toEqual(['shell', 'teamRoutes']);
    expect(firstPageChunks('/sign-in')).toEqual([]);
    expect(firstPageChunks('/agenda')).toEqual(['shell']);
  });
});

describe('preloadListedModules', () => {
  function documentWith(head: string): Document {
    return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body></body></html>`, 'text/html');
  }

  const preloads = (doc: Document) => [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));

  it('asks for every listed file at once, each as a module preload', () => {
    const doc = documentWith('<meta name="client-page-modules" content="chunk-A1b2C3d4.js chunk-_x-Y9z8w.js">');

    preloadListedModules(doc, 'client-page-modules');

    expect(preloads(doc)).toEqual(['chunk-A1b2C3d4.js', 'chunk-_x-Y9z8w.js']);
  });

  it('does not list a file twice, nor anything that is not a plain script name', () => {
    const doc = documentWith(
      '<link rel="modulepreload" href="chunk-A1b2C3d4.js"><meta name="client-page-modules" content="chunk-A1b2C3d4.js https://elsewhere.test/x.js ../up.js chunk-B.js">',
    );

    preloadListedModules(doc, 'client-page-modules');
    preloadListedModules(doc, 'client-page-modules');

    expect(preloads(doc)).toEqual(['chunk-A1b2C3d4.js', 'chunk-B.js']);
  });

  it('does nothing without the list (a development build)', () => {
    const doc = documentWith('');

    preloadListedModules(doc, 'client-page-modules');

    expect(preloads(doc)).toEqual([]);
  });
});
