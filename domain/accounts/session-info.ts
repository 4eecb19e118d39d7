import type { Role } from './role';

/** The signed-in user as the SPA sees them. No clinical data ever rides along. */
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly mustChangePassword: boolean;
  readonly isDemo: boolean;
}

/** Answer of sign-in and of `GET /api/v1/auth/me`. Times are ISO 8601 UTC. */
export interface SessionInfo {
  readonly user: SessionUser;
  readonly session: {
    /** Inactivity after which the server ends the session. */
    readonly idleTimeoutSeconds: number;
    /** How long before the idle timeout the UI warns. */
    readonly idleWarningSeconds: number;
    readonly absoluteExpiresAt: string;
    /**
     * Password accepted but a second step owed: an authenticator code (`second-factor`) or setting
     * one up because the clinic requires it (`enrolment`). Null once fully signed in.
     */
    readonly pendingStep: 'second-factor' | 'enrolment' | null;
  };
  /** What this clinic's server offers, so the SPA shows only what works. */
  readonly clinic: {
    /** An SMTP server is configured: a self-report link may also be emailed. */
    readonly selfReportEmail: boolean;
  };
}

/** Answer of `GET /api/v1/auth/session`: the SPA's start-up probe, 200 whether signed in or not. */
export interface SessionProbe {
  readonly session: SessionInfo | null;
}
