import { inject } from '@angular/core';
import { Router, type CanMatchFn, type UrlSegment } from '@angular/router';
import type { Role } from '@domain/accounts/role';
import { map } from 'rxjs';
import { Notifier } from '../layout/notifier';
import { homeOf } from './role-home';
import { sessionCheckResult } from './session-check';

/** Where a refused user goes instead, and the sentence that tells them why. */
export interface Refusal {
  readonly redirectTo: string;
  readonly reason: string;
}

/** A client's record edit address, refused to a supervisor: their read-only view of the same client. */
export function readOnlyClientRecord(role: Role, segments: readonly UrlSegment[]): Refusal | null {
  const clientId = segments[0]?.path === 'clients' ? segments[1]?.path : undefined;
  if (role !== 'supervisor' || !clientId) {
    return null;
  }
  return {
    redirectTo: `/clients/${clientId}`,
    reason: 'Supervisors read client records without changing them, so this is the client’s record as it stands.',
  };
}

/**
 * Only the given roles may use the route. Anyone else is sent to their own home page (or where
 * `refusedTo` says) and told why, never silently moved.
 */
export function roleGuard(...allowed: readonly Role[]): CanMatchFn {
  return roleGuardWith(allowed, () => null);
}

export function roleGuardWith(
  allowed: readonly Role[],
  refusedTo: (role: Role, segments: readonly UrlSegment[]) => Refusal | null,
): CanMatchFn {
  return (_route, segments) => {
    const router = inject(Router);
    const notifier = inject(Notifier);
    return sessionCheckResult().pipe(
      map((user) => {
        if (user === null) {
          return router.parseUrl('/sign-in');
        }
        if (allowed.includes(user.role)) {
          return true;
        }
        const refusal = refusedTo(user.role, segments) ?? {
          redirectTo: homeOf(user.role),
          reason: `That page is not open to the ${user.role} role, so you were taken to your home page.`,
        };
        void notifier.show(refusal.reason);
        return router.parseUrl(refusal.redirectTo);
      }),
    );
  };
}
