import * as z from '../validation/z';
import { ROLES } from './role';

/** A user account as the accounts screen shows it. Never the password hash. */
export const accountSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  supervisorId: z.string().nullable(),
  supervisorName: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type Account = z.infer<typeof accountSchema>;

/** A therapist one may assign clients to. */
export const therapistOptionSchema = z.object({
  id: z.string(),
  name: z.string(),
  supervisorId: z.string().nullable(),
});
export type TherapistOption = z.infer<typeof therapistOptionSchema>;

/** Answer of a password reset: shown once to the administrator, never stored in clear. */
export const passwordResetResultSchema = z.object({ temporaryPassword: z.string() });
export type PasswordResetResult = z.infer<typeof passwordResetResultSchema>;

/** Answer of creating an account: the account and its first, temporary password. */
export const createdAccountSchema = accountSchema.extend(passwordResetResultSchema.shape);
