import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { serializeError } from '../http/log-serializers';
import { connectDatabase, type DatabaseHandle } from './connect';
import { startSqliteReadWorkers } from './sqlite-read-workers';

describe('SQLite read workers for reports', () => {
  let directory: string;
  let handle: DatabaseHandle;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'carecircle-read-workers-'));
    handle = connectDatabase(`sqlite:${join(directory, 'test.db')}`, { readWorkers: 2 });
    await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
  });

  afterEach(async () => {
    await handle.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('is a connection of its own, not the serving one', () => {
    expect(handle.reportsDb).not.toBe(handle.db);
  });

  it('answers a report with what the serving connection committed, including a write just made', async () => {
    await sql`insert into notes (body) values ('first'), ('second')`.execute(handle.db);
    const { rows } = await sql<{ body: string }>`select body from notes order by id`.execute(handle.reportsDb);
    expect(rows.map((row) => row.body)).toEqual(['first', 'second']);

    await sql`update notes set body = 'changed' where body = 'first'`.execute(handle.db);
    const again = await sql<{ body: string }>`select body from notes order by id`.execute(handle.reportsDb);
    expect(again.rows.map((row) => row.body)).toEqual(['changed', 'second']);
  });

  it('binds values as the serving connection does, and spreads many reads over its workers without mixing answers', async () => {
    await sql`insert into notes (body) values ('a'), ('b'), ('c'), ('d')`.execute(handle.db);
    const reads = ['a', 'b', 'c', 'd', 'a', 'c', 'b', 'd'].map((body) => sql<{ body: string }>`select body from notes where body = ${body}`.execute(handle.reportsDb));
    const answers = await Promise.all(reads);
    expect(answers.map(({ rows }) => rows.map((row) => row.body))).toEqual([['a'], ['b'], ['c'], ['d'], ['a'], ['c'], ['b'], ['d']]);
  });

  it('refuses a write and stores nothing', async () => {
    await expectAsync(sql`insert into notes (body) values ('sneaked in')`.execute(handle.reportsDb)).toBeRejectedWithError(/reads only|readonly/i);
    await expectAsync(sql`delete from notes`.execute(handle.reportsDb)).toBeRejected();
    const { rows } = await sql<{ count: number }>`select count(*) as count from notes`.execute(handle.db);
    expect(Number(rows[0].count)).toBe(0);
  });

  it('refuses a transaction', async () => {
    await expectAsync(handle.reportsDb.transaction().execute(async () => undefined)).toBeRejectedWithError(/not transactions/);
  });

  it('reports a failing query as an error and goes on answering', async () => {
    await expectAsync(sql`select * from no_such_table`.execute(handle.reportsDb)).toBeRejectedWithError(/no such table/);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(handle.reportsDb);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it("reports SQLite's error as a database error, whose words the logs withhold as they do the serving connection's", async () => {
    const error: unknown = await sql`select secret_column from notes`.execute(handle.reportsDb).then(
      () => null,
      (rejected: unknown) => rejected,
    );
    expect(error).toEqual(jasmine.objectContaining({ name: 'SqliteError', code: 'SQLITE_ERROR' }));
    const logged = serializeError(error);
    expect(logged.message).toContain('withheld');
    expect(JSON.stringify(logged)).not.toContain('secret_column');
  });

  it('refuses a value that cannot reach a worker, and goes on answering', async () => {
    const uncloneable = { notData: () => 'a function' };
    await expectAsync(sql`select ${uncloneable} as value`.execute(handle.reportsDb)).toBeRejected();
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(handle.reportsDb);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('stops its threads on close: a later report is refused, and the file reopens cleanly', async () => {
    await sql`insert into notes (body) values ('kept')`.execute(handle.db);
    await handle.close();
    await expectAsync(sql`select 1 as one`.execute(handle.reportsDb)).toBeRejectedWithError(/closed/);
    handle = connectDatabase(`sqlite:${join(directory, 'test.db')}`, { readWorkers: 1 });
    const { rows } = await sql<{ body: string }>`select body from notes`.execute(handle.reportsDb);
    expect(rows.map((row) => row.body)).toEqual(['kept']);
  });
});

describe('SQLite read workers that cannot open the file', () => {
  it('run reports on the fallback connection instead, and say why once per worker', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'carecircle-read-workers-'));
    const serving = connectDatabase(`sqlite:${join(directory, 'serving.db')}`);
    const warnings: string[] = [];
    const readers = startSqliteReadWorkers(join(directory, 'missing.db'), 2, { fallback: serving.db, onError: (message) => warnings.push(message) });
    try {
      await sql`create table notes (body text)`.execute(serving.db);
      await sql`insert into notes (body) values ('from the serving file')`.execute(serving.db);
      // Sent before the readers have even started: a reader that then fails to open the file hands
      // the query on instead of failing it.
      expect((await sql<{ body: string }>`select body from notes`.execute(readers.db)).rows).toEqual([{ body: 'from the serving file' }]);
      // The readers fail as they start; wait until both have said so.
      const deadline = Date.now() + 5_000;
      while (warnings.length < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(warnings.length).toBe(2);
      const { rows } = await sql<{ body: string }>`select body from notes`.execute(readers.db);
      expect(rows).toEqual([{ body: 'from the serving file' }]);
      // Still reads only: the serving connection it falls back on could write.
      await expectAsync(sql`delete from notes`.execute(readers.db)).toBeRejectedWithError(/reads only/);
      expect((await sql<{ n: number }>`select count(*) as n from notes`.execute(serving.db)).rows[0].n).toBe(1);
    } finally {
      await readers.close();
      await serving.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('SQLite without read workers', () => {
  it('runs reports on the serving connection (the default, and an in-memory database)', async () => {
    const memory = connectDatabase('sqlite::memory:', { readWorkers: 2 });
    try {
      expect(memory.reportsDb).toBe(memory.db);
    } finally {
      await memory.close();
    }
  });
});
