import { NETWORK_TAB_ROUTES, NOTES_TAB_ROUTES } from './network.routes';
import NetworkTab from './network-tab/network-tab';
import NotesTab from './notes/notes-tab/notes-tab';

describe('network routes', () => {
  it('give the client page one lazy tab each, with its state provided in the route', async () => {
    for (const [routes, component] of [
      [NETWORK_TAB_ROUTES, NetworkTab],
      [NOTES_TAB_ROUTES, NotesTab],
    ] as const) {
      expect(routes.length).toBe(1);
      const [route] = routes;
      expect(route.path).toBe('');
      expect(route.providers?.length).toBeGreaterThan(0);
      const loaded = await (route.loadComponent as () => Promise<{ default: unknown }>)();
      expect(loaded.default).toBe(component);
    }
  });
});
