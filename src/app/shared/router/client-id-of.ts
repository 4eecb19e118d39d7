import type { ActivatedRoute } from '@angular/router';
import { combineLatest, distinctUntilChanged, filter, map, type Observable } from 'rxjs';

/**
 * The client's id for a tab routed under `clients/:id`: the `id` parameter of the nearest route,
 * this one or any ancestor. Read from the whole chain so it works whatever the router's params
 * inheritance strategy, and follows a move to another client while the tab stays on screen.
 */
export function clientIdOf(route: ActivatedRoute): Observable<string> {
  return combineLatest(route.pathFromRoot.map((step) => step.paramMap)).pipe(
    map(
      (paramMaps) =>
        [...paramMaps]
          .reverse()
          .find((params) => params.has('id'))
          ?.get('id') ?? null,
    ),
    filter((id): id is string => id !== null && id !== ''),
    distinctUntilChanged(),
  );
}
