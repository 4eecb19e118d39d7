import * as z from '../validation/z';
import { ROLES } from './role';

/** The signed-in user as the SPA sees them. No clinical data ever rides along. */
export const sessionUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  mustChangePassword: z.boolean(),
  isDemo: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** Answer of sign-in and of `GET /api/v1/auth/me`. Times are ISO 8601 UTC. */
export const sessionInfoSchema = z.object({
  user: sessionUserSchema,
  session: z.object({
    /** Inactivity after which the server ends the session. */
    idleTimeoutSeconds: z.number().int(),
    /** How long before the idle timeout the UI warns. */
    idleWarningSeconds: z.number().int(),
    absoluteExpiresAt: z.string(),
    /**
     * Password accepted but a second step owed: an authenticator code (`second-factor`) or setting
     * one up because the clinic requires it (`enrolment`). Null once fully signed in.
     */
    pendingStep: z.enum(['second-factor', 'enrolment']).nullable(),
  }),
  /** What this clinic's server offers, so the SPA shows only what works. */
  clinic: z.object({
    /** An SMTP server is configured: a self-report link may also be emailed. */
    selfReportEmail: z.boolean(),
  }),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** Answer of `GET /api/v1/auth/session`: the SPA's start-up probe, 200 whether signed in or not. */
export const sessionProbeSchema = z.object({ session: sessionInfoSchema.nullable() });
export type SessionProbe = z.infer<typeof sessionProbeSchema>;
