import { createFeatureSelector, createSelector, type MemoizedSelector } from '@ngrx/store';
import type { MinimalActivatedRouteSnapshot, MinimalRouterStateSnapshot, RouterReducerState } from '@ngrx/router-store';

/** The router's state as router-store keeps it (app.config: `provideStore({ router: routerReducer })`). */
export const selectRouterState = createFeatureSelector<RouterReducerState<MinimalRouterStateSnapshot>>('router');

/**
 * A parameter of the current route as the store holds it: from the deepest route that carries it,
 * so a tab routed under `clients/:id` (which has no `id` of its own under the router's default
 * inheritance) reads its parent's. Null while no route carries it, or before the first navigation.
 */
export function selectNearestRouteParam(name: string): MemoizedSelector<object, string | null> {
  return createSelector(selectRouterState, (router) => {
    let found: string | null = null;
    for (let route: MinimalActivatedRouteSnapshot | undefined = router?.state?.root; route !== undefined; route = route.firstChild) {
      const value: unknown = route.params[name];
      if (typeof value === 'string' && value !== '') {
        found = value;
      }
    }
    return found;
  });
}

/** The client a page under `clients/:id` is about. */
export const selectRouteClientId = selectNearestRouteParam('id');

/** The session a page under `clients/:id/sessions/:sessionId` is about. */
export const selectRouteSessionId = selectNearestRouteParam('sessionId');
