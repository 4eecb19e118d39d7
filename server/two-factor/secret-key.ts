import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SecretKeySource } from '../config';

const KEY_BYTES = 32;

/**
 * The 32-byte key that encrypts two-factor secrets. A generated key file is created once, readable
 * by the server's user only (0600), and reused on every start: losing it loses every enrolment.
 */
export function resolveSecretKey(source: SecretKeySource): Buffer {
  if ('key' in source) {
    return source.key;
  }
  try {
    const key = Buffer.from(readFileSync(source.file, 'utf8').trim(), 'base64');
    if (key.length !== KEY_BYTES) {
      throw new Error(`${source.file} does not hold a 32-byte base64 key`);
    }
    if ((statSync(source.file).mode & 0o077) !== 0) {
      chmodSync(source.file, 0o600);
    }
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  mkdirSync(dirname(source.file), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  try {
    // `wx`: two instances starting together must not overwrite each other's key.
    writeFileSync(source.file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return resolveSecretKey(source);
    }
    throw error;
  }
  return key;
}
