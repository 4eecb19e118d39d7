import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the CSPRNG, URL-safe: the value that travels in a cookie. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash of a session token is stored, so a copy of the table cannot be replayed as cookies. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
