import { dictionary } from '@zxcvbn-ts/language-common';
import { type PasswordContext, passwordWeakness } from '@domain/accounts/password-policy';

let commonPasswords: ReadonlySet<string> | undefined;

/** zxcvbn-ts's list of about 50,000 common passwords, unpacked on first use (it takes a moment). */
function isCommonPassword(candidate: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common']);
  return commonPasswords.has(candidate);
}

/** Why a chosen password must be refused (common, or built from the user's own context), or null. */
export function screenNewPassword(password: string, context: PasswordContext): string | null {
  return passwordWeakness(password, context, isCommonPassword);
}
