import { TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';

/**
 * NIST SP 800-63B: length over composition rules. 12 characters minimum, long passphrases allowed.
 */
export const PASSWORD_MIN_LENGTH = 12;

export const newPasswordSchema = z
  .string({ error: 'Required.' })
  .min(PASSWORD_MIN_LENGTH, { error: `Must be at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(TEXT_LIMITS.password, { error: `Must be at most ${TEXT_LIMITS.password} characters.` });

export const changePasswordRequestSchema = z
  .strictObject({
    currentPassword: z.string({ error: 'Required.' }).min(1, { error: 'Required.' }).max(TEXT_LIMITS.password),
    newPassword: newPasswordSchema,
  })
  .refine((request) => request.newPassword !== request.currentPassword, {
    path: ['newPassword'],
    error: 'Must differ from the current password.',
  });

export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
