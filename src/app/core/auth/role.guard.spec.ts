import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlTree, type GuardResult, type Route } from '@angular/router';
import type { Role } from '@domain/accounts/role';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, type Observable } from 'rxjs';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { roleGuard } from './role.guard';

describe('roleGuard', () => {
  async function decision(role: Role, ...allowed: Role[]): Promise<GuardResult | string> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: signedInState(sessionInfoFor(role)) })],
    });
    const guard = roleGuard(...allowed);
    const result = await firstValueFrom(
      TestBed.runInInjectionContext(() => guard({} as Route, [])) as Observable<GuardResult>,
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
});
