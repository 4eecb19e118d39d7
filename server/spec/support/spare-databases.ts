import { dropSpareTestDatabases } from '../helpers/test-database';

// Specs hand their databases back for reuse (see test-database.ts); the last step drops the spares,
// so no PostgreSQL schema or temporary SQLite file outlives the run.
afterAll(async () => dropSpareTestDatabases());
