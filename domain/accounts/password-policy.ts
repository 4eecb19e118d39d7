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

/** The rule as the password forms state it, next to the field. */
export const PASSWORD_RULE_HINT =
  'At least 12 characters. Not a common password, and not containing your email, your name or "CareCircle". A few unrelated words make a strong one.';

/** Published in the README and printed at start-up: no real account may use it. */
export const PUBLISHED_DEMO_PASSWORD = 'CareCircle-demo-2026';

/** Whose password it is: their own email and name must not be in it. */
export interface PasswordContext {
  readonly email?: string;
  readonly name?: string;
}

/**
 * Why a new password is too easy to guess, or null when it is fine (NIST SP 800-63B 3.1.1.2:
 * screen against lists of commonly used and compromised values and context-specific words).
 * The list of common passwords is large, so the caller supplies the look-up: the server passes
 * zxcvbn-ts's list; the SPA's bundle stays without it.
 */
export function passwordWeakness(password: string, context: PasswordContext, isCommon: (candidate: string) => boolean): string | null {
  const lower = password.toLowerCase();
  const compact = lower.replace(/[^\p{L}\p{N}]/gu, '');
  if (lower === PUBLISHED_DEMO_PASSWORD.toLowerCase()) {
    return 'This is the published demo password; choose one of your own.';
  }
  if (compact.includes('carecircle')) {
    return 'Must not contain the name "CareCircle": it is the first word anyone would try here.';
  }
  if (context.email && containsEmail(lower, compact, context.email)) {
    return 'Must not contain your email address.';
  }
  if (context.name && nameParts(context.name).some((part) => compact.includes(part))) {
    return 'Must not contain your name.';
  }
  if (new Set(compact).size < 5) {
    return 'Uses too few different characters (like "aaaaaaaaaaaa"): easy to guess.';
  }
  if (isSequence(compact)) {
    return 'Is a simple sequence (like "123456789012"): easy to guess.';
  }
  if (commonForms(lower, compact).some(isCommon)) {
    return 'Is a common password (or one with a few digits or symbols added): attackers try these first.';
  }
  return null;
}

function containsEmail(lower: string, compact: string, email: string): boolean {
  const normalised = email.trim().toLowerCase();
  const localPart = normalised.split('@')[0].replace(/[^\p{L}\p{N}]/gu, '');
  return lower.includes(normalised) || (localPart.length >= 3 && compact.includes(localPart));
}

/** Name parts long enough to matter (initials and "Jo" would forbid half the dictionary). */
function nameParts(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length >= 3);
}

/** Every step one up or one down the alphabet or the digits (`0` follows `9`), e.g. 123456789012. */
function isSequence(compact: string): boolean {
  if (compact.length < 2) {
    return true;
  }
  const steps = new Set<number>();
  for (let index = 1; index < compact.length; index++) {
    const step = compact.charCodeAt(index) - compact.charCodeAt(index - 1);
    steps.add(step === -9 ? 1 : step === 9 ? -1 : step);
  }
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** The password as typed, without separators, without digits/symbols tacked on either end, and un-leeted. */
function commonForms(lower: string, compact: string): string[] {
  const trimmed = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const unleeted = [...lower].map((char) => LEET[char] ?? char).join('');
  return [lower, compact, lower.replace(/\s+/g, ''), unleeted].concat(trimmed.length >= 4 ? [trimmed] : []);
}
