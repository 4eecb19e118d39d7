import { resolve } from 'node:path';
import { readSqliteFileCommand } from './sqlite-file-command';

describe('readSqliteFileCommand (db:backup and db:restore)', () => {
  const texts = { usage: 'Usage: npm run db:backup -- <backup-file> [--force]', insteadForPostgres: 'Use pg_dump.\n' };
  const sqliteUrl = () => 'sqlite:data/carecircle.db';
  let savedInitCwd: string | undefined;

  beforeEach(() => {
    savedInitCwd = process.env['INIT_CWD'];
    process.env['INIT_CWD'] = '/home/clinic/backups';
  });

  afterEach(() => {
    if (savedInitCwd === undefined) delete process.env['INIT_CWD'];
    else process.env['INIT_CWD'] = savedInitCwd;
  });

  it('reads the one file named, against the folder the command was typed in, and the SQLite file', () => {
    expect(readSqliteFileCommand(texts, ['monday.db'], sqliteUrl)).toEqual({
      file: resolve('/home/clinic/backups', 'monday.db'),
      force: false,
      database: 'data/carecircle.db',
    });
  });

  it('reads --force', () => {
    expect(readSqliteFileCommand(texts, ['monday.db', '--force'], sqliteUrl)).toEqual(jasmine.objectContaining({ force: true }));
  });

  it('prints the usage for --help and exits 0 without reading the database setting', () => {
    const unreadable = () => {
      throw new Error('DATABASE_URL is not valid');
    };

    expect(readSqliteFileCommand(texts, ['--help'], unreadable)).toEqual({ stop: { code: 0, stdout: `${texts.usage}\n` } });
  });

  it('refuses no file or two files, with the usage', () => {
    for (const args of [[], ['monday.db', 'tuesday.db']]) {
      expect(readSqliteFileCommand(texts, args, sqliteUrl)).toEqual({
        stop: { code: 1, stderr: `Name exactly one backup file.\n\n${texts.usage}\n` },
      });
    }
  });

  it('sends a PostgreSQL deployment to its own tools', () => {
    expect(readSqliteFileCommand(texts, ['monday.db'], () => 'postgres://clinic@db/carecircle')).toEqual({
      stop: { code: 1, stderr: 'Use pg_dump.\n' },
    });
  });

  it('refuses an option it does not know', () => {
    expect(() => readSqliteFileCommand(texts, ['monday.db', '--overwrite'], sqliteUrl)).toThrowError(/Unknown option '--overwrite'/);
  });
});
