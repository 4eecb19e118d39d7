import { createHmac, randomBytes } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Ten codes of 50 random bits each, shown as `XXXXX-XXXXX` (32 symbols: byte & 31 has no bias). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const symbols = [...randomBytes(10)].map((byte) => ALPHABET[byte & 31]).join('');
    return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
  });
}

/**
 * Codes are stored as HMAC-SHA-256 under the server's secret key: random 50-bit codes need no slow
 * hash, and a stolen table without the key cannot be checked against guesses at all.
 * `normalised` is the code without hyphens or spaces, upper case (as the request schema leaves it).
 */
export function recoveryCodeHash(key: Buffer, normalised: string): string {
  return createHmac('sha256', key).update(`recovery-code:${normalised}`).digest('base64url');
}

export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}
