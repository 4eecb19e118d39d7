import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * Every API route declares the schema of its success answer (issue #13, item 5): Fastify serialises
 * through it, so it is the route's output allow-list. Routes are walked twice: as the response
 * plugin saw them added, and as the router prints them, so a route added around the plugin is
 * caught too.
 */
describe('declared response schemas', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  /** `METHOD /full/path` of every API route the router knows, from its printed tree. */
  function routerApiRoutes(): string[] {
    const printed = testApp.app.printRoutes({ commonPrefix: false });
    const parents: string[] = [];
    const routes: string[] = [];
    for (const line of printed.split('\n')) {
      const match = /^((?:│ {3}| {4})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
      if (!match) {
        continue;
      }
      const depth = match[1]!.length / 4;
      // A node prints several ways of one path segment separated by `|` (`:id|:clientId`); any one names it.
      parents.length = depth;
      parents.push(match[2]!.split('|')[0]!);
      const path = parents.join('');
      for (const method of (match[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) {
        if (path.startsWith('/api/')) {
          routes.push(`${method} ${path}`);
        }
      }
    }
    return routes;
  }

  const apiRoutes = () => [...testApp.app.declaredResponses.keys()].filter((route) => / \/api\//.test(route) && !route.startsWith('HEAD '));

  it('has seen every route the router has', () => {
    // Parameter names may differ between routes sharing a segment; a prefix's `/` route is also added without the slash.
    const normalised = (route: string) => route.replace(/:[A-Za-z]+/g, ':param').replace(/\/$/, '');
    const seen = apiRoutes().map(normalised);
    const routed = routerApiRoutes().map(normalised);
    expect(routed.length).toBeGreaterThanOrEqual(60);
    expect([...new Set(routed)].sort()).toEqual([...new Set(seen)].sort());
  });

  it('finds a declared success answer on every API route', () => {
    const routes = apiRoutes();
    const undeclared = routes.filter((route) => !testApp.app.declaredResponses.get(route)!.some((status) => /^2\d\d$/.test(status)));
    expect(undeclared).withContext('routes without a 2xx response schema').toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(60);
  });
});
