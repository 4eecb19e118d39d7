import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlSegment, UrlTree, type GuardResult, type Route } from '@angular/router';
import type { Role } from '@domain/accounts/role';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, type Observable } from 'rxjs';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { Notifier } from '../layout/notifier';
import { readOnlyClientRecord, roleGuard, roleGuardWith } from './role.guard';

describe('roleGuard', () => {
  let shown: jasmine.Spy;

  async function decision(role: Role, ...allowed: Role[]): Promise<GuardResult | string> {
    return decide(role, roleGuard(...allowed), []);
  }

  async function decide(role: Role, guard: ReturnType<typeof roleGuard>, path: string[]): Promise<GuardResult | string> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: signedInState(sessionInfoFor(role)) })],
    });
    shown = spyOn(TestBed.inject(Notifier), 'show').and.resolveTo();
    const segments = path.map((part) => new UrlSegment(part, {}));
    const result = await firstValueFrom(
      TestBed.runInInjectionContext(() => guard({} as Route, segments)) as Observable<GuardResult>,
    );
    return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result;
  }

  it('lets an allowed role in', async () => {
    expect(await decision('therapist', 'therapist')).toBeTrue();
    TestBed.resetTestingModule();
    expect(await decision('admin', 'supervisor', 'admin')).toBeTrue();
  });

  it("sends every other role to its own home page", async () => {
    expect(await decision('supervisor', 'therapist')).toBe('/team');
    TestBed.resetTestingModule();
    expect(await decision('admin', 'therapist')).toBe('/admin/accounts');
    TestBed.resetTestingModule();
    expect(await decision('therapist', 'admin')).toBe('/caseload');
  });

  it('tells a refused user why they were moved', async () => {
    expect(await decision('supervisor', 'therapist')).toBe('/team');
    expect(shown).toHaveBeenCalledOnceWith('That page is not open to the supervisor role, so you were taken to your home page.');
  });

  it('lets nobody through silently: an allowed role sees no notice', async () => {
    expect(await decision('therapist', 'therapist')).toBeTrue();
    expect(shown).not.toHaveBeenCalled();
  });

  it("sends a supervisor from a client's edit address to that client's read-only record, saying why", async () => {
    const guard = roleGuardWith(['therapist'], readOnlyClientRecord);
    expect(await decide('supervisor', guard, ['clients', 'c-1', 'edit'])).toBe('/clients/c-1');
    expect(shown).toHaveBeenCalledOnceWith(jasmine.stringContaining('Supervisors read client records without changing them'));
    TestBed.resetTestingModule();
    expect(await decide('admin', guard, ['clients', 'c-1', 'edit'])).toBe('/admin/accounts');
  });
});
