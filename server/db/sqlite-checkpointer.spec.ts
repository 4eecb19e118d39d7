import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { connectDatabase, type DatabaseHandle } from './connect';
import { SERVING_CONNECTION_AUTOCHECKPOINT_PAGES } from './sqlite-checkpointer';

/** The WAL header's checkpoint sequence number: it grows each time a writer restarts the WAL. */
function walResets(file: string): number {
  return readFileSync(`${file}-wal`).readUInt32BE(12);
}

describe('SQLite checkpoints in a background thread', () => {
  let directory: string;
  let file: string;
  let handle: DatabaseHandle;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'carecircle-checkpoint-'));
    file = join(directory, 'test.db');
    handle = connectDatabase(`sqlite:${file}`);
    await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
  });

  afterEach(async () => {
    await handle.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('leaves the serving connection a backstop far above the default 1,000 pages', async () => {
    const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(handle.db);
    expect(rows[0].wal_autocheckpoint).toBe(SERVING_CONNECTION_AUTOCHECKPOINT_PAGES);
  });

  it('copies committed pages into the database file without the serving connection, so the WAL restarts', async () => {
    // About 1,500 pages of WAL: the serving connection alone would not checkpoint them (see above).
    for (let i = 0; i < 300; i++) {
      await sql`insert into notes (body) values (${'x'.repeat(20_000)})`.execute(handle.db);
    }
    const before = walResets(file);
    const deadline = Date.now() + 10_000;
    // Once the background pass has copied every frame, the next commit starts the WAL over.
    while (walResets(file) === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await sql`insert into notes (body) values ('one more')`.execute(handle.db);
    }
    expect(walResets(file)).toBeGreaterThan(before);
    const { rows } = await sql<{ count: number }>`select count(*) as count from notes`.execute(handle.db);
    expect(Number(rows[0].count)).toBeGreaterThan(300);
  });

  it('closes with its connection: the process is not held open and the file reopens cleanly', async () => {
    await sql`insert into notes (body) values ('kept')`.execute(handle.db);
    await handle.close();
    handle = connectDatabase(`sqlite:${file}`);
    const { rows } = await sql<{ body: string }>`select body from notes`.execute(handle.db);
    expect(rows.map((row) => row.body)).toEqual(['kept']);
  });
});
