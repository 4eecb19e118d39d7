import type { MinimalActivatedRouteSnapshot, MinimalRouterStateSnapshot } from '@ngrx/router-store';
import { selectNearestRouteParam, selectRouteClientId } from './route-params.selectors';

/** A router-store state with one route per step, root first, each with its own params. */
function routerWith(...params: Record<string, string>[]): { router: { state: MinimalRouterStateSnapshot; navigationId: number } } {
  const root = params.reduceRight<MinimalActivatedRouteSnapshot | undefined>(
    (child, stepParams) =>
      ({ params: stepParams, firstChild: child, children: child ? [child] : [] }) as unknown as MinimalActivatedRouteSnapshot,
    undefined,
  );
  return { router: { state: { root: root!, url: '/' }, navigationId: 1 } };
}

describe('route params from the router store', () => {
  it('finds the client id on the parent route (the tab itself has no parameters)', () => {
    expect(selectRouteClientId(routerWith({}, { id: 'client-1' }, {}))).toBe('client-1');
  });

  it('prefers the deepest route when several carry the parameter', () => {
    expect(selectRouteClientId(routerWith({ id: 'outer' }, { id: 'client-1' }, {}))).toBe('client-1');
  });

  it('is null while no route carries it, and before the first navigation', () => {
    expect(selectRouteClientId(routerWith({}, { groupId: 'g' }))).toBeNull();
    expect(selectNearestRouteParam('sessionId')({})).toBeNull();
  });
});
