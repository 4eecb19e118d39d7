import { type EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { Router, RoutesRecognized } from '@angular/router';
import { type MinimalRouterStateSnapshot, MinimalRouterStateSerializer, type RouterReducerState } from '@ngrx/router-store';
import { MockStore } from '@ngrx/store/testing';
import { filter } from 'rxjs';

/**
 * For specs on a MockStore (which runs no reducers): keeps the store's `router` state as
 * router-store's reducer would, from the real router's navigations, serialised the same way
 * (MinimalRouterStateSerializer, router-store's default) and before the route activates. Pages
 * that read the route through the router-store selectors then see what they would in the app. A
 * spec's own `setState` replaces its slices, never the router's: that belongs to the router.
 */
export function provideRouterStateInMockStore(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const router = inject(Router);
    const store = inject(MockStore);
    const serializer = new MinimalRouterStateSerializer();
    const setState = store.setState.bind(store);
    let routerState: RouterReducerState<MinimalRouterStateSnapshot> | undefined;
    let current: object = {};
    store.subscribe((state) => (current = state as object));
    store.setState = (next: object) => setState(routerState === undefined ? next : { ...next, router: routerState });
    router.events.pipe(filter((event) => event instanceof RoutesRecognized)).subscribe((event) => {
      routerState = { state: serializer.serialize(event.state), navigationId: event.id };
      setState({ ...current, router: routerState });
    });
  });
}
