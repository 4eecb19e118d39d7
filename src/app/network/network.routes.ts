import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as networkEffects from './network.effects';
import { networkFeature } from './network.feature';
import * as notesEffects from './notes/notes.effects';
import { notesFeature } from './notes/notes.feature';

/**
 * The client page's "Support network" tab, for a child route of `clients/:id`; the tab reads the
 * client id from the nearest `id` parameter up the route tree. Lazy: load it with
 * `loadChildren: () => import('../network/network.routes').then((m) => m.NETWORK_TAB_ROUTES)`.
 */
/** The network slice, for any route that shows network facts (the tab, the Overview's summary). */
export const NETWORK_STATE_PROVIDERS = [provideState(networkFeature), provideEffects(networkEffects)];

export const NETWORK_TAB_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(networkFeature), provideEffects(networkEffects)],
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
    providers: [
      provideState(networkFeature),
      provideState(notesFeature),
      provideEffects(networkEffects, notesEffects),
    ],
    loadComponent: () => import('./notes/notes-tab/notes-tab'),
  },
];
