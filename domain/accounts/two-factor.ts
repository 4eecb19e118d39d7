import { versionSchema } from '../common/versioned';
import * as z from '../validation/z';
import { ROLES, type Role } from './role';
import { sessionInfoSchema } from './session-info';

/** A six-digit authenticator code; spaces a user typed from the app's display are dropped. */
export const totpCodeSchema = z
  .string({ error: 'Required.' })
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { error: 'Enter the 6-digit code from your authenticator app.' }));

/** Recovery codes are shown as `XXXXX-XXXXX`; case, spaces and hyphens do not matter when typed. */
export const recoveryCodeSchema = z
  .string({ error: 'Required.' })
  .transform((value) => value.replace(/[\s-]+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z2-7]{10}$/, { error: 'Enter a recovery code like ABCDE-FGH23.' }));

export const totpCodeRequestSchema = z.strictObject({ code: totpCodeSchema });
export type TotpCodeRequest = z.infer<typeof totpCodeRequestSchema>;

/** The sign-in step after the password: an authenticator code, or one of the recovery codes. */
export const secondFactorRequestSchema = z.union(
  [z.strictObject({ code: totpCodeSchema }), z.strictObject({ recoveryCode: recoveryCodeSchema })],
  { error: 'Send either code or recoveryCode.' },
);
export type SecondFactorRequest = z.infer<typeof secondFactorRequestSchema>;

/** Answer of starting enrolment: what the authenticator app needs, as a QR code link and as text. */
export const twoFactorEnrolmentSchema = z.object({
  otpauthUri: z.string(),
  /** The base32 key, grouped in fours for typing by hand. */
  keyText: z.string(),
});
export type TwoFactorEnrolment = z.infer<typeof twoFactorEnrolmentSchema>;

/** Shown once, right after confirming enrolment or regenerating. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()).readonly() });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

/** Answer of confirming enrolment: the codes, and the session (fully signed in when enrolment was owed). */
export const enrolmentConfirmedSchema = recoveryCodesSchema.extend({ sessionInfo: sessionInfoSchema });
export type EnrolmentConfirmed = z.infer<typeof enrolmentConfirmedSchema>;

export const twoFactorStatusSchema = z.object({
  enrolled: z.boolean(),
  confirmedAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** The clinic's policy requires two-factor sign-in for this user's role. */
  required: z.boolean(),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>;

export const TWO_FACTOR_REQUIREMENTS = ['none', 'all', 'roles'] as const;
export type TwoFactorRequirement = (typeof TWO_FACTOR_REQUIREMENTS)[number];

export const twoFactorPolicySchema = z.object({
  requiredFor: z.enum(TWO_FACTOR_REQUIREMENTS),
  /** The roles that must use two-factor sign-in when `requiredFor` is `roles`. */
  roles: z.array(z.enum(ROLES)).readonly(),
  version: z.number().int(),
});
export type TwoFactorPolicy = z.infer<typeof twoFactorPolicySchema>;

export const twoFactorPolicyRequestSchema = z
  .strictObject({
    requiredFor: z.enum(TWO_FACTOR_REQUIREMENTS, { error: 'Use none, all or roles.' }),
    roles: z.array(z.enum(ROLES, { error: 'Unknown role.' }), { error: 'Required.' }).max(ROLES.length),
    version: versionSchema,
  })
  .superRefine((policy, context) => {
    if (policy.requiredFor === 'roles' && policy.roles.length === 0) {
      context.addIssue({ code: 'custom', path: ['roles'], message: 'Choose at least one role.' });
    }
  });
export type TwoFactorPolicyRequest = z.infer<typeof twoFactorPolicyRequestSchema>;

/** Whether the policy requires two-factor sign-in of someone in `role`. */
export function twoFactorRequiredFor(policy: Pick<TwoFactorPolicy, 'requiredFor' | 'roles'>, role: Role): boolean {
  return policy.requiredFor === 'all' || (policy.requiredFor === 'roles' && policy.roles.includes(role));
}
