import { type Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * Argon2id at the OWASP Password Storage Cheat Sheet's first recommended setting
 * (m = 19 MiB, t = 2, p = 1). The parameters are stored inside each hash, so raising them later
 * keeps old hashes verifiable.
 */
// `Algorithm` is an ambient const enum, unusable under isolatedModules: 2 is Argon2id.
export const ARGON2ID = 2 as Algorithm;
const OWASP_ARGON2ID = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OWASP_ARGON2ID);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash, so that a sign-in for an unknown email costs as much time as
 * one for a real account and timing does not reveal which accounts exist.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  await verifyPassword(await decoyHash, password);
  return false;
}
