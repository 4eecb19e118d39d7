import { convertToParamMap, type ActivatedRoute, type ParamMap } from '@angular/router';
import { BehaviorSubject } from 'rxjs';
import { clientIdOf } from './client-id-of';

describe('clientIdOf', () => {
  /** A route chain root → clients/:id → tab, with params each step can change. */
  function chain(...params: Record<string, string>[]) {
    const subjects = params.map((value) => new BehaviorSubject<ParamMap>(convertToParamMap(value)));
    const steps = subjects.map(
      (subject) => ({ paramMap: subject.asObservable() }) as unknown as ActivatedRoute,
    );
    const route = { pathFromRoot: steps } as unknown as ActivatedRoute;
    return { route, subjects };
  }

  it('finds the id on the parent route (the tab itself has no parameters)', () => {
    const { route } = chain({}, { id: 'client-1' }, {});
    const ids: string[] = [];

    clientIdOf(route).subscribe((id) => ids.push(id));

    expect(ids).toEqual(['client-1']);
  });

  it('prefers the nearest route when several carry an id (params inherited by the tab)', () => {
    const { route } = chain({ id: 'outer' }, { id: 'client-1' }, { id: 'client-1' });
    const ids: string[] = [];

    clientIdOf(route).subscribe((id) => ids.push(id));

    expect(ids).toEqual(['client-1']);
  });

  it('follows a move to another client, once per change', () => {
    const { route, subjects } = chain({}, { id: 'client-1' }, {});
    const ids: string[] = [];
    clientIdOf(route).subscribe((id) => ids.push(id));

    subjects[1].next(convertToParamMap({ id: 'client-1' }));
    subjects[1].next(convertToParamMap({ id: 'client-2' }));

    expect(ids).toEqual(['client-1', 'client-2']);
  });

  it('says nothing while no route carries an id', () => {
    const { route } = chain({}, {});
    const ids: string[] = [];

    clientIdOf(route).subscribe((id) => ids.push(id));

    expect(ids).toEqual([]);
  });
});
