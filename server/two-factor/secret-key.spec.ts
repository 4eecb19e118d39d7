import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { resolveSecretKey } from './secret-key';

describe('two-factor secret key', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'carecircle-key-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('is generated once next to the embedded database, readable by the owner only, and reused', () => {
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(folder, 'clinic', 'carecircle.db')}` });
    expect(config.secretKey).toEqual({ file: join(folder, 'clinic', 'secret-key') });
    const first = resolveSecretKey(config.secretKey);
    expect(first.length).toBe(32);
    expect(statSync(join(folder, 'clinic', 'secret-key')).mode & 0o777).toBe(0o600);
    expect(resolveSecretKey(config.secretKey).equals(first)).toBeTrue();
  });

  it('comes from CARECIRCLE_SECRET_KEY when set, and must be 32 bytes', () => {
    const key = Buffer.alloc(32, 3);
    expect(loadConfig({ CARECIRCLE_SECRET_KEY: key.toString('base64') }).secretKey).toEqual({ key });
    expect(() => loadConfig({ CARECIRCLE_SECRET_KEY: Buffer.alloc(16).toString('base64') })).toThrowError(/CARECIRCLE_SECRET_KEY/);
  });

  it('is required when NODE_ENV=production: no key file is made up for a production server', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: `sqlite:${join(folder, 'x.db')}` })).toThrowError(/CARECIRCLE_SECRET_KEY/);
    expect(loadConfig({ NODE_ENV: 'production', CARECIRCLE_SECRET_KEY: Buffer.alloc(32, 1).toString('base64') }).environment).toBe('production');
  });
});
