import { hashPassword, verifyDecoy, verifyPassword } from './password-hashing';

describe('password hashing', () => {
  it('stores Argon2id at the OWASP setting (19 MiB, two passes, one lane) with a salt of its own', async () => {
    const first = await hashPassword('a long clinic passphrase');
    const second = await hashPassword('a long clinic passphrase');

    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
  });

  it('verifies the right password only, and calls a damaged hash a mismatch rather than failing', async () => {
    const stored = await hashPassword('a long clinic passphrase');

    expect(await verifyPassword(stored, 'a long clinic passphrase')).toBeTrue();
    expect(await verifyPassword(stored, 'a long clinic passphrasE')).toBeFalse();
    expect(await verifyPassword('not a hash', 'a long clinic passphrase')).toBeFalse();
    expect(await verifyDecoy('a long clinic passphrase')).toBeFalse();
  });
});
