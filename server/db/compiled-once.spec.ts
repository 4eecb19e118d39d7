import { createTestDatabase, type TestDatabase } from '../spec/helpers/test-database';
import { compiledOnce } from './compiled-once';

describe('compiledOnce', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.dispose();
  });

  it('runs with each call’s values, keeping the values the query writes in itself', async () => {
    let builds = 0;
    const counterOf = compiledOnce((db, key: string) => {
      builds += 1;
      return db.selectFrom('link_hit_counters').select(['counter_key', 'hits']).where('counter_key', '=', key).where('hits', '<', 1000);
    });
    const at = '2026-12-07T00:00:00.000Z';
    await database.db
      .insertInto('link_hit_counters')
      .values([
        { counter_key: 'compiled-once-a', hits: 1, window_started_at: at },
        { counter_key: 'compiled-once-b', hits: 2, window_started_at: at },
        { counter_key: 'compiled-once-c', hits: 5000, window_started_at: at },
      ])
      .execute();

    expect((await counterOf(database.db, 'compiled-once-a')).rows).toEqual([{ counter_key: 'compiled-once-a', hits: 1 }]);
    expect((await counterOf(database.db, 'compiled-once-b')).rows).toEqual([{ counter_key: 'compiled-once-b', hits: 2 }]);
    // The query's own value (hits < 1000) still applies.
    expect((await counterOf(database.db, 'compiled-once-c')).rows).toEqual([]);
    expect(builds).withContext('built and compiled once per database').toBe(1);
  });

  it('refuses a builder that leaves a value out of the query', async () => {
    const careless = compiledOnce((db, _key: string) => db.selectFrom('link_hit_counters').select('counter_key'));

    await expectAsync(careless(database.db, 'x')).toBeRejectedWithError(/value 0 is not a parameter/);
  });
});
