import type { Routes } from '@angular/router';
import { NETWORK_STATE_PROVIDERS } from './network.providers';
import { NOTES_STATE_PROVIDERS } from './notes/notes.providers';

/**
 * The client page's "Support network" tab, for a child route of `clients/:id`; the tab reads the
 * client id from the nearest `id` parameter up the route tree. Lazy: load it with
 * `loadChildren: () => import('../network/network.routes').then((m) => m.NETWORK_TAB_ROUTES)`.
 */
export const NETWORK_TAB_ROUTES: Routes = [
  {
    path: '',
    providers: NETWORK_STATE_PROVIDERS,
    loadComponent: () => import('./network-tab/network-tab'),
  },
];

/**
 * The client page's "Notes" tab. Notes tag network members, so it brings the network slice too
 * (providing a feature twice is harmless: NgRx keeps one reducer and runs each set of effects once).
 */
export const NOTES_TAB_ROUTES: Routes = [
  {
    path: '',
    providers: [...NETWORK_STATE_PROVIDERS, ...NOTES_STATE_PROVIDERS],
    loadComponent: () => import('./notes/notes-tab/notes-tab'),
  },
];
